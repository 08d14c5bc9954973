/**
 * Test fixture, never imported by the app: the plain way of drawing the
 * canvas marks, each dot blended over the pixels in turn (source-over, on
 * non-premultiplied RGBA). raster.test.ts checks that the counted layers
 * (countMarks, stackedColors, paintCounts) paint exactly what this does.
 */

export interface Dot {
  x: number;
  y: number;
  /** Colour as 0xRRGGBB. */
  rgb: number;
}

/**
 * Blends each dot, `alpha` opaque, over the RGBA `pixels` of a `width` × `height` image.
 * Coordinates and radius are in device pixels; a hollow dot covers only its rim, at least
 * 1.5 device pixels wide, as the app's marks do.
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
  const r = Math.max(0.5, radius);
  const inner = hollow ? Math.max(0, r - Math.max(1.5, r / 2.5)) : 0;
  const covered = (dx: number, dy: number) => {
    const d = dx * dx + dy * dy;
    return d <= r * r && d > (hollow ? inner * inner : -1);
  };
  const reach = Math.ceil(r);
  for (const dot of dots) {
    const cx = Math.round(dot.x);
    const cy = Math.round(dot.y);
    const colour = [(dot.rgb >> 16) & 255, (dot.rgb >> 8) & 255, dot.rgb & 255];
    for (let dy = -reach; dy <= reach; dy++) {
      for (let dx = -reach; dx <= reach; dx++) {
        const px = cx + dx;
        const py = cy + dy;
        if (!covered(dx, dy) || px < 0 || py < 0 || px >= width || py >= height) continue;
        const i = (py * width + px) * 4;
        const below = pixels[i + 3]! / 255;
        const out = alpha + below * (1 - alpha);
        for (let c = 0; c < 3; c++) pixels[i + c] = colour[c]! * (alpha / out) + pixels[i + c]! * ((below * (1 - alpha)) / out);
        pixels[i + 3] = out * 255;
      }
    }
  }
}
