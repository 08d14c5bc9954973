import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hexColor, pointsBounds, rasterDots, rasterPoints } from './raster';

const pixel = (pixels: Uint8ClampedArray, width: number, x: number, y: number) =>
  Array.from(pixels.slice((y * width + x) * 4, (y * width + x) * 4 + 4));

describe('rasterDots', () => {
  it('paints a disc of the dot’s colour and leaves the rest clear', () => {
    const pixels = new Uint8ClampedArray(20 * 20 * 4);
    rasterDots(pixels, 20, 20, [{ x: 10, y: 10, rgb: 0x0072b2 }], 3, 1);
    expect(pixel(pixels, 20, 10, 10)).toEqual([0, 0x72, 0xb2, 255]);
    expect(pixel(pixels, 20, 13, 10)).toEqual([0, 0x72, 0xb2, 255]);
    expect(pixel(pixels, 20, 14, 10)).toEqual([0, 0, 0, 0]);
    expect(pixel(pixels, 20, 13, 13)).toEqual([0, 0, 0, 0]);
  });

  it('blends translucent dots: two halves make three quarters, in the later colour’s direction', () => {
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

  it('reads hex colours', () => {
    expect(hexColor('#E69F00')).toBe(0xe69f00);
    expect(hexColor('red')).toBe(0x666666);
  });
});

describe('rasterPoints', () => {
  it('paints exactly what rasterDots paints for the same dots of one colour', () => {
    const xy = Float64Array.from([3.2, 4.7, 10, 10, 10.4, 9.6, -1, 5, 18.5, 19.5]);
    const dots = Array.from({ length: xy.length / 2 }, (_, i) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]!, rgb: 0x0072b2 }));
    const expected = new Uint8ClampedArray(20 * 20 * 4);
    rasterDots(expected, 20, 20, dots, 2.5, 0.6);
    const pixels = new Uint8ClampedArray(20 * 20 * 4);
    rasterPoints(pixels, 20, 20, xy, 0x0072b2, 2.5, 0.6);
    expect(pixels).toStrictEqual(expected);
  });

  it('matches rasterDots for any dots, radius and opacity, over a clear or a painted image', () => {
    const coordinate = fc.double({ min: -4, max: 24, noNaN: true });
    fc.assert(
      fc.property(
        // Some dots on the same centre pixel, as many are in a large load.
        fc.array(fc.oneof(fc.tuple(coordinate, coordinate), fc.constant([10.2, 9.9] as [number, number])), { maxLength: 40 }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 0xffffff }),
        fc.boolean(),
        fc.boolean(),
        (points, radius, alpha, rgb, painted, hollow) => {
          const start = new Uint8ClampedArray(20 * 20 * 4);
          if (painted) rasterDots(start, 20, 20, [{ x: 8, y: 8, rgb: 0x00ff00 }], 3, 0.5);
          const expected = start.slice();
          rasterDots(expected, 20, 20, points.map(([x, y]) => ({ x, y, rgb })), radius, alpha, hollow);
          const pixels = start.slice();
          rasterPoints(pixels, 20, 20, Float64Array.from(points.flat()), rgb, radius, alpha, hollow);
          expect(pixels).toStrictEqual(expected);
        },
      ),
    );
  });
});

describe('pointsBounds', () => {
  it('holds every pixel the marks touch: a layer cut to it and placed at its corner is the full-size layer', () => {
    const coordinate = fc.double({ min: -6, max: 36, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { maxLength: 30 }), fc.double({ min: 0.5, max: 4, noNaN: true }), (points, radius) => {
        const [width, height] = [30, 24];
        const xy = Float64Array.from(points.flat());
        const full = new Uint8ClampedArray(width * height * 4);
        rasterPoints(full, width, height, xy, 0x0072b2, radius, 0.6);
        const box = pointsBounds(xy, radius, width, height);
        const shifted = xy.map((v, i) => v - (i % 2 ? box.y : box.x));
        const cut = new Uint8ClampedArray(box.width * box.height * 4);
        rasterPoints(cut, box.width, box.height, shifted, 0x0072b2, radius, 0.6);
        const placed = new Uint8ClampedArray(width * height * 4);
        for (let y = 0; y < box.height; y++) placed.set(cut.subarray(y * box.width * 4, (y + 1) * box.width * 4), ((box.y + y) * width + box.x) * 4);
        expect(placed).toStrictEqual(full);
      }),
    );
  });
});
