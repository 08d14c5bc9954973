import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { Interval, TimeSeries } from '../aggregate/timeline';
import { day, defaultHighlights, largestSeries, LINE_LABEL_MOST, partialLabelY, partialStart, timelineLayout, timeTicks } from './over-time';

const series = (group: string, ...points: [string, number, number][]): TimeSeries => ({
  group,
  points: points.map(([start, mean, count]) => ({ start, mean, count })),
});
const all = [
  series('Studios', ['2024-03-04', 0.5, 2], ['2024-03-11', 0.3, 2]),
  series('Writers', ['2024-03-04', -0.4, 10]),
  series('Actors', ['2024-03-11', 0.1, 30]),
];

describe('the timeline’s choices', () => {
  it('highlights the most enthusiastic, the most concerned and the largest group', () => {
    expect(defaultHighlights(all)).toEqual(['Studios', 'Writers', 'Actors']);
  });

  it('keeps the lines of the largest groups only', () => {
    expect(largestSeries(all, 2).map((s) => s.group)).toEqual(['Writers', 'Actors']);
  });

  it('marks the last week partial when the data stop before it ends', () => {
    expect(partialStart(all, 'week', '2024-03-13')).toBe('2024-03-11');
    expect(partialStart(all, 'week', '2024-03-17')).toBeNull();
  });
});

describe('the partial period’s note', () => {
  // Studios ends a week before the partial week, at the top of the chart; Writers runs into it.
  const lines = [
    series('Studios', ['2024-03-04', 0.2, 9], ['2024-03-11', 0.6, 9]),
    series('Writers', ['2024-01-01', -0.6, 9], ['2024-03-18', -0.5, 3]),
  ];
  const note = 'partial week →';

  it.each([
    { name: 'stays at the top when no label is under it', shown: ['Writers'], at: 'top' },
    { name: 'goes to the foot of the plot when a line ends under it', shown: ['Studios', 'Writers'], at: 'foot' },
  ])('$name', ({ shown, at }) => {
    const layout = timelineLayout(800, 300, lines, new Set(shown), 0.5, 100);
    const y = partialLabelY(layout, layout.x(day('2024-03-18')), note);
    expect(y).toBe(at === 'top' ? layout.top + 10 : layout.bottom - 6);
  });
});

describe('the labels at the lines’ ends', () => {
  const long = 'Independent visual effects artists, compositors and post-production workers outside the major studios';

  it('name each line, shortened past the most characters a label shows', () => {
    const layout = timelineLayout(900, 300, [series(long, ['2024-03-01', 0.4, 9]), series('Writers', ['2024-03-01', -0.4, 9])], new Set([long, 'Writers']), 0.5, 200);
    expect(layout.labels.map((l) => [l.group, l.text])).toEqual([
      [long, 'Independent visual effe…'],
      ['Writers', 'Writers'],
    ]);
    expect([...layout.labels[0]!.text]).toHaveLength(LINE_LABEL_MOST);
  });
});

describe('the date axis’s ticks', () => {
  const axis = (first: string, last: string) => scaleUtc().domain([day(first), day(last)]).range([0, 800]);
  const label = (date: Date) => date.toISOString().slice(0, 10);

  it('tick each day of a span of a few days once, not every 12 hours', () => {
    expect(timeTicks(axis('2024-03-01', '2024-03-05'), 7, 'day').map(label)).toEqual(['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04', '2024-03-05']);
  });

  it('tick weeks on their Mondays and months on their first days when d3 would tick finer', () => {
    expect(timeTicks(axis('2024-03-04', '2024-03-25'), 7, 'week').map(label)).toEqual(['2024-03-04', '2024-03-11', '2024-03-18', '2024-03-25']);
    expect(timeTicks(axis('2024-01-01', '2024-03-01'), 7, 'month').map(label)).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
  });

  it('keep d3’s ticks when they are already a period or more apart', () => {
    const x = axis('2024-01-01', '2024-12-01');
    expect(timeTicks(x, 6, 'day')).toEqual(x.ticks(6));
  });

  it('never come closer than a period, never repeat a day, and stay in the span', () => {
    const intervals: Interval[] = ['day', 'week', 'month'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2030, 0, 1) / 86_400_000 }),
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom(...intervals),
        (first, days, count, interval) => {
          const x = scaleUtc().domain([new Date(first * 86_400_000), new Date((first + days) * 86_400_000)]).range([0, 800]);
          const ticks = timeTicks(x, count, interval);
          const least = { day: 1, week: 7, month: 28 }[interval] * 86_400_000;
          const [from, to] = x.domain() as [Date, Date];
          return (
            ticks.every((t, i) => i === 0 || t.getTime() - ticks[i - 1]!.getTime() >= least) &&
            new Set(ticks.map(label)).size === ticks.length &&
            ticks.every((t) => t >= from && t <= to)
          );
        },
      ),
    );
  });
});
