/**
 * The method card: what a reader of an exported chart or file needs to judge
 * and reproduce it — the scoring model and its version, the lexicon (default,
 * or edited with a short hash of the edits), the filters, the number of
 * statements and the date. Every export, embed and print carries it.
 */
import type { LexiconEdits } from '../scoring/lexicon-edits';
import type { Filters } from '../types';

/** Bump when a change to the scorer's rules can change a score or the reasons its explanation gives (2.1: "concession", for a word weighed down before a contrast). */
export const MODEL_VERSION = '2.1';
/** The version of `sentiment` whose AFINN-165 lexicon the model builds on; a test checks it against the installed one. */
export const SENTIMENT_VERSION = '5.0.2';
export const MODEL = `Stakeholder Sentiment scorer ${MODEL_VERSION}: AFINN-165 and emoji (sentiment ${SENTIMENT_VERSION}), VADER's lexicon and our word list, with negation, intensifier, contrast, emphasis, wish, sarcasm and slang rules, a domain lexicon, and polarity as the length-fair measure`;

export interface MethodCard {
  model: string;
  /** "default", or "edited" with the number of changed words and a short hash of the edits. */
  lexicon: string;
  /** The filters in words, "none" when nothing is filtered. */
  filters: string;
  statements: number;
  dataset: string;
  /** YYYY-MM-DD, the day of the export. */
  date: string;
}

/**
 * Eight hex digits of FNV-1a over the edits in word order: two people with the
 * same edits see the same hash, so a reader can tell whether two charts used the same lexicon.
 */
export function lexiconHash(edits: LexiconEdits): string {
  const text = [...edits]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, weight]) => `${word}=${weight === null ? 'removed' : weight}`)
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function lexiconText(edits: LexiconEdits): string {
  if (edits.size === 0) return 'default domain lexicon';
  return `edited domain lexicon (${edits.size} word${edits.size === 1 ? '' : 's'} changed, #${lexiconHash(edits)})`;
}

const cut = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** "groups: Actors, Screenwriters; search: "jobs"; from 2024-03-01" — or "none". */
export function filtersText(filters: Filters): string {
  const parts: string[] = [];
  if (filters.groups !== null) {
    const shown = filters.groups.slice(0, 6).map((g) => cut(g, 40));
    const more = filters.groups.length > 6 ? ` and ${filters.groups.length - 6} more` : '';
    parts.push(filters.groups.length ? `groups: ${shown.join(', ')}${more}` : 'groups: none');
  }
  if (filters.q) parts.push(`search: "${cut(filters.q)}"`);
  if (filters.source) parts.push(`source: ${cut(filters.source)}`);
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  if (filters.region) {
    const [c0, c1, e0, e1] = filters.region.map((v) => Math.round(v * 100) / 100);
    parts.push(`region: concern ${c0}–${c1}, enthusiasm ${e0}–${e1}`);
  }
  if (filters.evidence === 'hide') parts.push('insufficient evidence hidden');
  if (filters.evidence === 'dim') parts.push('insufficient evidence dimmed');
  return parts.length ? parts.join('; ') : 'none';
}

export function methodCard(options: {
  edits: LexiconEdits;
  filters: Filters;
  statements: number;
  dataset: string;
  date: Date;
}): MethodCard {
  return {
    model: MODEL,
    lexicon: lexiconText(options.edits),
    filters: filtersText(options.filters),
    statements: options.statements,
    dataset: options.dataset,
    date: options.date.toISOString().slice(0, 10),
  };
}

/** The card as labelled lines, for images, print and screen. */
export function methodLines(card: MethodCard): [string, string][] {
  return [
    ['Model', card.model],
    ['Lexicon', card.lexicon],
    ['Filters', card.filters],
    ['Statements', `${card.statements.toLocaleString('en-US')} from ${card.dataset}`],
    ['Date', card.date],
  ];
}

/** The card on one line, for a CSV comment row. */
export function methodText(card: MethodCard): string {
  return methodLines(card)
    .map(([label, value]) => `${label}: ${value}`)
    .join(' | ');
}
