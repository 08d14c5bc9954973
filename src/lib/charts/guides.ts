/**
 * Where the quadrant names, the parity label and the group-mean labels of the
 * enthusiasm-vs-concern chart go, worked out once per frame: each quadrant's
 * name in the first of its corners that no mean's mark covers, the parity
 * label at the first place along the diagonal clear of the marks, and then the
 * mean labels around all of those (see label-place.ts).
 */
import { overlaps, placeLabels, rotatedTextBoxes, type Box, type LabelPlacement } from './label-place';
import { paritySpan, QUADRANT_THRESHOLD, type Quadrant, type QuadrantLayout } from './quadrant';

/** Width of a text in pixels, in the font of a given kind of text on the chart. */
export type Measure = (text: string, kind: 'quadrant' | 'parity' | 'label', narrow?: boolean) => number;

export interface QuadrantName {
  quadrant: Quadrant;
  text: string;
  /** Baseline start (text-anchor start) or end (text-anchor end). */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

export interface ParityLabel {
  x: number;
  y: number;
  angle: number;
  boxes: Box[];
}

export interface ChartGuides {
  names: QuadrantName[];
  parity: ParityLabel | null;
  labels: LabelPlacement[];
}

export interface MeanMark {
  id: string;
  cx: number;
  cy: number;
  label: string;
}

/** Height of the quadrant names' and the labels' boxes, and their baseline within them. */
export const NAME_HEIGHT = 16;
export const LABEL_HEIGHT = 16;
const PAD = 6;
/** The parity label's baseline, this far above the line. */
export const PARITY_LIFT = 5;

const NAMES: Record<Quadrant, string> = {
  enthusiastic: 'Enthusiastic',
  conflicted: 'Conflicted',
  concerned: 'Concerned',
  reserved: 'Reserved',
};

/** On a narrow plot (`narrow`) the quadrant names are smaller and the parity line goes unlabelled. */
export function chartGuides(layout: QuadrantLayout, means: readonly MeanMark[], markRadius: number, measure: Measure, narrow = false): ChartGuides {
  const { x, y, left, right, top, bottom } = layout;
  const tx = x(QUADRANT_THRESHOLD);
  const ty = y(QUADRANT_THRESHOLD);
  const marks = means.map((m) => ({ x: m.cx - markRadius, y: m.cy - markRadius, width: 2 * markRadius, height: 2 * markRadius }));
  const clear = (box: Box) => !marks.some((m) => overlaps(box, m, 2));
  // Each quadrant's corners, the one farthest from the boundary crossing first.
  const regions: Record<Quadrant, Box> = {
    enthusiastic: { x: left, y: top, width: tx - left, height: ty - top },
    conflicted: { x: tx, y: top, width: right - tx, height: ty - top },
    concerned: { x: tx, y: ty, width: right - tx, height: bottom - ty },
    reserved: { x: left, y: ty, width: tx - left, height: bottom - ty },
  };
  const names: QuadrantName[] = [];
  for (const quadrant of ['enthusiastic', 'conflicted', 'concerned', 'reserved'] as const) {
    const text = NAMES[quadrant];
    const r = regions[quadrant];
    const width = measure(text.toUpperCase(), 'quadrant', narrow);
    const at = (side: 'left' | 'right', edge: 'top' | 'bottom'): QuadrantName => {
      const bx = side === 'left' ? r.x + PAD : r.x + r.width - PAD - width;
      const by = edge === 'top' ? r.y + 3 : r.y + r.height - 3 - NAME_HEIGHT;
      return {
        quadrant,
        text,
        x: side === 'left' ? bx : bx + width,
        y: by + NAME_HEIGHT - 4,
        anchor: side === 'left' ? 'start' : 'end',
        box: { x: bx, y: by, width, height: NAME_HEIGHT },
      };
    };
    const outer = { enthusiastic: ['left', 'top'], conflicted: ['right', 'top'], concerned: ['right', 'bottom'], reserved: ['left', 'bottom'] }[quadrant] as [
      'left' | 'right',
      'top' | 'bottom',
    ];
    const flip = <T extends string>(v: T, a: T, b: T) => (v === a ? b : a);
    // The reserved quadrant's outer corner is where statements without scored words pile up: its name goes by the boundary.
    const order: ['left' | 'right', 'top' | 'bottom'][] =
      quadrant === 'reserved'
        ? [['right', 'top'], ['left', 'top'], ['right', 'bottom'], outer]
        : [outer, [flip(outer[0], 'left', 'right'), outer[1]], [outer[0], flip(outer[1], 'top', 'bottom')], [flip(outer[0], 'left', 'right'), flip(outer[1], 'top', 'bottom')]];
    const options = order.map(([side, edge]) => at(side, edge));
    names.push(options.find((o) => clear(o.box)) ?? options[0]!);
  }
  // The parity line, where it crosses the plot; its label sits along it, above the line.
  const span = paritySpan(layout);
  const [x0, y0, x1, y1] = span ? [x(span[0]), y(span[0]), x(span[1]), y(span[1])] : [0, 0, 0, 0];
  const angle = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
  const length = measure('enthusiasm = concern', 'parity');
  let parity: ParityLabel | null = null;
  const room = Math.hypot(x1 - x0, y1 - y0) > length * 1.6;
  for (const share of narrow || !room ? [] : [0.72, 0.58, 0.86, 0.44, 0.3]) {
    const cx = x0 + (x1 - x0) * share;
    const cy = y0 + (y1 - y0) * share;
    // Drawn rotated about (cx, cy), centred, its baseline PARITY_LIFT px above the line: in its own frame the
    // text spans x from −length/2 to length/2 and y from about −16 to −2, a strip centred 9 px up.
    const a = (angle * Math.PI) / 180;
    const [u, v] = [-length / 2, -9];
    const boxes = rotatedTextBoxes(cx + u * Math.cos(a) - v * Math.sin(a), cy + u * Math.sin(a) + v * Math.cos(a), length, angle, 14);
    const candidate = { x: cx, y: cy, angle, boxes };
    if (boxes.every(clear) && !boxes.some((b) => names.some((n) => overlaps(b, n.box, 2)))) {
      parity = candidate;
      break;
    }
  }
  const obstacles = [...names.map((n) => n.box), ...(parity?.boxes ?? [])];
  const requests = means.map((m) => ({ id: m.id, x: m.cx, y: m.cy, width: measure(m.label, 'label') + 2, height: LABEL_HEIGHT }));
  const bounds = { x: left, y: top, width: right - left, height: bottom - top };
  return { names, parity, labels: placeLabels(requests, markRadius, bounds, obstacles) };
}
