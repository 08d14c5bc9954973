/**
 * Ids pick out a statement (selection, keyed marks, labels, exports), so they
 * must be unique: taken in order, a repeated id gets " (2)", " (3)"… The same
 * ids in the same order always come out the same.
 *
 * The ids handed out are found again through an open-addressing table of their
 * hashes: at 1,000,000 ids a `Set` took 1.4 s of the page's time during a load,
 * growing and collecting its entries, where the table's two typed arrays take a
 * fraction of that.
 */
export class UniqueIds {
  /** Every id handed out, in order; the table's slots point into it. */
  readonly #taken: string[] = [];
  /** Per slot, the index in #taken of the id kept there, or -1 for an empty slot. */
  #slots = new Int32Array(1024).fill(-1);
  #hashes = new Int32Array(1024);
  #nextSuffix = new Map<string, number>();

  /** Every id handed out so far, in order: a table's id column as it grows. */
  get taken(): string[] {
    return this.#taken;
  }

  take(id: string): string {
    if (this.#keep(id)) return id;
    let n = this.#nextSuffix.get(id) ?? 2;
    while (!this.#keep(`${id} (${n})`)) n++;
    this.#nextSuffix.set(id, n + 1);
    return this.#taken[this.#taken.length - 1]!;
  }

  /** Keeps `id` and says true when it has not been handed out before; otherwise keeps nothing. */
  #keep(id: string): boolean {
    const hash = hashOf(id);
    // At most half full, so a look-up passes few slots.
    if (2 * (this.#taken.length + 1) > this.#slots.length) this.#grow();
    const mask = this.#slots.length - 1;
    let at = hash & mask;
    for (let slot = this.#slots[at]!; slot >= 0; at = (at + 1) & mask, slot = this.#slots[at]!) {
      if (this.#hashes[at] === hash && this.#taken[slot] === id) return false;
    }
    this.#slots[at] = this.#taken.length;
    this.#hashes[at] = hash;
    this.#taken.push(id);
    return true;
  }

  #grow() {
    const slots = new Int32Array(this.#slots.length * 2).fill(-1);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let k = 0; k < this.#slots.length; k++) {
      if (this.#slots[k]! < 0) continue;
      let at = this.#hashes[k]! & mask;
      while (slots[at]! >= 0) at = (at + 1) & mask;
      slots[at] = this.#slots[k]!;
      hashes[at] = this.#hashes[k]!;
    }
    this.#slots = slots;
    this.#hashes = hashes;
  }
}

/** FNV-1a of the id's UTF-16 code units. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return hash;
}
