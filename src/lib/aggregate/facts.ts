/** What the page shows about a whole dataset: its groups, sources, largest score and the like. */
import { isInsufficient } from '../scoring/evidence';
import type { StatementTable } from '../table/table';

export interface DatasetFacts {
  /** Every group, in order of first appearance. */
  groups: string[];
  /** Every source named, sorted. */
  sources: string[];
  /** The largest enthusiasm or concern of any statement; 0 when there are none. */
  maxScore: number;
  /** Statements with insufficient evidence (see evidence.ts). */
  insufficient: number;
  /** Whether any statement is marked illustrative. */
  illustrative: boolean;
}

export function factsOf(table: StatementTable): DatasetFacts {
  let maxScore = 0;
  let insufficient = 0;
  const { enthusiasm, concern, words, scoredWords } = table;
  const evidence = { words: 0, scoredWords: 0 };
  for (let i = 0; i < table.length; i++) {
    if (enthusiasm[i]! > maxScore) maxScore = enthusiasm[i]!;
    if (concern[i]! > maxScore) maxScore = concern[i]!;
    evidence.words = words[i]!;
    evidence.scoredWords = scoredWords[i]!;
    if (isInsufficient(evidence)) insufficient++;
  }
  return {
    groups: [...table.group.values],
    sources: table.source.values.filter(Boolean).sort(),
    maxScore,
    insufficient,
    illustrative: table.provenance.values.includes('illustrative'),
  };
}
