import { describe, expect, it } from 'vitest';
import type { Contribution, Reason } from '../types';
import fc from 'fast-check';
import { hasInterval, meanInterval, tCritical95 } from './interval';
import { GroupStatsBuilder, groupStats } from './groups';
import { select } from './filter';
import { TableBuilder, read } from '../table/builder';
import { SlicePacker } from '../table/pack';
import { packScored } from '../table/pack.fixture';
import { Selected } from '../table/selected';
import { selectedOf, tableOf } from '../table/table.fixture';

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

  it('gives no interval for one statement or none: one value says nothing about the spread', () => {
    for (const values of [[3], []]) {
      const interval = meanInterval(values);
      expect(Number.isNaN(interval.low) && Number.isNaN(interval.high)).toBe(true);
      expect(hasInterval(interval)).toBe(false);
    }
  });

  it('has an interval exactly when there are two values or more', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { maxLength: 20 }), (values) => {
        expect(hasInterval(meanInterval(values))).toBe(values.length >= 2);
      }),
    );
  });

  it('always contains the mean and narrows toward 1.96 for large samples', () => {
    expect(tCritical95(1000)).toBeCloseTo(1.962, 2);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 60 }), (values) => {
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
    const [actors, studios] = groupStats(selectedOf(rows));
    expect(actors).toMatchObject({ group: 'Actors', count: 3, meanEnthusiasm: 2 / 3, meanConcern: 4 / 3 });
    expect(actors!.meanNet).toBeCloseTo(-2 / 3);
    expect([actors!.sharePositive, actors!.shareNegative, actors!.shareNeutral]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(studios).toMatchObject({ count: 1, meanNet: 4, sharePositive: 1 });
  });

  it('names the words that drive each group’s enthusiasm and concern', () => {
    const c = (token: string, weight: number) => ({ token, start: 0, end: 1, weight, reasons: ['lexicon' as const] });
    const [writers] = groupStats(selectedOf([
      { ...row('Writers', 3, 4), contributions: [c('great', 3), c('replace', -2), c('fear', -2)] },
      { ...row('Writers', 0, 2), contributions: [c('replace', -2)] },
    ]));
    expect(writers!.topEnthusiasm).toEqual([{ word: 'great', total: 3, count: 1 }]);
    expect(writers!.topConcern).toEqual([
      { word: 'replace', total: 4, count: 2 },
      { word: 'fear', total: 2, count: 1 },
    ]);
  });

  it('cuts the intervals of mean enthusiasm and concern at 0, which neither can go below; net keeps its own', () => {
    // Concern 0, 0, 0, 6: mean 1.5, and t(3)·s/√n = 3.182 · 3 / 2 ≈ 4.8 would reach to −3.3.
    const [writers] = groupStats(selectedOf([row('Writers', 0, 0), row('Writers', 0, 0), row('Writers', 1, 0), row('Writers', 0, 6)]));
    expect(writers!.ciConcern.low).toBe(0);
    expect(writers!.ciConcern.high).toBeCloseTo(1.5 + (3.182 * 3) / 2, 6);
    expect(writers!.ciEnthusiasm.low).toBe(0);
    expect(writers!.ciNet.low).toBeLessThan(-3);
    const [one] = groupStats(selectedOf([row('Alone', 0, 2)]));
    expect(one!.ciConcern.low).toBeNaN();
  });

  it('follows a given group order and leaves out empty groups', () => {
    expect(groupStats(selectedOf(rows), ['Studios', 'Writers', 'Actors']).map((g) => g.group)).toEqual(['Studios', 'Actors']);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(rows);
    groupStats(selectedOf(rows));
    expect(rows).toEqual(before);
  });

  it('counts statements per group, including groups named like prototype keys', () => {
    const stats = groupStats(selectedOf([row('__proto__', 1, 0), row('__proto__', 0, 1), row('constructor', 0, 0)]));
    expect(stats.map((g) => [g.group, g.count])).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
    ]);
  });
});

