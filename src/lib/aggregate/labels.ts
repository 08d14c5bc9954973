/** The four labels a person can give a statement, and the model's label for it, so the two can be compared. */
import { quadrantOf, type Quadrant } from '../charts/quadrant';

export const LABELS = ['enthusiastic', 'concerned', 'mixed', 'neutral'] as const;
export type Label = (typeof LABELS)[number];

/**
 * Spellings seen in hand-labelled files. Numeric 1/-1 are included because
 * many sentiment datasets label polarity that way; 0 is neutral alongside them.
 */
const SPELLINGS: Record<string, Label> = {
  enthusiastic: 'enthusiastic',
  enthusiasm: 'enthusiastic',
  positive: 'enthusiastic',
  pos: 'enthusiastic',
  '+': 'enthusiastic',
  '1': 'enthusiastic',
  '+1': 'enthusiastic',
  concerned: 'concerned',
  concern: 'concerned',
  negative: 'concerned',
  neg: 'concerned',
  '-': 'concerned',
  '-1': 'concerned',
  mixed: 'mixed',
  both: 'mixed',
  conflicted: 'mixed',
  neutral: 'neutral',
  none: 'neutral',
  reserved: 'neutral',
  '0': 'neutral',
};

/** A label as a person or a file writes it, read case-insensitively with surrounding space trimmed; null when unreadable. */
export function readLabel(raw: string): Label | null {
  const key = raw.trim().toLowerCase();
  // hasOwn, so 'constructor' or '__proto__' in a file is unreadable rather than an object.
  return Object.hasOwn(SPELLINGS, key) ? SPELLINGS[key]! : null;
}

/** The chart's quadrants in the words a person labels with. */
const FROM_QUADRANT: Record<Quadrant, Label> = {
  enthusiastic: 'enthusiastic',
  concerned: 'concerned',
  conflicted: 'mixed',
  reserved: 'neutral',
};

/** The model's label for a statement: the quadrant it falls in on the chart, renamed. */
export function modelLabel(s: { enthusiasm: number; concern: number }): Label {
  return FROM_QUADRANT[quadrantOf(s.enthusiasm, s.concern)];
}
