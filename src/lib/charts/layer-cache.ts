/**
 * The canvas marks' layers: each colour's marks (and, apart, its hollow
 * insufficient-evidence marks) counted per device pixel once and kept while
 * their statements and the canvas's geometry stay the same. Showing or hiding
 * a group then counts only that colour again; the drawing paints every layer.
 */
import { tooFewScored } from '../scoring/evidence';
import type { Selected } from '../table/selected';
import type { StatementTable } from '../table/table';
import { planePoints, type GroupOffsets } from './points';
import type { QuadrantLayout } from './quadrant';
import { countMarks, hexColor, stackedColors } from './raster';

/** The statements of one colour drawn one way: filled, or hollow (insufficient evidence). */
export interface LayerGroup {
  color: string;
  hollow: boolean;
  table: StatementTable;
  /** Their table rows, in table order. */
  rows: Uint32Array;
}

/** What a layer's pixels depend on besides its statements. */
export interface LayerGeometry {
  layout: QuadrantLayout;
  radius: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
  offsets?: GroupOffsets;
  /** Whether hollow marks are faded too (evidence 'dim'). */
  dim: boolean;
  /** Whether every mark is a faint backdrop (the group map). */
  faint: boolean;
}

export interface Layer {
  /** The table and the rows it was counted from. */
  table: StatementTable;
  rows: Uint32Array;
  /** The geometry it was counted for (see geometryKey). */
  key: string;
  /** How many of the layer's marks cover each device pixel of the canvas (see countMarks). */
  counts: Uint8Array;
  /** The pixels they cover, each once (see countMarks). */
  covered: Uint32Array;
  /** The color of a pixel under each number of them (see stackedColors). */
  colors: Uint8ClampedArray;
}

/** Opacity of each mark, so dense regions read darker. */
const ALPHA = 0.6;
/**
 * A colour with more marks than this has each mark fainter, by √(EVEN / marks): a large group's
 * cloud then builds up no faster than a small one's, and a group with a twentieth of the
 * statements still shows through. The layers are painted largest first, so the smallest lie on top.
 */
const EVEN = 1500;
/** On the group map the marks are a backdrop to the means. */
const FAINT = 0.45;
/**
 * How opaque the group map's marks may get, all colours together. On a large load most statements
 * lie beyond the map and are drawn on its edges; piled up without a ceiling they read as a solid
 * border over the axes' labels and the quadrants' names.
 */
export const FAINT_CEILING = 0.4;
/** Opacity of a dimmed (insufficient-evidence) mark. */
const DIM_ALPHA = 0.2;
/** Colour of a group the colour map does not name. */
const UNNAMED = '#666666';

/** The canvas size in device pixels for a layout. */
export function deviceSize(layout: QuadrantLayout, ratio: number): { w: number; h: number } {
  return { w: Math.round(layout.width * ratio), h: Math.round(layout.height * ratio) };
}

/** Equal for two geometries that count every mark into the same pixels. */
export function geometryKey(g: LayerGeometry): string {
  const { w, h } = deviceSize(g.layout, g.ratio);
  const { x, y } = g.layout;
  const offsets = g.offsets ? [...g.offsets].flat(2) : [];
  return [w, h, g.radius, g.ratio, g.dim, g.faint, ...offsets, x.exponent(), ...x.domain(), ...x.range(), y.exponent(), ...y.domain(), ...y.range()].join();
}

/**
 * The selection by colour and by filled or hollow, largest group first so the smaller ones are
 * painted over it. Groups beyond the palette share colors, so even 10,000 groups make only a
 * handful of layers.
 */
export function layerGroups(selected: Selected, colors: ReadonlyMap<string, string>): LayerGroup[] {
  const { table, rows } = selected;
  const groupColor = table.group.values.map((group) => colors.get(group) ?? UNNAMED);
  const codeOf = new Map<string, number>();
  const kinds: { color: string; hollow: boolean; size: number }[] = [];
  // Each group's kind, filled (2g) and hollow (2g + 1), is looked up once, not once per statement.
  const byGroup = new Int32Array(2 * groupColor.length).fill(-1);
  const kindOf = new Uint32Array(rows.length);
  const { words, scoredWords } = table;
  const groups = table.group.codes;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const hollow = tooFewScored(scoredWords[i]!, words[i]!);
    const slot = 2 * groups[i]! + (hollow ? 1 : 0);
    let code = byGroup[slot]!;
    if (code < 0) {
      const color = groupColor[groups[i]!]!;
      const id = layerId(color, hollow);
      code = codeOf.get(id) ?? kinds.push({ color, hollow, size: 0 }) - 1;
      codeOf.set(id, code);
      byGroup[slot] = code;
    }
    kindOf[k] = code;
    kinds[code]!.size++;
  }
  // Two passes, so each group's rows go straight into an array of the right size.
  const lists = kinds.map((kind) => new Uint32Array(kind.size));
  const filled = kinds.map(() => 0);
  for (let k = 0; k < rows.length; k++) lists[kindOf[k]!]![filled[kindOf[k]!]!++] = rows[k]!;
  return kinds
    .map((kind, code) => ({ color: kind.color, hollow: kind.hollow, table, rows: lists[code]! }))
    .sort((a, b) => b.rows.length - a.rows.length);
}

function layerId(color: string, hollow: boolean): string {
  return `${color}/${hollow ? 'hollow' : 'filled'}`;
}

/** The layers last counted, one per colour and fill; not reactive. */
export class LayerCache {
  #layers = new Map<string, Layer>();

  /** Whether `group` must be counted (again) for the geometry `key`. */
  isStale(group: LayerGroup, key: string): boolean {
    const layer = this.#layers.get(layerId(group.color, group.hollow));
    return !layer || layer.key !== key || layer.table !== group.table || !sameRows(layer.rows, group.rows);
  }

  /** The group's layer, counted now when it is stale. */
  layer(group: LayerGroup, geometry: LayerGeometry, key = geometryKey(geometry)): Layer {
    const kept = this.#layers.get(layerId(group.color, group.hollow));
    return kept && !this.isStale(group, key) ? kept : this.build(group, geometry, key);
  }

  /** Counts the group's marks into a layer of their own and keeps it. */
  build(group: LayerGroup, geometry: LayerGeometry, key = geometryKey(geometry)): Layer {
    const { layout, radius, ratio, offsets, dim, faint } = geometry;
    const { w, h } = deviceSize(layout, ratio);
    const { table, rows, hollow } = group;
    const even = Math.min(1, Math.sqrt(EVEN / Math.max(1, rows.length)));
    const alpha = (hollow && dim ? DIM_ALPHA : ALPHA * even) * (faint ? FAINT : 1);
    const counts = new Uint8Array(w * h);
    const xy = planePoints(table, rows, layout, radius, ratio, offsets);
    const covered = countMarks(counts, w, h, xy, (hollow ? radius + 0.5 : radius) * ratio, hollow);
    const layer = { table, rows, key, counts, covered, colors: stackedColors(hexColor(group.color.slice(0, 7)), alpha) };
    this.#layers.set(layerId(group.color, group.hollow), layer);
    return layer;
  }

  /** Forgets the layers of colors no longer drawn. */
  keepOnly(groups: readonly LayerGroup[]) {
    const drawn = new Set(groups.map((g) => layerId(g.color, g.hollow)));
    for (const id of this.#layers.keys()) if (!drawn.has(id)) this.#layers.delete(id);
  }

  get size(): number {
    return this.#layers.size;
  }
}

function sameRows(a: Uint32Array, b: Uint32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
