import { describe, expect, it } from 'vitest';
import type { Reason } from '../types';
import fc from 'fast-check';
import { meanInterval, tCritical95 } from './interval';
import { GroupStatsBuilder, groupCounts, groupStats } from './groups';
import { applyFilters } from './filter';
import { unpackScored } from '../scoring/pack';
import { packScored } from '../scoring/pack.fixture';

const row = (group: string, enthusiasm: number, concern: number) => ({
  group,
  enthusiasm,
  concern,
  net: enthusiasm - concern,
});

describe('meanInterval', () => {
  it('matches a worked example: 2, 4, 6 → 4 ± 4.303·2/√3', () => {
    const { low, high } = meanInterval([2, 4, 6]);
    expect(low).toBeCloseTo(4 - (4.303 * 2) / Math.sqrt(3), 6);
    expect(high).toBeCloseTo(4 + (4.303 * 2) / Math.sqrt(3), 6);
  });

  it('collapses to the value for one statement, and is empty for none', () => {
    expect(meanInterval([3])).toEqual({ low: 3, high: 3 });
    expect(Number.isNaN(meanInterval([]).low)).toBe(true);
  });

  it('always contains the mean and narrows toward 1.96 for large samples', () => {
    expect(tCritical95(1000)).toBeCloseTo(1.962, 2);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 }), (values) => {
        const mean = values.reduce((s, v) => s + v, 0) / values.length;
        const { low, high } = meanInterval(values);
        expect(low).toBeLessThanOrEqual(mean + 1e-9);
        expect(high).toBeGreaterThanOrEqual(mean - 1e-9);
      }),
    );
  });

  it('gives, one value at a time, the interval a second pass over the values gives', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2, maxLength: 200 }), (values) => {
        const n = values.length;
        const mean = values.reduce((s, v) => s + v, 0) / n;
        const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
        const half = (tCritical95(n - 1) * sd) / Math.sqrt(n);
        const { low, high } = meanInterval(values);
        expect(low).toBeCloseTo(mean - half, 9);
        expect(high).toBeCloseTo(mean + half, 9);
      }),
    );
  });
});

describe('groupStats', () => {
  const rows = [row('Actors', 0, 3), row('Actors', 2, 1), row('Actors', 0, 0), row('Studios', 4, 0)];

  it('gives count, means and shares per group', () => {
    const [actors, studios] = groupStats(rows);
    expect(actors).toMatchObject({ group: 'Actors', count: 3, meanEnthusiasm: 2 / 3, meanConcern: 4 / 3 });
    expect(actors!.meanNet).toBeCloseTo(-2 / 3);
    expect([actors!.sharePositive, actors!.shareNegative, actors!.shareNeutral]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(studios).toMatchObject({ count: 1, meanNet: 4, sharePositive: 1 });
  });

  it('names the words that drive each group’s enthusiasm and concern', () => {
    const c = (token: string, weight: number) => ({ token, start: 0, end: 1, weight, reasons: ['lexicon' as const] });
    const [writers] = groupStats([
      { ...row('Writers', 3, 4), contributions: [c('great', 3), c('replace', -2), c('fear', -2)] },
      { ...row('Writers', 0, 2), contributions: [c('replace', -2)] },
    ]);
    expect(writers!.topEnthusiasm).toEqual([{ word: 'great', total: 3, count: 1 }]);
    expect(writers!.topConcern).toEqual([
      { word: 'replace', total: 4, count: 2 },
      { word: 'fear', total: 2, count: 1 },
    ]);
  });

  it('follows a given group order and leaves out empty groups', () => {
    expect(groupStats(rows, ['Studios', 'Writers', 'Actors']).map((g) => g.group)).toEqual(['Studios', 'Actors']);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(rows);
    groupStats(rows);
    expect(rows).toEqual(before);
  });

  it('counts statements per group, including groups named like prototype keys', () => {
    const counts = groupCounts([{ group: '__proto__' }, { group: '__proto__' }, { group: 'constructor' }]);
    expect([...counts]).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
    ]);
  });
});

