/**
 * Places the group-mean labels so that none overlaps another label, a mean's
 * mark or any other text on the plot (quadrant names, the parity label).
 * Greedy, in the order given (the largest groups first): each label takes the
 * nearest free spot around its mark, trying rings of growing distance and
 * eight directions; a label placed away from its mark gets a leader line. When
 * a crowd leaves a label no free spot, those that failed go first and the
 * placement runs again, a few times; whatever still collides says so.
 */

/** An axis-aligned box in pixels, from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The mark's centre. */
  x: number;
  y: number;
  /** The label's size. */
  width: number;
  height: number;
}

export interface LabelPlacement {
  id: string;
  /** The label's box. */
  box: Box;
  /** Whether the label stands away from its mark and needs a line to it. */
  leader: boolean;
  /** True only when no free spot was found: the label overlaps something. */
  collides: boolean;
}

/** Space kept between a label and anything else. */
const GAP = 2;
/** Directions in degrees (screen coordinates, y down), most natural first: right, left, above, below, then diagonals. */
const DIRECTIONS = [0, 180, 270, 90, 315, 45, 225, 135, 345, 195, 15, 165];
/** Distances from the mark's edge, nearest first. */
const RINGS = [0, 8, 18, 30, 44, 60, 80, 105, 135, 170, 210];
const ROUNDS = 4;

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

/** The box of a label `distance` from a mark of `radius`, in direction `degrees`, extending away from it. */
function candidate(r: LabelRequest, radius: number, distance: number, degrees: number): Box {
  const a = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  const px = r.x + (radius + GAP + distance) * cos;
  const py = r.y + (radius + GAP + distance) * sin;
  return { x: px + ((cos - 1) / 2) * r.width, y: py + ((sin - 1) / 2) * r.height, width: r.width, height: r.height };
}

/**
 * Labels for `requests`, each mark a square of `2 · radius` around its centre, kept inside `bounds`
 * and clear of every box in `obstacles` and of every mark.
 */
export function placeLabels(requests: readonly LabelRequest[], radius: number, bounds: Box, obstacles: readonly Box[] = []): LabelPlacement[] {
  const marks = requests.map((r) => ({ x: r.x - radius, y: r.y - radius, width: 2 * radius, height: 2 * radius }));
  let order = requests.map((_, i) => i);
  let best: LabelPlacement[] | null = null;
  let bestFailures = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const placed: (LabelPlacement | undefined)[] = new Array(requests.length);
    const taken: Box[] = [];
    const failed: number[] = [];
    for (const i of order) {
      const r = requests[i]!;
      const blocked = (box: Box) =>
        !inside(box, bounds) ||
        marks.some((m) => overlaps(box, m, GAP)) ||
        obstacles.some((o) => overlaps(box, o, GAP)) ||
        taken.some((t) => overlaps(box, t, GAP));
      let found: Box | undefined;
      search: for (const distance of RINGS)
        for (const degrees of DIRECTIONS) {
          const box = candidate(r, radius, distance, degrees);
          if (!blocked(box)) {
            found = box;
            break search;
          }
        }
      if (found) {
        const leader = Math.hypot(found.x + found.width / 2 - r.x, found.y + found.height / 2 - r.y) > radius + r.width / 2 + 12;
        placed[i] = { id: r.id, box: found, leader, collides: false };
        taken.push(found);
      } else {
        failed.push(i);
        const box = candidate(r, radius, 0, 0);
        placed[i] = { id: r.id, box, leader: false, collides: true };
      }
    }
    if (failed.length < bestFailures) {
      best = placed as LabelPlacement[];
      bestFailures = failed.length;
    }
    if (failed.length === 0) break;
    order = [...failed, ...order.filter((i) => !failed.includes(i))];
  }
  return best ?? [];
}

/** Boxes along a rotated line of text (its baseline from x, y, `length` long at `degrees`), `height` tall: what a rotated label covers. */
export function rotatedTextBoxes(x: number, y: number, length: number, degrees: number, height: number, pieces = 6): Box[] {
  const a = (degrees * Math.PI) / 180;
  const step = length / pieces;
  const boxes: Box[] = [];
  for (let k = 0; k < pieces; k++) {
    const cx = x + Math.cos(a) * step * (k + 0.5);
    const cy = y + Math.sin(a) * step * (k + 0.5);
    const w = Math.abs(Math.cos(a)) * step + Math.abs(Math.sin(a)) * height;
    const h = Math.abs(Math.sin(a)) * step + Math.abs(Math.cos(a)) * height;
    boxes.push({ x: cx - w / 2, y: cy - h / 2, width: w, height: h });
  }
  return boxes;
}
