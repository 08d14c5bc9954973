/**
 * Words for a report: a chart's title, subtitle, note and byline, kept in the
 * URL (`title`, `subtitle`, `note`, `byline`) so every link, embed, published
 * copy and download carries them. Each is one line of plain text, shown as
 * text, never markup; a link can make them no longer than a report needs.
 */
import { decodePart } from './decode';
import { repeatedNotices } from './repeated';

export interface ChartWords {
  title: string;
  subtitle: string;
  note: string;
  byline: string;
}

export const WORD_KEYS = ['title', 'subtitle', 'note', 'byline'] as const;
export type WordKey = (typeof WORD_KEYS)[number];

/** Longest text each may hold. */
export const WORD_LIMITS: Record<WordKey, number> = { title: 120, subtitle: 200, note: 500, byline: 120 };

export const NO_WORDS: ChartWords = { title: '', subtitle: '', note: '', byline: '' };

/** One line: control characters and line breaks become spaces, runs of spaces one. */
export function cleanWords(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ');
}

/**
 * Reads the words from a query string; a value that is unreadable or too long is dropped or cut, and
 * a word given twice is read from its first, each with a notice.
 */
export function parseWords(search: string): { words: ChartWords; notices: string[] } {
  const words: ChartWords = { ...NO_WORDS };
  const notices: string[] = [];
  const seen = new Set<string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    const key = decodeKey(at < 0 ? pair : pair.slice(0, at));
    if (!(WORD_KEYS as readonly string[]).includes(key) || seen.has(key)) continue;
    seen.add(key);
    const name = key as WordKey;
    let text: string;
    try {
      text = decodeURIComponent((at < 0 ? '' : pair.slice(at + 1)).replace(/\+/g, ' '));
    } catch {
      notices.push(`Ignored the ${name} in the link: it is not readable text.`);
      continue;
    }
    text = cleanWords(text).trim();
    if (text.length > WORD_LIMITS[name]) {
      notices.push(`Shortened the ${name} in the link to ${WORD_LIMITS[name]} characters.`);
      text = text.slice(0, WORD_LIMITS[name]).trim();
    }
    words[name] = text;
  }
  notices.push(...repeatedNotices(search, WORD_KEYS));
  return { words, notices };
}

/**
 * The query string with these words set (an empty one removed) and every other parameter kept.
 * Values are written as typed, spaces at the ends too, so a word being typed keeps its space.
 */
export function serializeWords(words: Partial<ChartWords>, search = ''): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair && !(WORD_KEYS as readonly string[]).includes(decodeKey(pair.split('=')[0]!)));
  for (const key of WORD_KEYS) {
    const value = cleanWords(words[key] ?? '').slice(0, WORD_LIMITS[key]);
    if (value.trim()) kept.push(`${key}=${encodeURIComponent(value)}`);
  }
  return kept.length ? `?${kept.join('&')}` : '';
}

/** A parameter's name as text, or as it stands when it cannot be read. */
function decodeKey(key: string): string {
  return decodePart(key) ?? key;
}
