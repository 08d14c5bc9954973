/**
 * How far the model agrees with a person's labels: overall, beyond chance
 * (Cohen's kappa), per group, and which words sat in the statements where
 * they disagree — the lexicon entries worth a look first.
 */
import type { Scored } from '../types';
import { LABELS, modelLabel, type Label } from './labels';

export interface GroupAgreement {
  group: string;
  labelled: number;
  agreed: number;
  share: number;
}

export interface DisagreementWord {
  word: string;
  /** disagreeing statements in which it scored */
  statements: number;
  /** sum of its signed weights there */
  weight: number;
}

export interface Agreement {
  /** Statements that have a label (only statements present in `statements` count). */
  labelled: number;
  agreed: number;
  /** agreed / labelled; 0 when labelled is 0. */
  share: number;
  /** Cohen's kappa over the four labels; null when labelled is 0 or expected agreement is 1. */
  kappa: number | null;
  /** matrix[i][j]: statements the person labelled LABELS[i] and the model LABELS[j]. */
  matrix: number[][];
  /** Groups in order of first appearance in `statements`, only those with ≥1 label. */
  byGroup: GroupAgreement[];
  /** Words that scored where the model and the person disagree: most statements first, then larger |weight|, then word. */
  words: DisagreementWord[];
  /** Disagreeing statements in which no word scored (the model said neutral for want of evidence). */
  unscored: number;
}

const DEFAULT_LIMIT = 12;

export function agreement(statements: readonly Scored[], labels: ReadonlyMap<string, Label>, limit = DEFAULT_LIMIT): Agreement {
  const matrix = LABELS.map(() => LABELS.map(() => 0));
  // Every group is registered on first sight, labelled or not, so byGroup keeps data order.
  const groups = new Map<string, GroupAgreement>();
  const words = new Map<string, DisagreementWord>();
  let labelled = 0;
  let agreed = 0;
  let unscored = 0;

  for (const s of statements) {
    let group = groups.get(s.group);
    if (!group) groups.set(s.group, (group = { group: s.group, labelled: 0, agreed: 0, share: 0 }));
    const person = labels.get(s.id);
    if (!person) continue;
    const model = modelLabel(s);
    matrix[LABELS.indexOf(person)]![LABELS.indexOf(model)]! += 1;
    labelled++;
    group.labelled++;
    if (person === model) {
      agreed++;
      group.agreed++;
      continue;
    }
    const scoring = s.contributions.filter((c) => c.weight !== 0);
    if (scoring.length === 0) unscored++;
    const seen = new Set<string>();
    for (const c of scoring) {
      const entry = words.get(c.token) ?? { word: c.token, statements: 0, weight: 0 };
      entry.weight += c.weight;
      // A word repeated in one statement is still one statement's evidence.
      if (!seen.has(c.token)) entry.statements++;
      seen.add(c.token);
      words.set(c.token, entry);
    }
  }

  const byGroup = [...groups.values()]
    .filter((g) => g.labelled > 0)
    .map((g) => ({ ...g, share: g.agreed / g.labelled }));
  const ranked = [...words.values()]
    .sort((a, b) => b.statements - a.statements || Math.abs(b.weight) - Math.abs(a.weight) || a.word.localeCompare(b.word))
    .slice(0, Math.max(0, limit));

  return {
    labelled,
    agreed,
    share: labelled ? agreed / labelled : 0,
    kappa: kappa(matrix, labelled, agreed),
    matrix,
    byGroup,
    words: ranked,
    unscored,
  };
}

/** (observed − expected) / (1 − expected), expected from the row and column totals; undefined when chance alone agrees fully. */
function kappa(matrix: number[][], n: number, agreed: number): number | null {
  if (n === 0) return null;
  let chance = 0;
  matrix.forEach((row, i) => {
    const rowTotal = row.reduce((sum, v) => sum + v, 0);
    const columnTotal = matrix.reduce((sum, r) => sum + r[i]!, 0);
    chance += rowTotal * columnTotal;
  });
  // Kept in whole counts until here, so "expected agreement is 1" is an exact test.
  if (chance === n * n) return null;
  const expected = chance / (n * n);
  return (agreed / n - expected) / (1 - expected);
}
