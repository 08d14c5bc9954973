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
 * The width in pixels of text set in `font` (a CSS font without its family: "600 12px"), measured
 * as generously as the labels above, for a chart that shortens a long name to fit its room.
 */
export function measureFont(font: string): (text: string) => number {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const family = context ? getComputedStyle(document.documentElement).fontFamily || 'sans-serif' : '';
  const size = parseFloat(font.split(' ').pop()!);
  return (text) => {
    if (!context) return text.length * size * 0.62;
    context.font = `${font} ${family}`;
    return context.measureText(text).width * 1.05 + 2;
  };
}

export function measureText(): Measure {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const family = context ? getComputedStyle(document.documentElement).fontFamily || 'sans-serif' : '';
  return (text, kind, narrow = false) => {
    const { font, spacing } = FONTS[kind === 'quadrant' && narrow ? 'quadrantNarrow' : kind];
    if (!context) return text.length * parseFloat(font.split(' ').pop()!) * 0.62;
    context.font = `${font} ${family}`;
    return context.measureText(text).width * 1.05 + spacing * text.length + 2;
  };
}
