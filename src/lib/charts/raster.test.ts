import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capOpacity, countMarks, hexColor, paintCounts, stackedColors } from './raster';
import { rasterDots } from './raster.reference';

const pixel = (pixels: Uint8ClampedArray, width: number, x: number, y: number) =>
  Array.from(pixels.slice((y * width + x) * 4, (y * width + x) * 4 + 4));

describe('rasterDots', () => {
  it('paints a disc of the dot’s color and leaves the rest clear', () => {
    const pixels = new Uint8ClampedArray(20 * 20 * 4);
    rasterDots(pixels, 20, 20, [{ x: 10, y: 10, rgb: 0x0072b2 }], 3, 1);
    expect(pixel(pixels, 20, 10, 10)).toEqual([0, 0x72, 0xb2, 255]);
    expect(pixel(pixels, 20, 13, 10)).toEqual([0, 0x72, 0xb2, 255]);
    expect(pixel(pixels, 20, 14, 10)).toEqual([0, 0, 0, 0]);
    expect(pixel(pixels, 20, 13, 13)).toEqual([0, 0, 0, 0]);
  });

  it('blends translucent dots: two halves make three quarters, in the later color’s direction', () => {
    const pixels = new Uint8ClampedArray(4 * 4 * 4);
    rasterDots(pixels, 4, 4, [{ x: 1, y: 1, rgb: 0xff0000 }, { x: 1, y: 1, rgb: 0x0000ff }], 0.5, 0.5);
    const [r, g, b, a] = pixel(pixels, 4, 1, 1);
    expect(Math.abs(a! - 191)).toBeLessThanOrEqual(1);
    expect(b!).toBeGreaterThan(r!);
    expect(g).toBe(0);
  });

  it('paints only the rim of a hollow dot', () => {
    const pixels = new Uint8ClampedArray(20 * 20 * 4);
    rasterDots(pixels, 20, 20, [{ x: 10, y: 10, rgb: 0x0072b2 }], 5, 1, true);
    // Radius 5 with a 2-pixel rim: the centre and anything within 3 pixels stay clear.
    expect(pixel(pixels, 20, 10, 10)).toEqual([0, 0, 0, 0]);
    expect(pixel(pixels, 20, 12, 10)).toEqual([0, 0, 0, 0]);
    expect(pixel(pixels, 20, 14, 10)).toEqual([0, 0x72, 0xb2, 255]);
    expect(pixel(pixels, 20, 15, 10)).toEqual([0, 0x72, 0xb2, 255]);
    expect(pixel(pixels, 20, 16, 10)).toEqual([0, 0, 0, 0]);
  });

  it('ignores dots outside the image', () => {
    const pixels = new Uint8ClampedArray(4 * 4 * 4);
    rasterDots(pixels, 4, 4, [{ x: -10, y: 2, rgb: 0xffffff }, { x: 2, y: 99, rgb: 0xffffff }], 2, 1);
    expect(pixels.every((v) => v === 0)).toBe(true);
  });

  it('reads hex colors', () => {
    expect(hexColor('#E69F00')).toBe(0xe69f00);
    expect(hexColor('red')).toBe(0x666666);
  });
});

/** A layer's marks as the canvas paints them: counted, then laid over `pixels`. */
function paintLayer(pixels: Uint8ClampedArray, width: number, height: number, xy: Float64Array, rgb: number, radius: number, alpha: number, hollow = false) {
  const counts = new Uint8Array(width * height);
  countMarks(counts, width, height, xy, radius, hollow);
  paintCounts(pixels, counts, stackedColors(rgb, alpha));
}

