/**
 * Draws many translucent dots straight into an RGBA pixel buffer. Without a
 * GPU, the canvas rasterises each arc path slowly; a precomputed disc of pixel
 * offsets blended in a plain loop is several times faster at 100,000 marks.
 */

/** Pixel offsets covered by a disc of this radius (in device pixels), or by its rim alone when `hollow`. */
function disc(radius: number, hollow: boolean): Int32Array {
  const offsets: number[] = [];
  const r = Math.max(0.5, radius);
  // A rim at least 1.5 device pixels wide, so a ring reads at any zoom.
  const inner = hollow ? Math.max(0, r - Math.max(1.5, r / 2.5)) : 0;
  const inside = hollow ? inner * inner : -1;
  const reach = Math.ceil(r);
  for (let dy = -reach; dy <= reach; dy++) {
    for (let dx = -reach; dx <= reach; dx++) {
      const d = dx * dx + dy * dy;
      if (d <= r * r && d > inside) offsets.push(dx, dy);
    }
  }
  return Int32Array.from(offsets);
}

/** Marks counted on one pixel, at most: by far fewer, a stack of marks is as opaque as it gets. */
const MOST_MARKS = 255;

/**
 * Counts, for each pixel of a `width` × `height` image, how many of the marks at these x, y pairs
 * (device pixels, see planePoints) cover it, up to MOST_MARKS. One color's marks over their own
 * color change a pixel only by how many there are, so these counts and stackedColors make the
 * pixels that blending each mark in turn would, at a fraction of the cost.
 *
 * Scores take few distinct values, so a large load piles many marks on one centre pixel: the
 * marks are first counted per centre, and each centre's disc is laid down once, with its count.
 *
 * Returns the pixels that had no marks before and have some now, each once, in no particular
 * order: on clear counts, every pixel the layer covers, which is all a redraw paints of it. Listed
 * as the discs are laid, they cost nothing more; found by a pass over the counts after, they took
 * a third of a load's layer building (a scan of the whole canvas per layer).
 */
export function countMarks(counts: Uint8Array, width: number, height: number, xy: Float64Array, radius: number, hollow = false): Uint32Array {
  // Centres just off the image still cover its edge: the grid of centres reaches that far beyond it.
  const reach = Math.ceil(Math.max(0.5, radius));
  const grid = { width: width + 2 * reach, height: height + 2 * reach, reach };
  const { centres, listed, covered } = scratch(grid.width * grid.height, Math.min(xy.length / 2, grid.width * grid.height), counts.length);
  const n = countCentres(xy, grid, centres, listed);
  return covered.slice(0, layDiscs(counts, width, height, disc(radius, hollow), grid, centres, listed, n, covered));
}

/** The grid of mark centres: one cell per device pixel, and `reach` cells beyond each edge. */
interface CentreGrid {
  width: number;
  height: number;
  reach: number;
}

/*
 * The two loops of countMarks are functions of their own: in one function, the engine optimised the
 * first loop while it ran, before the second had ever run, and that code then gave up at the second
 * loop in every layer of a load (23 times in one), leaving it to run unoptimised.
 */

/** Counts the marks on each centre into `centres`, listing each centre met into `listed`; returns how many. */
function countCentres(xy: Float64Array, grid: CentreGrid, centres: Uint8Array, listed: Uint32Array): number {
  const { width, height, reach } = grid;
  let n = 0;
  for (let i = 0; i < xy.length; i += 2) {
    const gx = Math.round(xy[i]!) + reach;
    const gy = Math.round(xy[i + 1]!) + reach;
    // Written so that a place that is not a number fails too.
    if (!(gx >= 0 && gy >= 0 && gx < width && gy < height)) continue;
    const c = gy * width + gx;
    const marks = centres[c]!;
    if (marks === 0) listed[n++] = c;
    if (marks < MOST_MARKS) centres[c] = marks + 1;
  }
  return n;
}

/**
 * Lays each listed centre's disc into `counts` once, with its count, and clears the centre for the
 * next layer. Each pixel that had no marks before gets listed in `covered`; returns how many.
 */
function layDiscs(counts: Uint8Array, width: number, height: number, offsets: Int32Array, grid: CentreGrid, centres: Uint8Array, listed: Uint32Array, n: number, covered: Uint32Array): number {
  const { width: gridWidth, reach } = grid;
  let m = 0;
  for (let k = 0; k < n; k++) {
    const c = listed[k]!;
    const marks = centres[c]!;
    centres[c] = 0;
    const cx = (c % gridWidth) - reach;
    const cy = Math.floor(c / gridWidth) - reach;
    for (let o = 0; o < offsets.length; o += 2) {
      const px = cx + offsets[o]!;
      const py = cy + offsets[o + 1]!;
      if (px < 0 || py < 0 || px >= width || py >= height) continue;
      const p = py * width + px;
      const before = counts[p]!;
      if (before === 0) covered[m++] = p;
      const sum = before + marks;
      counts[p] = sum < MOST_MARKS ? sum : MOST_MARKS;
    }
  }
  return m;
}

