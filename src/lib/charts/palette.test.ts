import { describe, expect, it } from 'vitest';
import { coloredGroups, groupColors, OTHER_COLOR, otherGroups, PALETTE } from './palette';

// Color science for the checks below: sRGB to CIELAB, CIEDE2000, and the Machado et al. (2009)
// full-severity simulations of protanopia, deuteranopia and tritanopia.
const VISION: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linear = (hex: string) => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
const seen = (hex: string, m: number[][]) => {
  const l = linear(hex);
  return m.map((row) => Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)));
};
function lab([r, g, b]: number[]): [number, number, number] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
function ciede2000([L1, a1, b1]: number[], [L2, a2, b2]: number[]): number {
  const rad = Math.PI / 180;
  const cBar = (Math.hypot(a1!, b1!) + Math.hypot(a2!, b2!)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const [p1, p2] = [a1! * (1 + g), a2! * (1 + g)];
  const [c1, c2] = [Math.hypot(p1, b1!), Math.hypot(p2, b2!)];
  const hue = (b: number, a: number) => ((Math.atan2(b, a) / rad) + 360) % 360;
  const [h1, h2] = [hue(b1!, p1), hue(b2!, p2)];
  let dh = h2 - h1;
  if (c1 * c2 === 0) dh = 0;
  else if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh * rad) / 2);
  const lBar = (L1! + L2!) / 2;
  const cpBar = (c1 + c2) / 2;
  const hBar = c1 * c2 === 0 ? h1 + h2 : Math.abs(h1 - h2) > 180 ? (h1 + h2 + 360) / 2 : (h1 + h2) / 2;
  const t = 1 - 0.17 * Math.cos((hBar - 30) * rad) + 0.24 * Math.cos(2 * hBar * rad) + 0.32 * Math.cos((3 * hBar + 6) * rad) - 0.2 * Math.cos((4 * hBar - 63) * rad);
  const rc = 2 * Math.sqrt(cpBar ** 7 / (cpBar ** 7 + 25 ** 7));
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hBar - 275) / 25) ** 2)) * rad) * rc;
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const [sc, sh] = [1 + 0.045 * cpBar, 1 + 0.015 * cpBar * t];
  const [dl, dc] = [(L2! - L1!) / sl, (c2 - c1) / sc];
  return Math.sqrt(dl ** 2 + dc ** 2 + (dH / sh) ** 2 + rt * dc * (dH / sh));
}
const luminance = (hex: string) => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('PALETTE', () => {
  it.each(Object.keys(VISION))('keeps every pair of its twelve colors at least ΔE00 8 apart under %s', (vision) => {
    const m = VISION[vision]!;
    let closest = Infinity;
    for (let i = 0; i < PALETTE.length; i++)
      for (let j = i + 1; j < PALETTE.length; j++) closest = Math.min(closest, ciede2000(lab(seen(PALETTE[i]!, m)), lab(seen(PALETTE[j]!, m))));
    expect(closest).toBeGreaterThan(8);
  });

  it('stands out from the dark theme background, and the grey for other groups from every color', () => {
    for (const color of PALETTE) expect(contrast(color, '#121820')).toBeGreaterThan(2.4);
    for (const color of PALETTE) expect(ciede2000(lab(linear(color)), lab(linear(OTHER_COLOR)))).toBeGreaterThan(8);
  });
});

describe('groupColors', () => {
  it('gives each of twelve groups its own color, in the dataset order', () => {
    const groups = Array.from({ length: 12 }, (_, i) => `g${i}`);
    const colors = groupColors(groups);
    expect(new Set(colors.values()).size).toBe(12);
    expect(colors.get('g0')).toBe(PALETTE[0]);
    expect(otherGroups(colors)).toBe(0);
  });

  it('beyond twelve groups, keeps the colors for the twelve largest and draws the rest grey', () => {
    const groups = Array.from({ length: 15 }, (_, i) => `g${i}`);
    // g0, g1 and g2 are the smallest.
    const counts = new Map(groups.map((g, i) => [g, i < 3 ? 1 : 100 + i]));
    const colors = groupColors(groups, counts);
    expect(['g0', 'g1', 'g2'].map((g) => colors.get(g))).toStrictEqual([OTHER_COLOR, OTHER_COLOR, OTHER_COLOR]);
    expect(colors.get('g3')).toBe(PALETTE[0]);
    expect(new Set(groups.slice(3).map((g) => colors.get(g))).size).toBe(12);
    expect(otherGroups(colors)).toBe(3);
  });

  it('lists the groups with a color of their own, in the dataset order, and not the grey ones', () => {
    const groups = Array.from({ length: 14 }, (_, i) => `g${i}`);
    const counts = new Map(groups.map((g, i) => [g, i === 5 || i === 9 ? 1 : 100]));
    expect(coloredGroups(groupColors(groups, counts))).toStrictEqual(groups.filter((g) => g !== 'g5' && g !== 'g9'));
  });

  it('counts the grey groups among those shown, so a filter that hides some does not count them', () => {
    const groups = Array.from({ length: 15 }, (_, i) => `g${i}`);
    const colors = groupColors(groups, new Map(groups.map((g, i) => [g, i < 3 ? 1 : 100 + i])));
    expect(otherGroups(colors, ['g0', 'g3', 'g4'])).toBe(1);
    expect(otherGroups(colors, [])).toBe(0);
  });
});
