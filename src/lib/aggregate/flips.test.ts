import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadrantOf } from '../charts/quadrant';
import { findFlips, flipSummary, type FlipReport } from './flips';
import { scored } from './scored.fixture';
import { tableOf } from '../table/table.fixture';
import type { Scored } from '../types';

const flipsOf = (a: readonly Scored[], b: readonly Scored[]) => findFlips(tableOf(a), tableOf(b));

/*
 * Worked by hand (reserved below E + C = 2; a side at least twice the other leans):
 *   s1 great+3: enthusiastic, net 3, unchanged                → no flip
 *   s2 concerned (E0 C3, net −3) → + great+3 good+2: E5 C3     → conflicted, net 2
 *   s3 reserved (E1, net 1) → + worry−1.5: E1 C1.5             → conflicted, net −0.5
 *   s4 reserved (net 0) → ai+0.5                               → reserved, net 0.5 (0 → positive)
 *   s5 concerned (fear−2) → + hope+2: E2 C2                    → conflicted, net 0
 *   s6 only before, s7 only after                              → ignored
 * Moves: concerned → conflicted 2, then the single moves by 'from', then 'to'.
 */
const before = [
  scored('s1', 'A', [['great', 3]]),
  scored('s2', 'A', [['risk', -2], ['fear', -1]]),
  scored('s3', 'B', [['ok', 1]]),
  scored('s4', 'B', []),
  scored('s5', 'B', [['fear', -2]]),
  scored('s6', 'C', [['hope', 2]]),
];
const after = [
  scored('s5', 'B', [['fear', -2], ['hope', 2]]),
  scored('s1', 'A', [['great', 3]]),
  scored('s3', 'B', [['ok', 1], ['worry', -1.5]]),
  scored('s2', 'A', [['risk', -2], ['fear', -1], ['great', 3], ['good', 2]]),
  scored('s4', 'B', [['ai', 0.5]]),
  scored('s7', 'D', [['fear', -5]]),
];

describe('findFlips', () => {
  const report = flipsOf(before, after);

  it('finds quadrant moves and sign changes, in the order of `after`', () => {
    expect(report.flips.map((f) => [f.id, f.from, f.to, f.netBefore, f.netAfter])).toEqual([
      ['s5', 'concerned', 'conflicted', -2, 0],
      ['s3', 'reserved', 'conflicted', 1, -0.5],
      ['s2', 'concerned', 'conflicted', -3, 2],
      ['s4', 'reserved', 'reserved', 0, 0.5],
    ]);
    expect(report.flips[0]).toMatchObject({ group: 'B', text: 'fear hope' });
  });

  it('groups moves by count, then from, then to', () => {
    expect(report.moves).toEqual([
      { from: 'concerned', to: 'conflicted', count: 2 },
      { from: 'reserved', to: 'conflicted', count: 1 },
      { from: 'reserved', to: 'reserved', count: 1 },
    ]);
  });

  it('finds nothing when nothing changed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), { maxLength: 10 }), (pairs) => {
        const list = pairs.map(([e, c], i) => scored(`s${i}`, 'G', [['up', e], ['down', -c]]));
        expect(flipsOf(list, structuredClone(list))).toEqual({ flips: [], moves: [] });
      }),
    );
  });

  it('reports exactly the statements whose quadrant or sign changed', () => {
    const side = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(side, side, (x, y) => {
        const build = (pairs: [number, number][]) => pairs.map(([e, c], i) => scored(`s${i}`, 'G', [['up', e], ['down', -c]]));
        const r = flipsOf(build(x), build(y));
        const expected = x
          .map(([e, c], i) => [i, quadrantOf(e, c) !== quadrantOf(...y[i]!) || Math.sign(e - c) !== Math.sign(y[i]![0] - y[i]![1])] as const)
          .filter(([, changed]) => changed)
          .map(([i]) => `s${i}`);
        expect(r.flips.map((f) => f.id)).toEqual(expected);
        expect(r.moves.reduce((s, m) => s + m.count, 0)).toBe(r.flips.length);
      }),
    );
  });
});

describe('flipSummary', () => {
  it('says what moved, a sign change within a quadrant included', () => {
    expect(flipSummary(flipsOf(before, after))).toBe('4 statements moved: 2 concerned → conflicted, 1 reserved → conflicted, 1 reserved, net changed sign.');
  });

  it('says so when nothing moved, and uses the singular for one', () => {
    expect(flipSummary({ flips: [], moves: [] })).toBe('No statement changed quadrant or sign.');
    expect(flipSummary(flipsOf(before.slice(1, 2), after.slice(3, 4)))).toBe('1 statement moved: 1 concerned → conflicted.');
  });

  it('writes large counts with separators', () => {
    const flip = { id: 'x', group: 'G', text: '', from: 'reserved', to: 'enthusiastic', netBefore: 0, netAfter: 3 } as const;
    const report: FlipReport = { flips: Array(1234).fill(flip), moves: [{ from: 'reserved', to: 'enthusiastic', count: 1234 }] };
    expect(flipSummary(report)).toBe('1,234 statements moved: 1,234 reserved → enthusiastic.');
  });
});
