/**
 * Okabe–Ito colours, chosen to stay distinct under the common colour-vision
 * deficiencies, with its black replaced by a mid grey that shows on both the
 * light and the dark theme. Marks carry a thin outline, so the pale yellow
 * still reads on white. Colours are given by a group's place in the whole
 * dataset, so filtering never repaints a group.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#888888', '#F0E442'];

export function groupColors(groups: readonly string[]): Map<string, string> {
  return new Map(groups.map((group, i) => [group, PALETTE[i % PALETTE.length]!]));
}
