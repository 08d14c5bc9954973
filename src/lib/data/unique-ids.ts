/**
 * Ids pick out a statement (selection, keyed marks, labels, exports), so they
 * must be unique: taken in order, a repeated id gets " (2)", " (3)"… The same
 * ids in the same order always come out the same.
 */
export class UniqueIds {
  #ids = new Set<string>();
  #nextSuffix = new Map<string, number>();

  take(id: string): string {
    // has-then-add measured quicker than add-and-compare-sizes in a cold worker.
    if (!this.#ids.has(id)) {
      this.#ids.add(id);
      return id;
    }
    let n = this.#nextSuffix.get(id) ?? 2;
    while (this.#ids.has(`${id} (${n})`)) n++;
    this.#nextSuffix.set(id, n + 1);
    const unique = `${id} (${n})`;
    this.#ids.add(unique);
    return unique;
  }
}
