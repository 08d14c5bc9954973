/**
 * The canvas layers' code, run once on made-up marks while the page is idle. The first
 * large load after the page opens otherwise counts its marks with code the engine has not
 * compiled yet: in one-off timings of two 100,000-statement loads in one page, the second load's
 * layers took 42–53 ms and its painting 7–9 ms, the first's 68–118 and 22–38 ms. The demo's few
 * hundred marks are drawn as SVG and never reach this code.
 */
import { hashOf } from '../string-set';
import { Selected } from '../table/selected';
import { EMPTY_TABLE, StatementTable, type Coded } from '../table/table';
import { deviceSize, LayerCache, layerGroups, type LayerGeometry } from './layer-cache';
import { groupOffsets } from './points';
import { quadrantLayout } from './quadrant';
import { paintCounts } from './raster';

/** Enough marks, in enough groups, for the engine to compile the loops that count and paint them. */
const MARKS = 20_000;
const GROUPS = ['a', 'b', 'c', 'd', 'e', 'f'];
const COLORS = new Map(GROUPS.map((group, i) => [group, `#${(0x224466 + i * 0x151515).toString(16)}`]));

let warmed = false;

/**
 * Counts and paints MARKS made-up marks into layers that are then dropped, as the chart does for a
 * large load, in both of the chart's scales; once per page. Returns the marks counted (0 when done before).
 */
export function warmLayers(): number {
  if (warmed) return 0;
  warmed = true;
  const selected = new Selected(madeUpTable(MARKS));
  const offsets = groupOffsets(GROUPS, 5);
  let marks = 0;
  for (const exponent of [0.5, 1]) {
    const layout = quadrantLayout(900, 500, [0, 6], { top: 10, right: 14, bottom: 40, left: 50 }, exponent);
    const geometry: LayerGeometry = { layout, radius: 2.5, ratio: 1, offsets, dim: false, faint: false };
    const { w, h } = deviceSize(layout, 1);
    const image = new Uint8ClampedArray(4 * w * h);
    const layers = new LayerCache();
    for (const group of layerGroups(selected, COLORS)) {
      const layer = layers.build(group, geometry);
      paintCounts(image, layer.counts, layer.colors, layer.covered);
      marks += group.rows.length;
    }
  }
  return marks;
}

/** Statements with scores spread over the plane, some without a scored word (hollow), in GROUPS. */
function madeUpTable(length: number): StatementTable {
  const blank = (): Coded => ({ values: [''], codes: new Uint8Array(length) });
  const id = Array.from({ length }, (_, i) => `warm-${i}`);
  const enthusiasm = new Float64Array(length);
  const concern = new Float64Array(length);
  const words = new Uint32Array(length).fill(12);
  const scoredWords = new Uint32Array(length);
  const groups = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    // A fixed scatter, the same at every run: whole-number sums, as real scores are.
    enthusiasm[i] = (i * 7) % 9;
    concern[i] = (i * 5) % 11;
    scoredWords[i] = i % 5;
    groups[i] = (i * 13) % GROUPS.length;
  }
  const net = enthusiasm.map((e, i) => e - concern[i]!);
  return new StatementTable({
    length,
    id,
    idHash: Int32Array.from(id, hashOf),
    text: new Array<string>(length).fill(''),
    group: { values: GROUPS, codes: groups },
    speaker: blank(),
    source: blank(),
    date: blank(),
    url: blank(),
    provenance: blank(),
    label: blank(),
    extra: [],
    enthusiasm,
    concern,
    net,
    polarity: new Float64Array(length),
    words,
    scoredWords,
    // No statement has a scored word to list: the empty table's entries, with an offset per row.
    entries: { ...EMPTY_TABLE.entries, offsets: new Uint32Array(length + 1) },
  });
}
