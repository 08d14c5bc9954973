/** Scored statements as flat records, for the score command and the data exports. */
import { UniqueIds } from '../data/unique-ids';
import type { Contribution, Quadrant, Scored } from '../types';
import { reasonText } from '../scoring/reasons';
import { csvRow } from './csv';

/** Four decimals: enough for any weight the rules make, without float noise. */
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export interface ScoredRecord {
  id: string;
  group: string;
  speaker: string;
  source: string;
  date: string;
  url: string;
  provenance: string;
  /** A person's label (enthusiastic, concerned, mixed or neutral), or ''. */
  label: string;
  text: string;
  enthusiasm: number;
  concern: number;
  net: number;
  /** The length-fair overall score, −1 … 1. */
  polarity: number;
  /** enthusiastic, concerned, conflicted or reserved, as the chart names it. */
  quadrant: Quadrant;
  words: number;
  enthusiasmPerWord: number;
  concernPerWord: number;
  netPerWord: number;
  /** Each scored word: token, span, weight and why. */
  explanation: { token: string; start: number; end: number; weight: number; reasons: string[] }[];
}

export function scoredRecord(s: Scored, label = s.label): ScoredRecord {
  return {
    id: s.id,
    group: s.group,
    speaker: s.speaker,
    source: s.source,
    date: s.date,
    url: s.url,
    provenance: s.provenance,
    label,
    text: s.text,
    enthusiasm: round(s.enthusiasm),
    concern: round(s.concern),
    net: round(s.net),
    polarity: round(s.polarity),
    quadrant: s.quadrant,
    words: s.words,
    enthusiasmPerWord: round(s.enthusiasmPerWord),
    concernPerWord: round(s.concernPerWord),
    netPerWord: round(s.netPerWord),
    explanation: s.contributions.map((c) => ({ ...c, weight: round(c.weight), reasons: [...c.reasons] })),
  };
}

/** "worried −1.69 (AFINN and VADER (mean), negated); 🔥 +2 (our word list)" — the explanation in one readable cell. */
export function explanationText(contributions: readonly Contribution[]): string {
  return contributions
    .map((c) => {
      const weight = `${c.weight > 0 ? '+' : ''}${round(c.weight)}`;
      return `${c.token} ${weight} (${reasonText(c.reasons)})`;
    })
    .join('; ');
}

export const CSV_FIELDS = [
  'id', 'group', 'speaker', 'source', 'date', 'url', 'provenance', 'label', 'text', 'enthusiasm', 'concern', 'net', 'polarity', 'quadrant', 'words',
  'enthusiasmPerWord', 'concernPerWord', 'netPerWord', 'explanation',
] as const;

/** The columns this app scores anew: in a file that is an earlier download, they are stale, and are not written twice. */
const SCORE_FIELDS = new Set<string>(CSV_FIELDS.slice(CSV_FIELDS.indexOf('enthusiasm')));

/** The file's own columns as a download writes them, after ours. */
export interface ExtraColumns {
  /** Their names, a name one of ours (or an earlier one) already uses given " (2)". */
  names: string[];
  /** Where each sits in a statement's `extra`. */
  at: number[];
}

export const NO_EXTRA: ExtraColumns = { names: [], at: [] };

/** The download's extra columns, from the dataset's (see Statement.extra). */
export function extraColumns(columns: readonly string[]): ExtraColumns {
  const names = new UniqueIds();
  for (const field of CSV_FIELDS) names.take(field);
  const out: ExtraColumns = { names: [], at: [] };
  columns.forEach((column, i) => {
    if (SCORE_FIELDS.has(column)) return;
    out.names.push(names.take(column));
    out.at.push(i);
  });
  return out;
}

/** The statement's values in the extra columns, '' where it has none. */
export function extraValues(s: Scored, extra: ExtraColumns): string[] {
  const values = s.extra;
  return extra.at.map((i) => values?.[i] ?? '');
}

export function csvHeader(extra: ExtraColumns = NO_EXTRA): string {
  return csvRow([...CSV_FIELDS, ...extra.names]);
}

export function csvLine(s: Scored, label = s.label, extra: ExtraColumns = NO_EXTRA): string {
  const r = scoredRecord(s, label);
  const ours = CSV_FIELDS.map((field) => (field === 'explanation' ? explanationText(s.contributions) : r[field]));
  return csvRow(extra.at.length ? [...ours, ...extraValues(s, extra)] : ours);
}

/** The record with the file's own columns after ours; keys are defined, never assigned, so "__proto__" is a plain key. */
export function recordWithExtra(s: Scored, label: string, extra: ExtraColumns): Record<string, unknown> {
  const record = scoredRecord(s, label);
  if (!extra.at.length) return record as unknown as Record<string, unknown>;
  const values = extraValues(s, extra);
  return Object.fromEntries([...Object.entries(record), ...extra.names.map((name, i) => [name, values[i]] as const)]);
}
