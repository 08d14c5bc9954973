/**
 * Strings kept in the order they came, and found again by content through an
 * open-addressing table of their hashes. Two hot paths need this and found a
 * `Set` or `Map` too slow: making 1,000,000 ids unique (the Set's growing and
 * collecting took 1.4 s of the page's time) and the scorer's memo of every
 * word it has described (in Chromium a `Map.get` took about a third of the
 * scoring time; this table's look-up about a tenth). A caller that keeps a
 * value per string keeps it in its own array, at the index `add` returns.
 */
export class StringSet {
  /** Every string added, in order; the table's slots point into it. */
  readonly #strings: string[] = [];
  /** Per slot, the index in #strings of the string kept there, or -1 for an empty slot. */
  #slots = new Int32Array(1024).fill(-1);
  #hashes = new Int32Array(1024);

  /** Every string added since the last clear, in order. */
  get strings(): string[] {
    return this.#strings;
  }

  get size(): number {
    return this.#strings.length;
  }

  /** Where `text` was added, or -1. `hash` is hashOf(text), when the caller has it already. */
  indexOf(text: string, hash = hashOf(text)): number {
    const mask = this.#slots.length - 1;
    for (let at = hash & mask, slot = this.#slots[at]!; slot >= 0; at = (at + 1) & mask, slot = this.#slots[at]!) {
      if (this.#hashes[at] === hash && this.#strings[slot] === text) return slot;
    }
    return -1;
  }

  /** Adds `text`, which must not be in the set yet, and returns its index. */
  add(text: string, hash = hashOf(text)): number {
    // At most half full, so a look-up passes few slots.
    if (2 * (this.#strings.length + 1) > this.#slots.length) this.#grow();
    const mask = this.#slots.length - 1;
    let at = hash & mask;
    while (this.#slots[at]! >= 0) at = (at + 1) & mask;
    this.#slots[at] = this.#strings.length;
    this.#hashes[at] = hash;
    return this.#strings.push(text) - 1;
  }

  clear() {
    this.#strings.length = 0;
    this.#slots = new Int32Array(1024).fill(-1);
    this.#hashes = new Int32Array(1024);
  }

  /**
   * Twice the slots. The old table is read through locals: a grow runs a few times per table, too
   * seldom for the engine to optimise it first, and unoptimised, each read of a private field in
   * the loop cost more than the rest of it (32–60 ms of a 100,000-statement load in two CPU profiles, 9–17 ms after).
   */
  #grow() {
    const oldSlots = this.#slots;
    const oldHashes = this.#hashes;
    const slots = new Int32Array(oldSlots.length * 2).fill(-1);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let k = 0; k < oldSlots.length; k++) {
      const slot = oldSlots[k]!;
      if (slot < 0) continue;
      const hash = oldHashes[k]!;
      let at = hash & mask;
      while (slots[at]! >= 0) at = (at + 1) & mask;
      slots[at] = slot;
      hashes[at] = hash;
    }
    this.#slots = slots;
    this.#hashes = hashes;
  }
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** FNV-1a of the UTF-16 code units of `text`. The tokenizer works it out as it scans, with the same steps. */
export function hashOf(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}
