import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceOf, evidenceText, MIN_COVERAGE } from './evidence';
import { createScorer } from './score';

const statement = (words: number, scoredWords: number) => ({ words, scoredWords });

describe('evidenceOf', () => {
  it.each([
    // words, scored, coverage, insufficient — worked out by hand
    [10, 0, 0, true],
    [0, 0, 0, true],
    [4, 1, 0.25, false],
    [20, 1, 0.05, false],
    [21, 1, 1 / 21, true],
    [40, 2, 0.05, false],
    [24, 3, 0.125, false],
  ])('%i words with %i scored: coverage %d, insufficient %s', (words, scored, coverage, insufficient) => {
    const e = evidenceOf(statement(words, scored));
    expect(e.coverage).toBeCloseTo(coverage, 10);
    expect(e.insufficient).toBe(insufficient);
  });

  it('is insufficient exactly when nothing scored or coverage is under the minimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 50 }), (words, extra) => {
        const scored = Math.min(words, extra);
        const e = evidenceOf(statement(words, scored));
        expect(e.coverage).toBeGreaterThanOrEqual(0);
        expect(e.coverage).toBeLessThanOrEqual(1);
        expect(e.insufficient).toBe(scored === 0 || scored / words < MIN_COVERAGE);
      }),
    );
  });
});

describe('evidenceText', () => {
  it('says how many words scored and what share', () => {
    expect(evidenceText(evidenceOf(statement(24, 3)))).toBe('3 of 24 words scored (13%)');
    expect(evidenceText(evidenceOf(statement(1, 1)))).toBe('1 of 1 word scored (100%)');
  });

  it('never counts more scored words than words, when a run of emoji scores once per emoji', () => {
    expect(evidenceText(evidenceOf(statement(3, 4)))).toBe('3 of 3 words scored (100%)');
    expect(evidenceText(evidenceOf(createScorer()('huge win 🎉🎉')))).toBe('3 of 3 words scored (100%)');
  });
});
