import { describe, expect, it } from 'vitest';
import { groupStats } from '../aggregate/groups';
import { comparisonSummary, quadrantSummary, timelineSummary } from './summary';

const row = (group: string, enthusiasm: number, concern: number) => ({ group, enthusiasm, concern, net: enthusiasm - concern });

describe('quadrantSummary', () => {
  it('names the most concerned and most enthusiastic groups, by how much, and whether the difference is clear', () => {
    const stats = groupStats([
      ...[5, 6, 5, 6].map((c) => row('Writers', 0, c)),
      ...[1, 0, 1, 0].map((c) => row('Studios', 4, c)),
      ...[0, 1, 0, 1].map((c) => row('Press', 1, c)),
    ]);
    expect(quadrantSummary(stats, 12)).toBe(
      'Across 12 statements in 3 groups, the most concerned group is Writers (mean concern 5.5 vs 0.5 for Press), ' +
        'and the most enthusiastic is Studios (mean enthusiasm 4 vs 1 for Press).',
    );
  });

  it('says when intervals overlap', () => {
    const stats = groupStats([row('A', 1, 2), row('A', 3, 4), row('B', 2, 3), row('B', 1, 2)]);
    expect(quadrantSummary(stats, 4)).toContain('no clear difference');
  });

  it('handles one group and none', () => {
    expect(quadrantSummary(groupStats([row('A', 2, 1)]), 1)).toBe('1 statement from A: mean enthusiasm 2, mean concern 1.');
    expect(quadrantSummary([], 0)).toBe('No statements are selected.');
  });
});

describe('comparisonSummary', () => {
  it('names the groups at both ends of mean net, and whether they clearly differ', () => {
    const apart = groupStats([
      ...[4, 5, 4, 5].map((e) => row('Studios', e, 0)),
      ...[4, 5, 4, 5].map((c) => row('Writers', 0, c)),
    ]);
    expect(comparisonSummary(apart)).toBe(
      'Sorted by mean net: Studios leans most towards enthusiasm (+4.5) and Writers most towards concern (−4.5); their 95% intervals do not overlap.',
    );
    const close = groupStats([row('A', 1, 0), row('A', 0, 1), row('B', 0, 1), row('B', 1, 1)]);
    expect(comparisonSummary(close)).toContain('no clear difference');
  });

  it('says when no group can be ranked apart', () => {
    // Three groups of two statements each, nets {1, −1}, {2, −1}, {0, 1}: every 95% interval spans the others.
    const overlapping = groupStats([row('A', 1, 0), row('A', 0, 1), row('B', 2, 0), row('B', 0, 1), row('C', 0, 0), row('C', 1, 0)]);
    expect(comparisonSummary(overlapping)).toContain('none of the 3 groups can be ranked apart from the others');
    // Four statements each: 4.5 ± 0.92, 0.5 ± 0.92 and −4.5 ± 0.92 (t = 3.18 with 3 degrees of freedom) are all apart.
    const apart = groupStats([
      ...[4, 5, 4, 5].map((e) => row('S', e, 0)),
      ...[0, 1, 0, 1].map((e) => row('M', e, 0)),
      ...[4, 5, 4, 5].map((c) => row('W', 0, c)),
    ]);
    expect(comparisonSummary(apart)).not.toContain('ranked apart');
  });
});

describe('timelineSummary', () => {
  const point = (start: string, mean: number, count = 10) => ({ start, mean, count });
  it('compares the groups in the latest full week with enough statements', () => {
    const series = [
      { group: 'A', points: [point('2024-03-04', 1), point('2024-03-11', 2)] },
      { group: 'B', points: [point('2024-03-11', -1.25)] },
    ];
    expect(timelineSummary(series, 'week', '2024-03-17')).toBe(
      'Mean net by week from 2024-03-04 to 2024-03-11. In the latest full week with at least 5 statements from each group compared (from 2024-03-11), A is highest (+2) and B lowest (−1.25).',
    );
    expect(timelineSummary([], 'day', '')).toBe('No dated statements are selected.');
  });

  it('never rests on a period with few statements, or on one the data stop short of', () => {
    const series = [
      { group: 'A', points: [point('2024-03-04', 0.5), point('2024-03-11', 0.9, 2), point('2024-03-18', 2.7)] },
      { group: 'B', points: [point('2024-03-04', -0.5), point('2024-03-11', -0.9), point('2024-03-18', -3)] },
    ];
    // The week from 18 March has only its first two days; the week from 11 March has two statements from A.
    const text = timelineSummary(series, 'week', '2024-03-19', 'mean polarity');
    expect(text).toContain('(from 2024-03-04), A is highest (+0.5) and B lowest (−0.5).');
    expect(text).toContain('Later weeks have fewer than 5 statements per group or are not over yet.');
  });
});