describe('countMarks and paintCounts', () => {
  const coordinate = fc.double({ min: -4, max: 24, noNaN: true });
  // Some marks on the same centre pixel, as many are in a large load.
  const points = fc.array(fc.oneof(fc.tuple(coordinate, coordinate), fc.constant([10.2, 9.9] as [number, number])), { maxLength: 40 });

  it('paint on a clear image exactly what rasterDots paints for the same dots of one color', () => {
    fc.assert(
      fc.property(
        points,
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 0xffffff }),
        fc.boolean(),
        (points, radius, alpha, rgb, hollow) => {
          const expected = new Uint8ClampedArray(19 * 19 * 4);
          rasterDots(expected, 19, 19, points.map(([x, y]) => ({ x, y, rgb })), radius, alpha, hollow);
          const pixels = new Uint8ClampedArray(19 * 19 * 4);
          paintLayer(pixels, 19, 19, Float64Array.from(points.flat()), rgb, radius, alpha, hollow);
          expect(pixels).toStrictEqual(expected);
        },
      ),
    );
  });

  it('paint the last pixels of an image whose pixel count is not a multiple of four', () => {
    const pixels = new Uint8ClampedArray(19 * 19 * 4);
    paintLayer(pixels, 19, 19, Float64Array.from([18, 18]), 0x0072b2, 0.5, 1);
    expect(Array.from(pixels.subarray(-4))).toEqual([0, 0x72, 0xb2, 255]);
  });

  it('lay a layer over a painted image as one translucent image over another, to within a level', () => {
    fc.assert(
      fc.property(points, fc.double({ min: 0.05, max: 1, noNaN: true }), fc.integer({ min: 0, max: 0xffffff }), (points, alpha, rgb) => {
        const below = new Uint8ClampedArray(20 * 20 * 4);
        rasterDots(below, 20, 20, [{ x: 8, y: 8, rgb: 0x00ff00 }, { x: 12, y: 10, rgb: 0xff0000 }], 4, 0.5);
        const layer = new Uint8ClampedArray(20 * 20 * 4);
        rasterDots(layer, 20, 20, points.map(([x, y]) => ({ x, y, rgb })), 2.5, alpha);
        const pixels = below.slice();
        paintLayer(pixels, 20, 20, Float64Array.from(points.flat()), rgb, 2.5, alpha);
        for (let i = 0; i < pixels.length; i += 4) {
          // Source over, unpremultiplied: the layer's pixel over the one below.
          const top = layer[i + 3]! / 255;
          const under = (below[i + 3]! / 255) * (1 - top);
          const out = top + under;
          const expected = [0, 1, 2].map((c) => (out ? (layer[i + c]! * top + below[i + c]! * under) / out : 0)).concat(out * 255);
          for (let c = 0; c < 4; c++) expect(Math.abs(pixels[i + c]! - expected[c]!)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('paint the same image from the list of covered pixels as from a pass over every pixel', () => {
    fc.assert(
      fc.property(points, points, fc.integer({ min: 0, max: 0xffffff }), (first, second, rgb) => {
        const [whole, listed] = [new Uint8ClampedArray(19 * 19 * 4), new Uint8ClampedArray(19 * 19 * 4)];
        for (const layer of [first, second]) {
          const counts = new Uint8Array(19 * 19);
          const covered = countMarks(counts, 19, 19, Float64Array.from(layer.flat()), 2);
          const colors = stackedColors(rgb, 0.4);
          paintCounts(whole, counts, colors);
          paintCounts(listed, counts, colors, covered);
        }
        expect(listed).toStrictEqual(whole);
      }),
    );
  });

  it('count each pixel’s marks one by one up to 255, however high the piles', () => {
    const pile = fc.tuple(fc.double({ min: -6, max: 26, noNaN: true }), fc.double({ min: -6, max: 26, noNaN: true }), fc.integer({ min: 1, max: 300 }));
    fc.assert(
      fc.property(fc.array(pile, { maxLength: 12 }), fc.double({ min: 0.5, max: 4, noNaN: true }), fc.boolean(), (piles, radius, hollow) => {
        const xy = Float64Array.from(piles.flatMap(([x, y, n]) => Array.from({ length: n }, () => [x, y]).flat()));
        const counts = new Uint8Array(20 * 19);
        countMarks(counts, 20, 19, xy, radius, hollow);
        // One mark at a time, each adding one to every pixel its disc covers.
        const expected = new Uint8Array(20 * 19);
        for (let i = 0; i < xy.length; i += 2) {
          const single = new Uint8Array(20 * 19);
          countMarks(single, 20, 19, xy.subarray(i, i + 2), radius, hollow);
          for (let p = 0; p < single.length; p++) expected[p] = Math.min(255, expected[p]! + single[p]!);
        }
        expect(counts).toStrictEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('list every pixel its marks cover, each once, and no other', () => {
    fc.assert(
      fc.property(points, fc.double({ min: 0.5, max: 4, noNaN: true }), fc.boolean(), (layer, radius, hollow) => {
        const counts = new Uint8Array(20 * 19);
        const covered = countMarks(counts, 20, 19, Float64Array.from(layer.flat()), radius, hollow);
        const expected = Array.from(counts.keys()).filter((p) => counts[p] !== 0);
        expect(Array.from(covered).sort((a, b) => a - b)).toEqual(expected);
      }),
    );
  });

  it('stop counting at 255 marks on a pixel, where the color no longer changes', () => {
    const counts = new Uint8Array(1);
    countMarks(counts, 1, 1, new Float64Array(2 * 300), 0.5);
    expect(counts[0]).toBe(255);
    const colors = stackedColors(0x0072b2, 0.2);
    expect(Array.from(colors.subarray(4 * 255))).toEqual(Array.from(colors.subarray(4 * 100, 4 * 101)));
  });
});

describe('capOpacity', () => {
  it('lowers only the pixels more opaque than the ceiling, to the ceiling, and keeps every color', () => {
    const rgba = fc.uint8Array({ minLength: 4, maxLength: 4 * 50 }).map((bytes) => bytes.subarray(0, bytes.length - (bytes.length % 4)));
    fc.assert(
      fc.property(rgba, fc.double({ min: 0, max: 1, noNaN: true }), (bytes, ceiling) => {
        const pixels = Uint8ClampedArray.from(bytes);
        capOpacity(pixels, ceiling);
        const most = Math.round(ceiling * 255);
        for (let i = 0; i < pixels.length; i += 4) {
          expect(Array.from(pixels.subarray(i, i + 3))).toEqual(Array.from(bytes.subarray(i, i + 3)));
          expect(pixels[i + 3]).toBe(Math.min(bytes[i + 3]!, most));
        }
      }),
    );
  });
});
