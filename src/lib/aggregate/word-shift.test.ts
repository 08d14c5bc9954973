import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scored } from './scored.fixture';
import { wordShift } from './word-shift';
import { selectedOf } from '../table/table.fixture';
import type { Scored } from '../types';

const shiftOf = (a: readonly Scored[], b: readonly Scored[], limit?: number) => wordShift(selectedOf(a), selectedOf(b), limit);

/*
 * Worked by hand.
 *   A (2 statements): great+3 risk−2 | great+2 fear−1          nets 1, 1   → mean 1
 *   B (4 statements): risk−2 | risk−2 great+1 | — | hope+2     nets −2, −1, 0, 2 → mean −0.25
 *   great: A 5/2 = 2.5,  B 1/4 = 0.25 → diff  2.25 (scored 2 and 1 times)
 *   fear:  A −1/2 = −0.5, B 0          → diff −0.5
 *   hope:  A 0,  B 2/4 = 0.5           → diff −0.5 (tie with fear, broken by word)
 *   risk:  A −2/2 = −1, B −4/4 = −1    → diff 0
 *   The diffs add up to 1.25 = 1 − (−0.25).
 */
const a = [
  scored('a1', 'A', [['great', 3], ['risk', -2]]),
  scored('a2', 'A', [['great', 2], ['fear', -1]]),
];
const b = [
  scored('b1', 'B', [['risk', -2]]),
  scored('b2', 'B', [['risk', -2], ['great', 1]]),
  scored('b3', 'B', []),
  scored('b4', 'B', [['hope', 2]]),
];

describe('wordShift', () => {
  it('gives each word’s share of each side’s mean net, as worked by hand', () => {
    expect(shiftOf(a, b)).toEqual({
      meanNetA: 1,
      meanNetB: -0.25,
      more: 0,
      rows: [
        { word: 'great', a: 2.5, b: 0.25, diff: 2.25, countA: 2, countB: 1 },
        { word: 'fear', a: -0.5, b: 0, diff: -0.5, countA: 1, countB: 0 },
        { word: 'hope', a: 0, b: 0.5, diff: -0.5, countA: 0, countB: 1 },
        { word: 'risk', a: -1, b: -1, diff: 0, countA: 1, countB: 2 },
      ],
    });
  });

  it('keeps the largest rows up to the limit and counts the rest', () => {
    const shift = shiftOf(a, b, 2);
    expect(shift.rows.map((r) => r.word)).toEqual(['great', 'fear']);
    expect(shift.more).toBe(2);
  });

  it('treats an empty side as all zeros', () => {
    const shift = shiftOf(a, []);
    expect(shift.meanNetB).toBe(0);
    expect(shift.rows[0]).toEqual({ word: 'great', a: 2.5, b: 0, diff: 2.5, countA: 2, countB: 0 });
    expect(shiftOf([], [])).toEqual({ rows: [], meanNetA: 0, meanNetB: 0, more: 0 });
  });

  it('does not mutate its input', () => {
    const copy = structuredClone([a, b]);
    shiftOf(a, b);
    expect([a, b]).toEqual(copy);
  });

  it('has diffs that add up to the gap between the mean nets', () => {
    const word = fc.tuple(fc.constantFrom('great', 'risk', 'fear', 'hope', 'fair'), fc.double({ min: -5, max: 5, noNaN: true }));
    const side = fc.array(fc.array(word, { maxLength: 5 }), { maxLength: 12 });
    fc.assert(
      fc.property(side, side, (x, y) => {
        const shift = shiftOf(
          x.map((w, i) => scored(`a${i}`, 'A', w)),
          y.map((w, i) => scored(`b${i}`, 'B', w)),
          Infinity,
        );
        const total = shift.rows.reduce((s, r) => s + r.diff, 0);
        expect(Math.abs(total - (shift.meanNetA - shift.meanNetB))).toBeLessThan(1e-9);
        expect(shift.more).toBe(0);
      }),
    );
  });
});
