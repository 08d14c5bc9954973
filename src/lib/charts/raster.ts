/**
 * Draws many translucent dots straight into an RGBA pixel buffer. Without a
 * GPU, the canvas rasterises each arc path slowly; a precomputed disc of pixel
 * offsets blended in a plain loop is several times faster at 100,000 marks.
 */

export interface Dot {
  x: number;
  y: number;
  /** Colour as 0xRRGGBB. */
  rgb: number;
}

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

/**
 * Blends each dot, `alpha` opaque, over the (non-premultiplied) RGBA `pixels`
 * of a `width` × `height` image. Coordinates and radius are in device pixels.
 * Hollow dots (rings) mark statements with insufficient evidence.
 */
export function rasterDots(
  pixels: Uint8ClampedArray,
  width: number,
  height: number,
  dots: Iterable<Dot>,
  radius: number,
  alpha: number,
  hollow = false,
) {
  const offsets = disc(radius, hollow);
  for (const dot of dots) blend(pixels, width, height, offsets, dot.x, dot.y, dot.rgb, alpha);
}

/**
 * rasterDots for dots of one colour, given as x, y pairs in one array (see devicePoints). Over
 * its own colour a dot changes only a pixel's opacity, and that only by how many dots cover it:
 * so it counts the dots on each pixel, then looks the opacity up from the same blend applied that
 * many times. The pixels are the ones rasterDots makes, at a fraction of the cost.
 */
export function rasterPoints(
  pixels: Uint8ClampedArray,
  width: number,
  height: number,
  xy: Float64Array,
  rgb: number,
  radius: number,
  alpha: number,
  hollow = false,
) {
  const offsets = disc(radius, hollow);
  const counts = new Uint32Array(width * height);
  let most = 0;
  for (let i = 0; i < xy.length; i += 2) {
    const cx = Math.round(xy[i]!);
    const cy = Math.round(xy[i + 1]!);
    for (let k = 0; k < offsets.length; k += 2) {
      const px = cx + offsets[k]!;
      const py = cy + offsets[k + 1]!;
      if (px < 0 || py < 0 || px >= width || py >= height) continue;
      const n = ++counts[py * width + px]!;
      if (n > most) most = n;
    }
  }
  // The first dot on a pixel sets its colour; each one after blends the same colour over it.
  const probe = new Uint8ClampedArray(4 * (most + 1));
  for (let n = 1; n <= most; n++) {
    probe.copyWithin(4 * n, 4 * (n - 1), 4 * n);
    blend(probe.subarray(4 * n, 4 * n + 4), 1, 1, ORIGIN, 0, 0, rgb, alpha);
  }
  for (let p = 0; p < counts.length; p++) {
    const n = counts[p]!;
    if (n === 0) continue;
    const i = p * 4;
    // Over a pixel others have drawn on already, blend as rasterDots would.
    if (pixels[i + 3] !== 0) {
      for (let k = 0; k < n; k++) blend(pixels.subarray(i, i + 4), 1, 1, ORIGIN, 0, 0, rgb, alpha);
      continue;
    }
    pixels[i] = probe[4 * n]!;
    pixels[i + 1] = probe[4 * n + 1]!;
    pixels[i + 2] = probe[4 * n + 2]!;
    pixels[i + 3] = probe[4 * n + 3]!;
  }
}

/** Whole pixels of a `width` × `height` image that discs of this radius around these x, y pairs can touch. */
export function pointsBounds(xy: Float64Array, radius: number, width: number, height: number): { x: number; y: number; width: number; height: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    const x = Math.round(xy[i]!);
    const y = Math.round(xy[i + 1]!);
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const reach = Math.ceil(Math.max(0.5, radius));
  const left = Math.max(0, x0 - reach);
  const top = Math.max(0, y0 - reach);
  const right = Math.min(width, x1 + reach + 1);
  const bottom = Math.min(height, y1 + reach + 1);
  return right > left && bottom > top ? { x: left, y: top, width: right - left, height: bottom - top } : { x: 0, y: 0, width: 0, height: 0 };
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
