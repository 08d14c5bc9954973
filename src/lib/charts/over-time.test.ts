import { describe, expect, it } from 'vitest';
import type { TimeSeries } from '../aggregate/timeline';
import { defaultHighlights, largestSeries, partialStart } from './over-time';

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
