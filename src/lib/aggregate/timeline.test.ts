import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Filters } from '../types';
import { bucketStart, chooseInterval, dateSpan, isPartial, medianDate, periodEnd, timeline, timelineStatements, type Interval } from './timeline';
import { selectedOf } from '../table/table.fixture';
import { select } from './filter';

describe('timeline', () => {
  it.each([
    ['2024-03-22', 'day', '2024-03-22'],
    ['2024-03-22', 'week', '2024-03-18'],
    ['2024-03-18', 'week', '2024-03-18'],
    ['2024-03-24', 'week', '2024-03-18'],
    ['2024-03-22', 'month', '2024-03-01'],
  ] as const)('%s starts its %s on %s', (date, interval, start) => {
    expect(bucketStart(date, interval)).toBe(start);
  });

  it('chooses day, week or month from the span', () => {
    expect(chooseInterval('2024-03-01', '2024-03-31')).toBe('day');
    expect(chooseInterval('2024-02-01', '2024-04-30')).toBe('week');
    expect(chooseInterval('2022-01-01', '2024-04-30')).toBe('month');
  });

  it('gives mean net and count per group and bucket, leaving out undated statements', () => {
    const rows = [
      { group: 'A', date: '2024-03-18', net: 2 },
      { group: 'A', date: '2024-03-20', net: -1 },
      { group: 'A', date: '2024-03-26', net: 4 },
      { group: 'B', date: '', net: 9 },
      { group: 'B', date: '2024-03-19', net: -3 },
    ];
    expect(timeline(selectedOf(rows), 'week')).toEqual([
      { group: 'A', points: [{ start: '2024-03-18', mean: 0.5, count: 2 }, { start: '2024-03-25', mean: 4, count: 1 }] },
      { group: 'B', points: [{ start: '2024-03-18', mean: -3, count: 1 }] },
    ]);
    expect(dateSpan(selectedOf(rows))).toEqual(['2024-03-18', '2024-03-26']);
    expect(dateSpan(selectedOf([{ date: '' }]))).toBeNull();
  });

  it('gives each group’s mean per period as a pass over the statements by name gives it', () => {
    const row = fc.record({
      group: fc.constantFrom('A', 'B', 'C'),
      date: fc.constantFrom('', '2024-01-01', '2024-01-09', '2024-02-29', '2024-03-04'),
      net: fc.integer({ min: -4, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.constantFrom<Interval>('day', 'week', 'month'), fc.option(fc.constantFrom(['C', 'A'], ['B']), { nil: undefined }), (rows, interval, order) => {
        const byGroup = new Map<string, Map<string, number[]>>((order ?? []).map((g) => [g, new Map()]));
        for (const r of rows.filter((r) => r.date)) {
          const buckets = byGroup.get(r.group) ?? byGroup.set(r.group, new Map()).get(r.group)!;
          const start = bucketStart(r.date, interval);
          buckets.set(start, [...(buckets.get(start) ?? []), r.net]);
        }
        const expected = [...byGroup]
          .filter(([, buckets]) => buckets.size)
          .map(([group, buckets]) => ({
            group,
            points: [...buckets].sort(([a], [b]) => a.localeCompare(b)).map(([start, nets]) => ({ start, mean: nets.reduce((s, n) => s + n, 0) / nets.length, count: nets.length })),
          }));
        expect(timeline(selectedOf(rows), interval, order)).toEqual(expected);
      }),
    );
  });

  it('finds the median date as sorting every dated statement does', () => {
    const dates = fc.array(fc.constantFrom('', '2024-01-05', '2024-02-01', '2024-02-01', '2023-12-31'), { maxLength: 30 });
    fc.assert(
      fc.property(dates, (list) => {
        const sorted = list.filter(Boolean).sort();
        expect(medianDate(selectedOf(list.map((date) => ({ date }))))).toBe(sorted[sorted.length >> 1] ?? '');
      }),
    );
  });

  it('averages any score it is given', () => {
    const rows = [
      { group: 'A', date: '2024-03-18', net: 2, polarity: 0.5 },
      { group: 'A', date: '2024-03-19', net: 4, polarity: 0.25 },
    ];
    const selected = selectedOf(rows);
    expect(timeline(selected, 'week', undefined, selected.table.polarity)[0]!.points[0]!.mean).toBe(0.375);
  });

  it.each([
    ['week', '2024-03-18', '2024-03-24', '2024-03-19', true],
    ['week', '2024-03-18', '2024-03-24', '2024-03-24', false],
    ['month', '2024-02-01', '2024-02-29', '2024-02-29', false],
    ['day', '2024-03-18', '2024-03-18', '2024-03-18', false],
  ] as const)('the %s starting %s ends on %s; data ending %s leave it partial: %s', (interval, start, end, last, partial) => {
    expect(periodEnd(start, interval)).toBe(end);
    expect(isPartial(start, interval, last)).toBe(partial);
  });
});

describe('timelineStatements', () => {
  const all = selectedOf([
    { id: 'a', date: '2024-01-05', group: 'Actors' },
    { id: 'b', date: '2024-02-05', group: 'Actors' },
    { id: 'c', date: '2024-03-05', group: 'Writers' },
  ]);
  const ids = (selected: ReturnType<typeof selectedOf>) => selected.statements().map((s) => s.id);

  it.each([
    { name: 'no date filter gives the selection itself', filters: { groups: ['Actors'] }, expected: ['a', 'b'] },
    { name: 'a date filter is lifted, the others kept', filters: { groups: ['Actors'], from: '2024-02-01' }, expected: ['a', 'b'] },
    { name: 'an end date is lifted too', filters: { groups: null, to: '2024-01-31' }, expected: ['a', 'b', 'c'] },
  ] as { name: string; filters: Filters; expected: string[] }[])('$name', ({ filters, expected }) => {
    expect(ids(timelineStatements(select(all.table, filters), filters))).toEqual(expected);
  });

  it('hands back the very selection when no date is filtered, so nothing is selected twice', () => {
    const selection = select(all.table, { groups: ['Writers'] });
    expect(timelineStatements(selection, { groups: ['Writers'] })).toBe(selection);
  });
});
