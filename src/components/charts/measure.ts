/**
 * Text widths for the chart's label placement, measured on a canvas in the
 * fonts the stylesheet gives those texts (QuadrantNames: .quadrant; QuadrantGuides:
 * .parity-label; GroupMeans: .mean-label), a little generously so a measured box
 * always holds the drawn text. Without a DOM, a rough estimate.
 */
import type { Measure } from '../../lib/charts/guides';

const FONTS = {
  quadrant: { font: '600 12px', spacing: 0.72 },
  quadrantNarrow: { font: '600 9.5px', spacing: 0 },
  parity: { font: '11px', spacing: 0 },
  label: { font: '600 12.5px', spacing: 0 },
};

/**
 * The width in pixels of text set in `font` (a CSS font without its family: "600 12px") with
 * `spacing` pixels of letter spacing, measured as generously as the labels above, for a chart that
 * places a label or shortens a long name to fit its room.
 */
export function measureFont(font: string, spacing = 0): (text: string) => number {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const family = context ? getComputedStyle(document.documentElement).fontFamily || 'sans-serif' : '';
  const size = parseFloat(font.split(' ').pop()!);
  return (text) => {
    if (!context) return text.length * size * 0.62;
    context.font = `${font} ${family}`;
    return context.measureText(text).width * 1.05 + spacing * text.length + 2;
  };
}

export function measureText(): Measure {
  const widths = Object.fromEntries(Object.entries(FONTS).map(([kind, { font, spacing }]) => [kind, measureFont(font, spacing)])) as Record<
    keyof typeof FONTS,
    (text: string) => number
  >;
  return (text, kind, narrow = false) => widths[kind === 'quadrant' && narrow ? 'quadrantNarrow' : kind](text);
}