/** Working space for countMarks, kept between layers: one layer after another needs the same size. */
let spare = { centres: new Uint8Array(0), listed: new Uint32Array(0), covered: new Uint32Array(0) };

/** A clear grid of at least `cells` centre counts, room to list `distinct` centres, and room to list `pixels` pixels. */
function scratch(cells: number, distinct: number, pixels: number) {
  if (spare.centres.length < cells) spare = { ...spare, centres: new Uint8Array(cells) };
  if (spare.listed.length < distinct) spare = { ...spare, listed: new Uint32Array(distinct) };
  if (spare.covered.length < pixels) spare = { ...spare, covered: new Uint32Array(pixels) };
  return spare;
}

/**
 * The color of a clear pixel under n marks of `rgb`, each `alpha` opaque and blended over the ones
 * before: four bytes (RGBA) for each n from 0 to MOST_MARKS.
 */
export function stackedColors(rgb: number, alpha: number): Uint8ClampedArray {
  const colors = new Uint8ClampedArray(4 * (MOST_MARKS + 1));
  for (let n = 1; n <= MOST_MARKS; n++) {
    colors.copyWithin(4 * n, 4 * (n - 1), 4 * n);
    blend(colors.subarray(4 * n, 4 * n + 4), 1, 1, ORIGIN, 0, 0, rgb, alpha);
  }
  return colors;
}

/**
 * Paints one color's counted marks (countMarks, stackedColors) over the RGBA `pixels` of an image
 * of the same size. On a clear pixel that is exactly what blending the marks one by one paints; on a painted one the
 * stack is laid over what is there in one blend, as a canvas lays one layer over another.
 */
export function paintCounts(pixels: Uint8ClampedArray, counts: Uint8Array, colors: Uint8ClampedArray, covered?: Uint32Array) {
  const end = covered ? covered.length : counts.length;
  for (let at = 0; at < end; at++) {
    const p = covered ? covered[at]! : at;
    const n = counts[p]!;
    if (n === 0) continue;
    const i = p * 4;
    const j = n * 4;
    if (pixels[i + 3] === 0) {
      pixels[i] = colors[j]!;
      pixels[i + 1] = colors[j + 1]!;
      pixels[i + 2] = colors[j + 2]!;
      pixels[i + 3] = colors[j + 3]!;
      continue;
    }
    const top = colors[j + 3]! / 255;
    const under = (pixels[i + 3]! / 255) * (1 - top);
    const out = top + under;
    pixels[i] = (colors[j]! * top + pixels[i]! * under) / out;
    pixels[i + 1] = (colors[j + 1]! * top + pixels[i + 1]! * under) / out;
    pixels[i + 2] = (colors[j + 2]! * top + pixels[i + 2]! * under) / out;
    pixels[i + 3] = out * 255;
  }
}

/** Lowers every pixel of the RGBA `pixels` more opaque than `ceiling` (0 to 1) to it, keeping its color. */
export function capOpacity(pixels: Uint8ClampedArray, ceiling: number) {
  const most = Math.round(ceiling * 255);
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > most) pixels[i] = most;
}

/** A disc of one pixel, the pixel itself. */
const ORIGIN = Int32Array.from([0, 0]);

function blend(pixels: Uint8ClampedArray, width: number, height: number, offsets: Int32Array, x: number, y: number, rgb: number, alpha: number) {
  const cx = Math.round(x);
  const cy = Math.round(y);
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  for (let k = 0; k < offsets.length; k += 2) {
    const px = cx + offsets[k]!;
    const py = cy + offsets[k + 1]!;
    if (px < 0 || py < 0 || px >= width || py >= height) continue;
    const i = (py * width + px) * 4;
    const below = pixels[i + 3]! / 255;
    const out = alpha + below * (1 - alpha);
    const keep = (below * (1 - alpha)) / out;
    const add = alpha / out;
    pixels[i] = r * add + pixels[i]! * keep;
    pixels[i + 1] = g * add + pixels[i + 1]! * keep;
    pixels[i + 2] = b * add + pixels[i + 2]! * keep;
    pixels[i + 3] = out * 255;
  }
}

/** "#0072B2" -> 0x0072b2; anything unreadable becomes grey. */
export function hexColor(color: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  return match ? parseInt(match[1]!, 16) : 0x666666;
}
