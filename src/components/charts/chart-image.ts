/**
 * The chart on screen as a standalone SVG file, exactly as seen: its SVG
 * layers cloned with their computed colors and fonts written inline, a
 * canvas layer (large selections) as an embedded image, a title above and a
 * source line below. And that SVG drawn at 2× into a PNG.
 */

import { xmlEscape as escapeText, xmlSafe } from '../../lib/export/xml';

/** Presentation properties copied from the page's stylesheet onto each exported element. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'letter-spacing',
];

const TITLE_HEIGHT = 34;
const SOURCE_HEIGHT = 26;
/** Method card lines under the source line, in 11 px type. */
const NOTE_LINE = 15;
/** Rough width of a character of 11 px sans-serif, to wrap the card's lines. */
const CHAR_WIDTH = 6.2;

/** Words wrapped into lines of at most `chars` characters (a longer word gets a line of its own). */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}


function inlineStyles(source: Element, copy: Element) {
  const style = getComputedStyle(source);
  for (const property of PROPERTIES) copy.setAttribute(property, style.getPropertyValue(property));
  if (style.getPropertyValue('text-transform') === 'uppercase' && copy.tagName === 'text') {
    copy.textContent = (copy.textContent ?? '').toUpperCase();
  }
  // The computed values above include any inline style, written as attributes a strict CSP allows.
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  copy.removeAttribute('tabindex');
  copy.removeAttribute('role');
  copy.removeAttribute('aria-label');
  copy.removeAttribute('aria-pressed');
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i]!, copy.children[i]!);
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/** A report's words beside the title: a subtitle under it, a note and a byline under the chart. */
export interface ImageWords {
  subtitle?: string;
  note?: string;
  byline?: string;
}

/** Subtitle, note and byline lines, in 13 px and 12 px type. */
const SUBTITLE_LINE = 18;
const WORDS_LINE = 16;

/** Height of a row of the colour legend, and the room a swatch and its gap take. */
const LEGEND_ROW = 18;
const SWATCH = 18;

/**
 * The colour legend as rows of swatches and names, wrapped to `width`: the groups whose means the
 * chart marks (their marks carry data-mean-of and their colour), as on screen.
 */
function legendRows(figure: HTMLElement, width: number): { name: string; color: string; x: number; row: number }[] {
  const entries = [...figure.querySelectorAll<SVGElement>('[data-mean-of]')].map((mark) => ({
    name: mark.dataset.meanOf ?? '',
    color: mark.getAttribute('fill') ?? '#888888',
  }));
  let x = 8;
  let row = 0;
  return entries.map((entry) => {
    const room = SWATCH + entry.name.length * CHAR_WIDTH + 14;
    if (x > 8 && x + room > width - 8) [x, row] = [8, row + 1];
    const placed = { ...entry, x, row };
    x += room;
    return placed;
  });
}

/**
 * Runs `make` with the page in the light theme unless the reader picked dark: a download goes into
 * reports, printed or on white pages, whatever the system's theme on the day.
 */
export function inExportTheme<T>(make: () => T): T {
  const root = document.documentElement;
  const picked = root.dataset.theme;
  if (picked === 'dark') return make();
  root.dataset.theme = 'light';
  try {
    return make();
  } finally {
    if (picked === undefined) delete root.dataset.theme;
    else root.dataset.theme = picked;
  }
}

/**
 * Serialises the chart frame inside `figure` with a title, a report's words, its colour legend, the chart's
 * note on what it leaves out or moves, a source line and the method card's lines.
 */
