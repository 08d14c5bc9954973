import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dodge } from './dodge';
import { unitJitter } from './jitter';
import { devicePoints, statementPoints } from './points';
import type { Scored } from '../types';
import { QUADRANT_THRESHOLD, quadrantLayout, quadrantOf } from './quadrant';
import { formatCount, formatScore, formatSigned } from './format';

describe('quadrantOf', () => {
  it.each([
    [5, 0, 'enthusiastic'],
    [0, 5, 'concerned'],
    [4, 4, 'conflicted'],
    [1, 1, 'reserved'],
    [QUADRANT_THRESHOLD, 0, 'enthusiastic'],
  ] as const)('enthusiasm %d, concern %d is %s', (e, c, q) => {
    expect(quadrantOf(e, c)).toBe(q);
  });
});

describe('quadrantLayout', () => {
  it('shares one domain on both axes and covers the largest value', () => {
    const { x, y } = quadrantLayout(600, 400, 13, { top: 10, right: 10, bottom: 30, left: 40 });
    expect(x.domain()).toEqual(y.domain());
    expect(x.domain()[1]).toBeGreaterThanOrEqual(13);
    // Zero sits just inside the axes, so marks at 0 are not cut by them.
    expect(x(0)).toBeGreaterThan(40);
    expect(y(0)).toBeLessThan(370);
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

describe('statementPoints', () => {
  const layout = quadrantLayout(600, 400, 12, { top: 10, right: 10, bottom: 30, left: 40 });

  it('places each statement at its scores, moved by its unit offset times the radius', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), concern: fc.integer({ min: 0, max: 12 }), enthusiasm: fc.integer({ min: 0, max: 12 }) }), {
          maxLength: 20,
        }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (rows, radius) => {
          const points = statementPoints(rows as Scored[], layout, radius);
          expect(points.map((p) => p.statement)).toEqual(rows);
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
    const at = (id: string) => statementPoints([{ id, concern: 0, enthusiasm: 0 } as Scored], layout, 2.5)[0]!;
    expect([at('s001').cx, at('s001').cy]).toEqual([at('s001').cx, at('s001').cy]);
    expect([at('s001').cx, at('s001').cy]).not.toEqual([at('s002').cx, at('s002').cy]);
  });
});

describe('devicePoints', () => {
  it('holds statementPoints’ positions times the pixel ratio, as x, y pairs', () => {
    const layout = quadrantLayout(600, 400, 12, { top: 10, right: 10, bottom: 30, left: 40 });
    const statements = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, concern: i % 7, enthusiasm: (i * 3) % 11 }) as Scored);
    const xy = devicePoints(statements, layout, 2.5, 2);
    const points = statementPoints(statements, layout, 2.5);
    expect(Array.from(xy)).toStrictEqual(points.flatMap((p) => [p.cx * 2, p.cy * 2]));
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

  it('counts with a plural', () => {
    expect(formatCount(1, 'statement')).toBe('1 statement');
    expect(formatCount(1234, 'statement')).toBe('1,234 statements');
  });
});
