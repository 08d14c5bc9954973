import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dodge } from './dodge';
import { hashOf } from '../string-set';
import { jitterCodes, unitJitter, unitJitterOf } from './jitter';
import { keyboardOrder, planeOrder, planePoints, statementPoints } from './points';
import { selectedOf } from '../table/table.fixture';
import type { Scored } from '../types';
import { axisTicks, groupsDomain, QUADRANT_THRESHOLD, quadrantAt, quadrantLayout, quadrantOf, statementsDomain } from './quadrant';
import { scaleLinear } from 'd3-scale';
import { formatCount, formatInterval, formatScore, formatSigned, formatSignedInterval, formatTick } from './format';

describe('quadrantOf', () => {
  it.each([
    [5, 0, 'enthusiastic'],
    [0, 5, 'concerned'],
    [4, 4, 'conflicted'],
    [4, 2, 'enthusiastic'],
    [3.9, 2, 'conflicted'],
    [0.9, 1, 'reserved'],
    [QUADRANT_THRESHOLD, 0, 'enthusiastic'],
  ] as const)('enthusiasm %d, concern %d is %s', (e, c, q) => {
    expect(quadrantOf(e, c)).toBe(q);
  });
});

describe('quadrantLayout', () => {
  const margin = { top: 10, right: 10, bottom: 30, left: 40 };
  it('shares one square-root domain on both axes, clamped to it', () => {
    const { x, y } = quadrantLayout(600, 400, [0, 16], margin);
    expect(x.domain()).toEqual(y.domain());
    // Zero sits just inside the axes, so marks at 0 are not cut by them.
    expect(x(0)).toBeGreaterThan(40);
    expect(y(0)).toBeLessThan(370);
    // 4 is a quarter of 16, and half way along a square-root axis.
    expect(x(4) - x(0)).toBeCloseTo((x(16) - x(0)) / 2);
    expect(x(100)).toBe(x(16));
  });
});

describe('statementsDomain', () => {
  const at = (values: number[]) => values.map((v) => ({ enthusiasm: v, concern: 0 }));
  it.each([
    ['reaches twice the quadrant boundary when every score is small', at([0, 1, 1, 0.5]), 4],
    ['leaves out the longest 2% of scores', at([...Array<number>(98).fill(5), 35, 35]), 5],
    ['ends on a round number', at(Array<number>(100).fill(8.7)), 10],
  ])('%s', (_, statements, top) => {
    expect(statementsDomain(selectedOf(statements))).toStrictEqual([0, top]);
  });
});

describe('groupsDomain', () => {
  const mean = (e: number, c: number) => ({ meanEnthusiasm: e, meanConcern: c });
  it('holds every mean, and some of every quadrant', () => {
    const { x, y } = groupsDomain([mean(2.6, 1.1), mean(3.4, 1.5)]);
    for (const [[lo, hi], values] of [[y, [2.6, 3.4]], [x, [1.1, 1.5]]] as const) for (const v of values) expect(v > lo && v < hi).toBe(true);
    expect(quadrantAt(y[1], x[0])).toBe('enthusiastic');
    expect(quadrantAt(y[1], x[1]) === 'conflicted' || quadrantAt(Math.min(x[1], y[1]), Math.min(x[1], y[1])) === 'conflicted').toBe(true);
    expect(quadrantAt(y[0], x[1])).toBe('concerned');
    expect(quadrantAt(y[0], x[0])).toBe('reserved');
  });
  it('lets the means fill much of an axis when the quadrants allow', () => {
    const { y } = groupsDomain([mean(1.2, 1.5), mean(2.9, 1.9), mean(1.8, 2.6)]);
    expect((2.9 - 1.2) / (y[1] - y[0])).toBeGreaterThan(0.4);
  });
  it('never goes below zero', () => {
    expect(groupsDomain([mean(0.1, 0.2), mean(0.3, 0)]).x[0]).toBe(0);
  });
});

describe('axisTicks', () => {
  it('always has the quadrant boundary, and keeps ticks apart in pixels', () => {
    const { x } = quadrantLayout(600, 400, [0, 40], { top: 10, right: 10, bottom: 30, left: 40 });
    const ticks = axisTicks(x, 40);
    expect(ticks).toContain(QUADRANT_THRESHOLD);
    for (let k = 1; k < ticks.length; k++) expect(x(ticks[k]!) - x(ticks[k - 1]!)).toBeGreaterThanOrEqual(40);
  });
});

