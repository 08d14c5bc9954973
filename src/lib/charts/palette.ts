/**
 * Twelve group colors, picked by measurement to stay apart for readers with
 * the common color-vision deficiencies: greedily from the Okabe–Ito and Paul
 * Tol palettes, each next color the one farthest (CIEDE2000) from those
 * already chosen, under normal vision and under simulated protanopia,
 * deuteranopia and tritanopia (Machado et al. 2009, full severity), leaving
 * out greys and any color darker than 2.4:1 against the dark theme. The
 * closest pair under any of the four differs by ΔE00 8.8 (palette.test.ts
 * checks it). Marks carry a thin outline, so the pale ones still read on white.
 *
 * Colors are given by a group's place in the whole dataset, so filtering
 * never repaints a group. With more than twelve groups the twelve largest keep
 * a color each and every other group is drawn in OTHER_COLOR, a grey no
 * group color uses; the legend says so.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#8C510A',
  '#B2ABD2',
  '#EEDD88',
  '#997700',
  '#CC79A7',
  '#EE6677',
  '#99DDFF',
  '#FFAABB',
  '#44BB99',
] as const;

/** The color of every group beyond the twelve largest. */
export const OTHER_COLOR = '#8A8A8A';

/**
 * A color per group. `counts` (statements per group) decides which twelve
 * keep a color when there are more groups than colors; without it, the first
 * twelve do.
 */
export function groupColors(groups: readonly string[], counts?: ReadonlyMap<string, number>): Map<string, string> {
  let colored: Set<string> | null = null;
  if (groups.length > PALETTE.length) {
    const bySize = counts ? [...groups].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b)) : groups;
    colored = new Set(bySize.slice(0, PALETTE.length));
  }
  const colors = new Map<string, string>();
  let next = 0;
  for (const group of groups) {
    colors.set(group, colored === null || colored.has(group) ? PALETTE[next++]! : OTHER_COLOR);
  }
  return colors;
}

/** The groups with a colour of their own, in the colour map's order. */
export function coloredGroups(colors: ReadonlyMap<string, string>): string[] {
  return [...colors].flatMap(([group, color]) => (color === OTHER_COLOR ? [] : [group]));
}

/** How many groups share OTHER_COLOR: of every group, or of the groups `among` (those shown). */
export function otherGroups(colors: ReadonlyMap<string, string>, among?: Iterable<string>): number {
  let n = 0;
  for (const color of among ? [...among].map((group) => colors.get(group)) : colors.values()) if (color === OTHER_COLOR) n++;
  return n;
}