describe('applyFilters', () => {
  const base = { text: '', speaker: '', source: '', date: '', words: 4, scored: 1 };
  const rows = [
    { ...row('A', 1, 0), ...base, text: 'Fair pay for writers', source: 'Podcast', date: '2024-03-01' },
    { ...row('B', 0, 1), ...base, text: 'Jobs at risk', speaker: 'Writer', date: '2024-04-02' },
    { ...row('C', 0, 0), ...base, text: 'No date here', words: 3, scored: 0 },
  ];

  it('leaves out statements with insufficient evidence only when asked to hide them', () => {
    expect(applyFilters(rows, { groups: null, evidence: 'hide' }).map((r) => r.group)).toEqual(['A', 'B']);
    expect(applyFilters(rows, { groups: null, evidence: 'dim' })).toHaveLength(3);
  });

  it('searches text, speaker and source in any case, and filters by source and dates', () => {
    expect(applyFilters(rows, { groups: null, q: 'PAY' }).map((r) => r.group)).toEqual(['A']);
    expect(applyFilters(rows, { groups: null, q: 'writer' }).map((r) => r.group)).toEqual(['A', 'B']);
    expect(applyFilters(rows, { groups: null, source: 'Podcast' }).map((r) => r.group)).toEqual(['A']);
    expect(applyFilters(rows, { groups: null, from: '2024-03-15' }).map((r) => r.group)).toEqual(['B']);
    expect(applyFilters(rows, { groups: null, to: '2024-03-01' }).map((r) => r.group)).toEqual(['A']);
    expect(applyFilters(rows, { groups: null, region: [0.5, 2, 0, 0] }).map((r) => r.group)).toEqual(['B']);
  });

  it('keeps every statement when no groups are set', () => {
    expect(applyFilters(rows, { groups: null })).toHaveLength(3);
  });
  it('keeps only the listed groups, and none for an empty list', () => {
    expect(applyFilters(rows, { groups: ['A', 'C'] }).map((r) => r.group)).toEqual(['A', 'C']);
    expect(applyFilters(rows, { groups: [] })).toEqual([]);
  });
});

describe('GroupStatsBuilder', () => {
  const contribution = fc.record(
    {
      token: fc.constantFrom('great', 'replace', 'fear', 'love', 'risk'),
      start: fc.constant(0),
      end: fc.constant(1),
      weight: fc.double({ min: -5, max: 5, noNaN: true }),
      reasons: fc.constant<Reason[]>(['lexicon']),
    },
    { noNullPrototype: true },
  );
  const scoredRow = fc
    .record(
      {
        group: fc.constantFrom('Actors', 'Studios', 'Writers', '__proto__'),
        enthusiasm: fc.double({ min: 0, max: 20, noNaN: true }),
        concern: fc.double({ min: 0, max: 20, noNaN: true }),
        contributions: fc.array(contribution, { maxLength: 4 }),
      },
      { noNullPrototype: true },
    )
    .map((r) => ({ ...r, net: r.enthusiasm - r.concern }));

  it('gives, one statement at a time, exactly what groupStats gives all at once', () => {
    fc.assert(
      fc.property(fc.array(scoredRow, { maxLength: 60 }), fc.option(fc.constantFrom(['Writers', 'Actors'], ['Studios']), { nil: undefined }), (rows, order) => {
        const builder = new GroupStatsBuilder(order);
        for (const r of rows) builder.add(r, r.group);
        expect(builder.result()).toStrictEqual(groupStats(rows, order));
      }),
    );
  });

  it('counts packed slices, words read from their arrays, exactly as it counts the statements', () => {
    fc.assert(
      fc.property(fc.array(fc.array(scoredRow, { maxLength: 20 }), { maxLength: 4 }), (slices) => {
        const expected = new GroupStatsBuilder();
        const packed = new GroupStatsBuilder();
        for (const rows of slices) {
          for (const r of rows) expected.add(r, r.group);
          const statements = rows.map((r, i) => ({ id: `s${i}`, text: 'x', group: r.group, speaker: '', source: '', date: '', url: '', provenance: '', label: '' }));
          const scores = rows.map((r) => ({ ...r, words: 1, enthusiasmPerWord: 0, concernPerWord: 0, netPerWord: 0, polarity: 0, quadrant: 'reserved' as const, scored: r.contributions.length }));
          const slice = packScored(statements, scores);
          unpackScored(slice).forEach((statement, i) => packed.addPacked(statement, slice, i));
        }
        expect(packed.result()).toStrictEqual(expected.result());
      }),
    );
  });

  it('gives results that later statements do not change', () => {
    const builder = new GroupStatsBuilder();
    builder.add({ ...row('Actors', 2, 1), contributions: [{ token: 'great', start: 0, end: 5, weight: 2, reasons: ['lexicon'] }] }, 'Actors');
    const first = builder.result();
    const before = structuredClone(first);
    builder.add({ ...row('Actors', 4, 0), contributions: [{ token: 'great', start: 0, end: 5, weight: 4, reasons: ['lexicon'] }] }, 'Actors');
    expect(first).toStrictEqual(before);
  });
});