describe('dodge', () => {
  it('leaves well-spaced labels alone', () => {
    expect(dodge([10, 50, 90], 12, 0, 100)).toEqual([10, 50, 90]);
  });
  it('separates close labels by at least the gap, within bounds, keeping their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 10 }), (positions) => {
        const placed = dodge(positions, 14, 0, 300);
        const sorted = positions.map((p, i) => [p, placed[i]!] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        for (let k = 1; k < sorted.length; k++) expect(sorted[k]![1] - sorted[k - 1]![1]).toBeGreaterThan(13.9);
        for (const p of placed) expect(p).toBeGreaterThanOrEqual(-0.01);
        for (const p of placed) expect(p).toBeLessThanOrEqual(300.01);
      }),
    );
  });
});

describe('unitJitter', () => {
  const offset = (id: string) => {
    const out = new Float64Array(2);
    unitJitter(id, out);
    return [out[0]!, out[1]!];
  };

  it('is repeatable, differs between ids and stays within the unit circle', () => {
    expect(offset('s001')).toEqual(offset('s001'));
    expect(offset('s001')).not.toEqual(offset('s002'));
    for (const id of ['a', 'b', 'row-99', '']) expect(Math.hypot(...offset(id))).toBeLessThanOrEqual(1);
  });

  it('gives, to the last bit, the offset its formula gives computed directly (its tables change nothing)', () => {
    const direct = (id: string) => {
      let hash = 2166136261;
      for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
      const angle = ((hash >>> 0) % 3600) * (Math.PI / 1800);
      const distance = Math.sqrt(((hash >>> 12) % 1000) / 1000);
      return [Math.cos(angle) * distance, Math.sin(angle) * distance];
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (id) => {
        expect(offset(id)).toStrictEqual(direct(id));
      }),
    );
  });
});

describe('jitterCodes', () => {
  it('gives each id the offset the id itself gives, worked out once per id column', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 30 }), (ids) => {
        const codes = jitterCodes(ids);
        const [fromCode, fromId] = [new Float64Array(2), new Float64Array(2)];
        ids.forEach((id, i) => {
          unitJitterOf(codes[i]!, fromCode);
          unitJitter(id, fromId);
          expect(fromCode).toStrictEqual(fromId);
        });
        expect(jitterCodes(ids)).toBe(codes);
      }),
    );
  });

  it('gives the same codes from the ids’ hashes, as the table builder keeps them, as from the ids', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 30 }), (ids) => {
        const fromIds = jitterCodes([...ids]);
        expect(jitterCodes([...ids], Int32Array.from(ids, (id) => hashOf(id)))).toStrictEqual(fromIds);
      }),
    );
  });
});

describe('statementPoints', () => {
  const layout = quadrantLayout(600, 400, [0, 12], { top: 10, right: 10, bottom: 30, left: 40 });

  it('places each statement at its scores, moved by its unit offset times the radius', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string(), concern: fc.integer({ min: 0, max: 12 }), enthusiasm: fc.integer({ min: 0, max: 12 }) }), {
          maxLength: 20,
          selector: (r) => r.id,
        }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (rows, radius) => {
          const points = statementPoints(selectedOf(rows), layout, radius);
          expect(points.map(({ statement: { id, concern, enthusiasm } }) => ({ id, concern, enthusiasm }))).toEqual(rows);
          points.forEach((p, i) => {
            const out = new Float64Array(2);
            unitJitter(rows[i]!.id, out);
            expect(p.cx - layout.x(rows[i]!.concern)).toBeCloseTo(out[0]! * radius, 9);
            expect(p.cy - layout.y(rows[i]!.enthusiasm)).toBeCloseTo(out[1]! * radius, 9);
          });
        },
      ),
    );
  });

  it('gives two statements with the same scores and the same id the same place, and other ids another', () => {
    const at = (id: string) => statementPoints(selectedOf([{ id, concern: 0, enthusiasm: 0 }]), layout, 2.5)[0]!;
    expect([at('s001').cx, at('s001').cy]).toEqual([at('s001').cx, at('s001').cy]);
    expect([at('s001').cx, at('s001').cy]).not.toEqual([at('s002').cx, at('s002').cy]);
  });
});