export function chartSvg(
  figure: HTMLElement,
  title: string,
  source: string,
  card: [string, string][] = [],
  words: ImageWords = {},
): ChartImage {
  const frame = figure.querySelector<HTMLElement>('.frame')!;
  const width = Math.round(frame.clientWidth);
  const chartHeight = Math.round(frame.clientHeight);
  const chars = Math.max(30, Math.floor((width - 16) / CHAR_WIDTH));
  const notes = card.flatMap(([label, value]) => wrapText(`${label}: ${value}`, chars));
  const subtitle = words.subtitle ? wrapText(words.subtitle, Math.floor(chars * 0.85)) : [];
  const lines = (kind: string, text = '') => (text ? wrapText(text, Math.floor(chars * 0.9)).map((line) => [kind, line] as const) : []);
  // What the chart itself says it leaves out or moves (QuadrantFitNote), then the report's own words.
  // Its legend holds only the marked groups, so the clause about the page's legend of every group stays behind.
  const note = figure.querySelector('.fit-note')?.cloneNode(true) as HTMLElement | undefined;
  note?.querySelectorAll('.legend-clause').forEach((clause) => clause.remove());
  const fitNote = note?.textContent?.replace(/\s+/g, ' ').trim();
  const after = [...lines('fit-note', fitNote), ...lines('note', words.note), ...lines('byline', words.byline)];
  const legend = legendRows(figure, width);
  const legendHeight = legend.length ? (Math.max(...legend.map((l) => l.row)) + 1) * LEGEND_ROW + 6 : 0;
  const top = TITLE_HEIGHT + subtitle.length * SUBTITLE_LINE;
  const legendTop = top + chartHeight;
  const below = legendTop + legendHeight + after.length * WORDS_LINE + (after.length ? 6 : 0);
  const height = below + SOURCE_HEIGHT + notes.length * NOTE_LINE;
  const style = getComputedStyle(figure);
  const layers: string[] = [];
  for (const layer of frame.querySelectorAll<Element>(':scope > svg, :scope > canvas')) {
    if (layer instanceof HTMLCanvasElement) {
      layers.push(`<image href="${layer.toDataURL('image/png')}" width="${width}" height="${chartHeight}"/>`);
    } else if (!layer.classList.contains('rings')) {
      const copy = layer.cloneNode(true) as Element;
      inlineStyles(layer, copy);
      // Serialised as XML, so any text from the data is escaped in the file; the serialiser keeps
      // control characters, which XML forbids, so they are replaced too.
      const serializer = new XMLSerializer();
      layers.push(`<g>${[...copy.children].map((child) => xmlSafe(serializer.serializeToString(child))).join('')}</g>`);
    }
  }
  const font = style.getPropertyValue('font-family');
  const text = style.getPropertyValue('color');
  // The resolved colour: the theme's variables hold light-dark() pairs, which a standalone file cannot resolve.
  const background = getComputedStyle(document.body).backgroundColor || '#ffffff';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeText(font)}">`,
    `<title>${escapeText(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    `<text x="8" y="22" font-size="16" font-weight="600" fill="${text}">${escapeText(title)}</text>`,
    ...subtitle.map(
      (line, i) => `<text class="subtitle" x="8" y="${TITLE_HEIGHT + i * SUBTITLE_LINE + 8}" font-size="13" fill="${text}" opacity="0.8">${escapeText(line)}</text>`,
    ),
    `<g transform="translate(0 ${top})">${layers.join('')}</g>`,
    ...legend.map((l) => {
      const y = legendTop + 4 + l.row * LEGEND_ROW;
      return (
        `<g class="legend-entry"><rect x="${l.x}" y="${y + 3}" width="11" height="11" rx="2" fill="${escapeText(l.color)}" stroke="${text}" stroke-opacity="0.5"/>` +
        `<text x="${l.x + SWATCH - 3}" y="${y + 13}" font-size="12" fill="${text}">${escapeText(l.name)}</text></g>`
      );
    }),
    ...after.map(
      ([kind, line], i) =>
        `<text class="${kind}" x="8" y="${legendTop + legendHeight + (i + 1) * WORDS_LINE}" font-size="12" fill="${text}">${escapeText(line)}</text>`,
    ),
    `<text x="8" y="${below + SOURCE_HEIGHT - 9}" font-size="11" fill="${text}" opacity="0.75">${escapeText(source)}</text>`,
    ...notes.map(
      (line, i) =>
        `<text class="method" x="8" y="${below + SOURCE_HEIGHT + (i + 1) * NOTE_LINE - 4}" font-size="11" fill="${text}" opacity="0.75">${escapeText(line)}</text>`,
    ),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** The SVG drawn at `scale` times its size into a PNG. */
export async function chartPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name, through the browser's own download. */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
