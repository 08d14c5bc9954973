/**
 * Where the quadrants, their names, the parity label and the group-mean labels
 * of the enthusiasm-vs-concern chart go, worked out once per frame: the
 * quadrants' boundaries for statements of the selection's median length, each
 * name at the place nearest its outer corner that lies wholly inside its
 * quadrant and clear of the means' marks, the parity label at the first place
 * along the diagonal clear of them, then the mean labels around all of those
 * (see label-place.ts).
 */
import { overlaps, placeLabels, rotatedTextBoxes, type Box, type LabelPlacement } from './label-place';
import { leaningEdge, paritySpan, QUADRANT_THRESHOLD, quadrantAt, WEDGE_FOOT, type Quadrant, type QuadrantLayout } from './quadrant';

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
  zones: QuadrantZones;
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

/** A polygon or a polyline, in pixels. */
export type Path = [number, number][];

export interface QuadrantZones {
  /** The enthusiastic and concerned sides of their leaning edges, shaded. */
  enthusiastic: Path;
  concerned: Path;
  /** The leaning edges and the reserved corner's edge between them, dashed. */
  boundaries: Path[];
}

const SAMPLES = 48;

/** The quadrants drawn on the layout: their straight edges are curves on square-root axes. */
export function quadrantZones(layout: QuadrantLayout): QuadrantZones {
  const { x, y, left, right, top, bottom } = layout;
  const [x0, x1] = x.domain() as [number, number];
  const [y0, y1] = y.domain() as [number, number];
  const clampY = (v: number) => Math.min(y1, Math.max(y0, v));
  const clampX = (v: number) => Math.min(x1, Math.max(x0, v));
  const steps = (lo: number, hi: number) => Array.from({ length: SAMPLES + 1 }, (_, i) => lo + ((hi - lo) * i) / SAMPLES);
  const upper = steps(x0, x1).map((c) => [c, leaningEdge(c)] as const);
  const lower = steps(y0, y1).map((e) => [leaningEdge(e), e] as const);
  const px = ([c, e]: readonly [number, number]): [number, number] => [x(c), y(e)];
  const inside = ([c, e]: readonly [number, number]) => c >= x0 && c <= x1 && e >= y0 && e <= y1;
  // The reserved corner's edge between the two wedges' feet: enthusiasm + concern = the floor there.
  const [footC, footE] = WEDGE_FOOT;
  const corner = steps(footC, footE).map((c) => [c, footC + footE - c] as const);
  const boundaries: Path[] = [upper.filter(inside).map(px), lower.filter(inside).map(px), corner.filter(inside).map(px)];
  return {
    enthusiastic: [...upper.map(([c, e]) => px([c, clampY(e)])), [right, top], [left, top]],
    concerned: [...lower.map(([c, e]) => px([clampX(c), e])), [right, top], [right, bottom]],
    boundaries: boundaries.filter((b) => b.length > 1),
  };
}

/** On a narrow plot (`narrow`) the quadrant names are smaller and the parity line goes unlabelled. */
export function chartGuides(
  layout: QuadrantLayout,
  means: readonly MeanMark[],
  markRadius: number,
  measure: Measure,
  narrow = false,
): ChartGuides {
  const { x, y, left, right, top, bottom } = layout;
  const marks = means.map((m) => ({ x: m.cx - markRadius, y: m.cy - markRadius, width: 2 * markRadius, height: 2 * markRadius }));
  const clear = (box: Box) => !marks.some((m) => overlaps(box, m, 2));
  const tx = x(QUADRANT_THRESHOLD);
  const ty = y(QUADRANT_THRESHOLD);
  // Where each name would rather be: its outer corner; reserved's by the conflicted corner, as its
  // own outer corner is where statements without scored words pile up.
  const preferred: Record<Quadrant, [number, number]> = {
    enthusiastic: [left, top],
    conflicted: [right, top],
    concerned: [right, bottom],
    reserved: [tx, ty],
  };
  const quadrantOfBox = (b: Box): Quadrant | null => {
    const corners = [
      [b.x, b.y],
      [b.x + b.width, b.y],
      [b.x, b.y + b.height],
      [b.x + b.width, b.y + b.height],
    ].map(([px, py]) => quadrantAt(y.invert(py!), x.invert(px!)));
    return corners.every((q) => q === corners[0]) ? corners[0]! : null;
  };
  const names: QuadrantName[] = [];
  const GRID = 10;
  for (const quadrant of ['enthusiastic', 'conflicted', 'concerned', 'reserved'] as const) {
    const text = NAMES[quadrant];
    const width = measure(text.toUpperCase(), 'quadrant', narrow);
    const spanX = right - left - width - 2 * PAD;
    const spanY = bottom - top - NAME_HEIGHT - 6;
    if (spanX <= 0 || spanY <= 0) continue;
    const [wx, wy] = preferred[quadrant];
    const options: Box[] = [];
    for (let r = 0; r <= GRID; r++)
      for (let c = 0; c <= GRID; c++) options.push({ x: left + PAD + (spanX * c) / GRID, y: top + 3 + (spanY * r) / GRID, width, height: NAME_HEIGHT });
    const centre = (b: Box) => [b.x + b.width / 2, b.y + b.height / 2] as const;
    const distance = (b: Box) => Math.hypot(Math.min(Math.abs(b.x - wx), Math.abs(b.x + b.width - wx)), centre(b)[1] - wy);
    options.sort((a, b) => distance(a) - distance(b));
    const box = options.find((o) => quadrantOfBox(o) === quadrant && clear(o) && !names.some((n) => overlaps(o, n.box, 4)));
    if (!box) continue;
    const startSide = box.x + box.width / 2 < (left + right) / 2;
    names.push({
      quadrant,
      text,
      x: startSide ? box.x : box.x + width,
      y: box.y + NAME_HEIGHT - 4,
      anchor: startSide ? 'start' : 'end',
      box,
    });
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
  return { zones: quadrantZones(layout), names, parity, labels: placeLabels(requests, markRadius, bounds, obstacles) };
}
