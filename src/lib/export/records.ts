/** Scored statements as flat records, for the score command and the data exports. */
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

export function csvHeader(): string {
  return csvRow(CSV_FIELDS);
}

export function csvLine(s: Scored, label = s.label): string {
  const r = scoredRecord(s, label);
  return csvRow(CSV_FIELDS.map((field) => (field === 'explanation' ? explanationText(s.contributions) : r[field])));
}
