/**
 * Which mark is under the pointer: the marks sorted into a grid of square
 * cells, so a look-up reads only the cells within its radius.
 *
 * Built on the first hover, the index must be quick to make at 1,000,000
 * marks. A quadtree (d3-quadtree) took 2 s there: scores are few distinct
 * values, so marks crowd a few spots and the tree deepens and chains them one
 * by one. A static k-d tree (kdbush) took 350 ms, sorting them. The grid
 * counts and places each mark once, whatever the layout, in typed arrays.
 */
import { bucketOrder } from './buckets';

/** Cells a side at most, so that marks spread very far apart cannot ask for a huge grid (4 MB at most). */
const MAX_CELLS = 1024;

export class MarkIndex {
  #places: ArrayLike<number>;
  #cell = 1;
  #left = 0;
  #top = 0;
  #columns = 0;
  #rows = 0;
  /** Marks cell by cell: cell c's are order[starts[c]] to order[starts[c + 1] - 1]. */
  #order: Uint32Array = new Uint32Array(0);
  #starts: Uint32Array = new Uint32Array(1);

  /** Mark k is at (places[2k], places[2k + 1]); `cell` is the cells' side, about the look-up radius. */
  constructor(places: ArrayLike<number>, cell = 9) {
    this.#places = places;
    const count = places.length >> 1;
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let k = 0; k < count; k++) {
      const x = places[2 * k]!;
      const y = places[2 * k + 1]!;
      if (!(Number.isFinite(x) && Number.isFinite(y))) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
    if (left > right) return;
    this.#cell = Math.max(cell, (right - left) / MAX_CELLS, (bottom - top) / MAX_CELLS);
    [this.#left, this.#top] = [left, top];
    this.#columns = Math.floor((right - left) / this.#cell) + 1;
    this.#rows = Math.floor((bottom - top) / this.#cell) + 1;
    // Marks whose place is not a number go in one last cell that no look-up reads.
    const cells = this.#columns * this.#rows;
    const cellOf = new Uint32Array(count);
    for (let k = 0; k < count; k++) {
      const x = places[2 * k]!;
      const y = places[2 * k + 1]!;
      cellOf[k] = Number.isFinite(x) && Number.isFinite(y) ? this.#cellAt(x, y) : cells;
    }
    ({ order: this.#order, starts: this.#starts } = bucketOrder(cellOf, cells + 1));
  }

  /**
   * The mark nearest (x, y) within `radius`, or undefined. Of marks as near, the later one, so the
   * answer never depends on how the marks were sorted.
   */
  nearest(x: number, y: number, radius: number): number | undefined {
    const first = (v: number, from: number) => Math.max(0, Math.floor((v - radius - from) / this.#cell));
    const last = (v: number, from: number, cells: number) => Math.min(cells - 1, Math.floor((v + radius - from) / this.#cell));
    const [column0, column1] = [first(x, this.#left), last(x, this.#left, this.#columns)];
    const [row0, row1] = [first(y, this.#top), last(y, this.#top, this.#rows)];
    let best: number | undefined;
    let bestDistance = radius * radius;
    for (let row = row0; row <= row1; row++) {
      for (let column = column0; column <= column1; column++) {
        const c = column + row * this.#columns;
        for (let j = this.#starts[c]!; j < this.#starts[c + 1]!; j++) {
          const k = this.#order[j]!;
          const dx = this.#places[2 * k]! - x;
          const dy = this.#places[2 * k + 1]! - y;
          const distance = dx * dx + dy * dy;
          if (distance < bestDistance || (distance === bestDistance && (best === undefined || k > best))) {
            best = k;
            bestDistance = distance;
          }
        }
      }
    }
    return best;
  }

  #cellAt(x: number, y: number): number {
    const column = Math.min(this.#columns - 1, Math.floor((x - this.#left) / this.#cell));
    const row = Math.min(this.#rows - 1, Math.floor((y - this.#top) / this.#cell));
    return column + row * this.#columns;
  }
}
