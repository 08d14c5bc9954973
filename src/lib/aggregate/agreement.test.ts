import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreement } from './agreement';
import { LABELS, type Label } from './labels';
import { scored } from './scored.fixture';

/*
 * Worked by hand. Model labels follow the quadrant (threshold 2):
 *   s1 A great+3               → enthusiastic; person enthusiastic  agree
 *   s6 C ok+1                  → neutral;      no label (C first seen here)
 *   s2 A fear−2 risk−2         → concerned;    person mixed         disagree
 *   s3 B (no words)            → neutral;      person concerned     disagree, unscored
 *   s4 B replace−2 ×2, good+3  → mixed;        person concerned     disagree
 *   s5 A fear−3                → concerned;    person concerned     agree
 *   s7 B hope+2                → enthusiastic; no label
 *   s8 C fear−1                → neutral;      person concerned     disagree
 * Labelled 6, agreed 2. Rows (person) E,C,M,N = 1,4,1,0; columns (model) = 1,2,1,2.
 * Expected agreement (1·1 + 4·2 + 1·1 + 0·2)/36 = 10/36; observed 12/36; κ = (2/36)/(26/36) = 1/13.
 * Disagreement words: fear in s2 and s8 (2 statements, −3); replace once (−4, counted once); good (+3); risk (−2).
 */
const statements = [
  scored('s1', 'A', [['great', 3]]),
  scored('s6', 'C', [['ok', 1]]),
  scored('s2', 'A', [['fear', -2], ['risk', -2]]),
  scored('s3', 'B', []),
  scored('s4', 'B', [['replace', -2], ['replace', -2], ['good', 3]]),
  scored('s5', 'A', [['fear', -3]]),
  scored('s7', 'B', [['hope', 2]]),
  scored('s8', 'C', [['fear', -1]]),
];
const labels = new Map<string, Label>([
  ['s1', 'enthusiastic'],
  ['s2', 'mixed'],
  ['s3', 'concerned'],
  ['s4', 'concerned'],
  ['s5', 'concerned'],
  ['s8', 'concerned'],
  ['ghost', 'neutral'], // not among the statements: ignored
]);

describe('agreement', () => {
  const result = agreement(statements, labels);

  it('counts agreement and kappa as worked by hand', () => {
    expect(result).toMatchObject({ labelled: 6, agreed: 2, unscored: 1 });
    expect(result.share).toBeCloseTo(1 / 3, 12);
    expect(result.kappa).toBeCloseTo(1 / 13, 12);
  });

  it('fills the confusion matrix with the person in rows and the model in columns', () => {
    expect(result.matrix).toEqual([
      [1, 0, 0, 0],
      [0, 1, 1, 2],
      [0, 1, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('lists groups in order of first appearance, only those with a label', () => {
    expect(result.byGroup).toEqual([
      { group: 'A', labelled: 3, agreed: 2, share: 2 / 3 },
      { group: 'C', labelled: 1, agreed: 0, share: 0 },
      { group: 'B', labelled: 2, agreed: 0, share: 0 },
    ]);
  });

  it('ranks disagreement words by statements, then |weight|, then word, up to the limit', () => {
    expect(result.words).toEqual([
      { word: 'fear', statements: 2, weight: -3 },
      { word: 'replace', statements: 1, weight: -4 },
      { word: 'good', statements: 1, weight: 3 },
      { word: 'risk', statements: 1, weight: -2 },
    ]);
    expect(agreement(statements, labels, 2).words.map((w) => w.word)).toEqual(['fear', 'replace']);
  });

  it('has no kappa without labels, or when chance alone would agree fully', () => {
    const none = agreement(statements, new Map());
    expect(none).toMatchObject({ labelled: 0, agreed: 0, share: 0, kappa: null, byGroup: [], words: [], unscored: 0 });
    // Both say neutral for both statements: expected agreement is 1.
    const flat = agreement([scored('x', 'A', []), scored('y', 'A', [['ok', 1]])], new Map([['x', 'neutral'], ['y', 'neutral']]));
    expect(flat).toMatchObject({ share: 1, kappa: null });
  });

  it('gives kappa 1 for perfect agreement over two labels', () => {
    // Expected (1·1 + 1·1)/4 = 1/2, observed 1: κ = 1.
    const perfect = agreement([scored('x', 'A', [['great', 3]]), scored('y', 'A', [])], new Map([['x', 'enthusiastic'], ['y', 'neutral']]));
    expect(perfect.kappa).toBe(1);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(statements);
    agreement(statements, labels);
    expect(statements).toEqual(before);
  });

  it('keeps its totals consistent for any labelling', () => {
    const weight = fc.integer({ min: -4, max: 4 });
    const words = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), weight), { maxLength: 4 });
    const row = fc.tuple(fc.constantFrom('G', 'H'), words, fc.option(fc.constantFrom(...LABELS)));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const list = rows.map(([group, w], i) => scored(`s${i}`, group, w));
        const given = new Map<string, Label>();
        rows.forEach(([, , label], i) => label && given.set(`s${i}`, label));
        const r = agreement(list, given);
        expect(r.matrix.flat().reduce((s, v) => s + v, 0)).toBe(r.labelled);
        expect(r.matrix.reduce((s, row, i) => s + row[i]!, 0)).toBe(r.agreed);
        expect(r.byGroup.reduce((s, g) => s + g.labelled, 0)).toBe(r.labelled);
        if (r.kappa !== null) expect(r.kappa).toBeLessThanOrEqual(1 + 1e-12);
        for (const w of r.words) expect(w.statements).toBeLessThanOrEqual(r.labelled - r.agreed - r.unscored);
      }),
    );
  });
});
