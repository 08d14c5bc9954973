/**
 * Ids pick out a statement (selection, keyed marks, labels, exports), so they
 * must be unique: taken in order, a repeated id gets " (2)", " (3)"… The same
 * ids in the same order always come out the same.
 *
 * The ids handed out are found again in a StringSet: at 1,000,000 ids a `Set`
 * took 1.4 s of the page's time during a load.
 */
import { StringSet, hashOf } from '../string-set';

export class UniqueIds {
  readonly #taken = new StringSet();
  #nextSuffix = new Map<string, number>();
  /** hashOf each id handed out, in order: the chart places marks by them, and they are worked out here anyway. */
  #hashes = new Int32Array(1024);

  /** Every id handed out so far, in order: a table's id column as it grows. */
  get taken(): string[] {
    return this.#taken.strings;
  }

  /** hashOf each id in `taken`, in the same order. */
  get hashes(): Int32Array {
    return this.#hashes.slice(0, this.#taken.size);
  }

  take(id: string): string {
    if (this.#keep(id)) return id;
    let n = this.#nextSuffix.get(id) ?? 2;
    while (!this.#keep(`${id} (${n})`)) n++;
    this.#nextSuffix.set(id, n + 1);
    return this.taken[this.taken.length - 1]!;
  }

  /** Keeps `id` and says true when it has not been handed out before; otherwise keeps nothing. */
  #keep(id: string): boolean {
    const hash = hashOf(id);
    if (this.#taken.indexOf(id, hash) >= 0) return false;
    const at = this.#taken.add(id, hash);
    if (at === this.#hashes.length) {
      const hashes = new Int32Array(2 * at);
      hashes.set(this.#hashes);
      this.#hashes = hashes;
    }
    this.#hashes[at] = hash;
    return true;
  }
}
