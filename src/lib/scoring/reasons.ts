/** The words a receipt, a tooltip and a download use for a contribution's reasons. */
import type { Reason } from '../types';

export const REASON_LABELS: Readonly<Record<Reason, string>> = {
  lexicon: 'AFINN',
  emoji: 'emoji ranking',
  vader: 'VADER',
  own: 'our word list',
  domain: 'domain lexicon',
  derived: 'from its base word',
  negated: 'negated',
  intensified: 'intensified',
  contrast: 'after a contrast',
  concession: 'before a contrast, or conceded',
  emphasis: 'emphasised',
  hypothetical: 'wished for, not had',
  sarcasm: 'sarcasm',
  slang: 'slang praise',
};

/** "AFINN and VADER (mean), negated": where the weight came from, then the rules that shaped it. */
export function reasonText(reasons: readonly Reason[]): string {
  if (reasons[0] === 'lexicon' && reasons[1] === 'vader') {
    return ['AFINN and VADER (mean)', ...reasons.slice(2).map((r) => REASON_LABELS[r])].join(', ');
  }
  return reasons.map((r) => REASON_LABELS[r]).join(', ');
}
