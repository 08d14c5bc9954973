import { describe, expect, it } from 'vitest';
import type { TimeSeries } from '../aggregate/timeline';
import { day, defaultHighlights, largestSeries, partialLabelY, partialStart, timelineLayout } from './over-time';

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