describe('planePoints', () => {
  it('holds statementPoints’ positions times the pixel ratio, as x, y pairs', () => {
    const layout = quadrantLayout(600, 400, [0, 12], { top: 10, right: 10, bottom: 30, left: 40 });
    const selected = selectedOf(Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, concern: i % 7, enthusiasm: (i * 3) % 11 })));
    const xy = planePoints(selected.table, selected.rows, layout, 2.5, 2);
    const points = statementPoints(selected, layout, 2.5);
    expect(Array.from(xy)).toStrictEqual(points.flatMap((p) => [p.cx * 2, p.cy * 2]));
  });

  it('walks its marks in the order the SVG marks are walked', () => {
    const layout = quadrantLayout(600, 400, [0, 12], { top: 10, right: 10, bottom: 30, left: 40 });
    const selected = selectedOf(Array.from({ length: 50 }, (_, i) => ({ id: `s${i % 9}-${i}`, concern: i % 4, enthusiasm: i % 3 })));
    const points = statementPoints(selected, layout, 0);
    const order = planeOrder(planePoints(selected.table, selected.rows, layout, 0, 1));
    expect(Array.from(order, (k) => points[k]!.statement.id)).toEqual(keyboardOrder(points).map((p) => p.statement.id));
  });

  it('orders any marks as sorting them left to right, top to bottom, then by number does', () => {
    // Coarse places make piles and ties; fine ones fall into the same strip of x.
    const coordinate = fc.oneof(fc.integer({ min: 0, max: 6 }).map((v) => v * 10), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { maxLength: 200 }), (marks) => {
        const xy = Float64Array.from(marks.flat());
        const sorted = marks.map((_, k) => k).sort((a, b) => xy[2 * a]! - xy[2 * b]! || xy[2 * a + 1]! - xy[2 * b + 1]! || a - b);
        expect(Array.from(planeOrder(xy))).toEqual(sorted);
      }),
    );
  });
});

describe('formats', () => {
  it.each([
    [3, '3', '+3'],
    [2.25, '2.3', '+2.3'],
    [-2.25, '-2.3', '\u22122.3'],
    [0.04, '0', '0'],
    [-0.04, '0', '0'],
  ])('%d reads as %j and signed %j', (value, plain, signed) => {
    expect(formatScore(value)).toBe(plain);
    expect(formatSigned(value)).toBe(signed);
  });

  it('gives an axis enough decimals that no two of its ticks read alike', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 1e-4, max: 100, noNaN: true }), fc.integer({ min: 2, max: 10 }), (low, span, count) => {
        const ticks = scaleLinear().domain([low, low + span]).ticks(count);
        const labels = ticks.map((t) => formatTick(t, ticks));
        expect(new Set(labels).size).toBe(ticks.length);
      }),
    );
  });

  it('labels every tick of an axis but zero with the same decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 1e-4, max: 100, noNaN: true }), fc.integer({ min: 2, max: 10 }), (low, span, count) => {
        const ticks = scaleLinear().domain([low, low + span]).ticks(count);
        const decimals = ticks.map((t) => formatTick(t, ticks)).filter((label) => label !== '0').map((label) => label.split('.')[1]?.length ?? 0);
        expect(new Set(decimals).size).toBeLessThanOrEqual(1);
      }),
    );
  });

  it.each([
    [[0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12], ['0', '+0.02', '+0.04', '+0.06', '+0.08', '+0.10', '+0.12']],
    [[-1, -0.5, 0, 0.5, 1], ['\u22121.0', '\u22120.5', '0', '+0.5', '+1.0']],
    [[-10, 0, 10], ['\u221210', '0', '+10']],
  ])('ticks %j read %j', (ticks, labels) => {
    expect(ticks.map((t) => formatTick(t, ticks))).toEqual(labels);
  });

  it('gives a mean with its interval, or says there is none', () => {
    expect(formatInterval(2.3, 1.1, 3.5)).toBe('2.3 (1.1 to 3.5)');
    expect(formatSignedInterval(0.42, 0.31, 0.53)).toBe('+0.42 (+0.31 to +0.53)');
    // A group of one statement: no "+0.71 to +0.71" that reads like certainty.
    expect(formatInterval(0.7, NaN, NaN)).toBe('0.7 (n too small)');
    expect(formatSignedInterval(0.71, NaN, NaN)).toBe('+0.71 (n too small)');
  });

  it('counts with a plural', () => {
    expect(formatCount(1, 'statement')).toBe('1 statement');
    expect(formatCount(1234, 'statement')).toBe('1,234 statements');
  });
});