describe('select', () => {
  // One word of four scored: enough evidence; none of three: not enough.
  const word = (weight: number) => [{ token: 'w', start: 0, end: 1, weight, reasons: ['lexicon' as const] }];
  const table = tableOf([
    { ...row('A', 1, 0), words: 4, contributions: word(1), text: 'Fair pay for writers', source: 'Podcast', date: '2024-03-01' },
    { ...row('B', 0, 1), words: 4, contributions: word(-1), text: 'Jobs at risk', speaker: 'Writer', date: '2024-04-02' },
    { ...row('C', 0, 0), words: 3, text: 'No date here' },
  ]);
  const groupsOf = (filters: Parameters<typeof select>[1]) => select(table, filters).statements().map((r) => r.group);

  it('leaves out statements with insufficient evidence only when asked to hide them', () => {
    expect(groupsOf({ groups: null, evidence: 'hide' })).toEqual(['A', 'B']);
    expect(groupsOf({ groups: null, evidence: 'dim' })).toHaveLength(3);
  });

  it('searches text, speaker and source in any case, and filters by source and dates', () => {
    expect(groupsOf({ groups: null, q: 'PAY' })).toEqual(['A']);
    expect(groupsOf({ groups: null, q: 'writer' })).toEqual(['A', 'B']);
    expect(groupsOf({ groups: null, source: 'Podcast' })).toEqual(['A']);
    expect(groupsOf({ groups: null, from: '2024-03-15' })).toEqual(['B']);
    expect(groupsOf({ groups: null, to: '2024-03-01' })).toEqual(['A']);
    expect(groupsOf({ groups: null, region: [0.5, 2, 0, 0] })).toEqual(['B']);
  });

  it('keeps every statement when no groups are set', () => {
    expect(groupsOf({ groups: null })).toHaveLength(3);
  });
  it('keeps only the listed groups, and none for an empty list', () => {
    expect(groupsOf({ groups: ['A', 'C'] })).toEqual(['A', 'C']);
    expect(groupsOf({ groups: [] })).toEqual([]);
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

  /** A slice as the worker packs it, with every field a statement needs. */
  const packed = (rows: { group: string; enthusiasm: number; concern: number; net: number; contributions: Contribution[] }[], packer: SlicePacker) =>
    packScored(
      rows.map((r, i) => ({ id: `s${i}`, text: 'x', group: r.group, speaker: '', source: '', date: '', url: '', provenance: '', label: '' })),
      rows.map((r) => ({ ...r, words: 1, enthusiasmPerWord: 0, concernPerWord: 0, netPerWord: 0, polarity: r.net / 10, quadrant: 'reserved' as const, scoredWords: r.contributions.length })),
      packer,
    );

  it('counts slices as they arrive to exactly what groupStats gives over the table they make', () => {
    fc.assert(
      fc.property(fc.array(fc.array(scoredRow, { maxLength: 20 }), { maxLength: 4 }), fc.option(fc.constantFrom(['Writers', 'Actors'], ['Studios']), { nil: undefined }), (slices, order) => {
        const builder = new GroupStatsBuilder(order);
        const table = new TableBuilder();
        const packer = new SlicePacker(1);
        for (const rows of slices) {
          const slice = packed(rows, packer);
          table.append(slice);
          const { enthusiasm, concern, net, polarity } = slice.numbers;
          const columns = { enthusiasm, concern, net, polarity, entries: { offsets: slice.offsets, token: slice.token, tokens: table.tokens, weight: slice.weight } };
          const group = read(slice.values.group);
          for (let i = 0; i < slice.length; i++) builder.add(columns, i, group(i));
        }
        expect(builder.result()).toStrictEqual(groupStats(new Selected(table.finish()), order));
      }),
    );
  });

  it('gives results that later statements do not change', () => {
    const great = (weight: number) => [{ token: 'great', start: 0, end: 5, weight, reasons: ['lexicon' as const] }];
    const table = tableOf([{ ...row('Actors', 2, 1), contributions: great(2) }, { ...row('Actors', 4, 0), contributions: great(4) }]);
    const builder = new GroupStatsBuilder();
    builder.add(table, 0, 'Actors');
    const first = builder.result();
    const before = structuredClone(first);
    builder.add(table, 1, 'Actors');
    expect(first).toStrictEqual(before);
  });
});
