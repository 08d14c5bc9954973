import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NONE_SELECTED } from '../aggregate/filter';
import { groupStats } from '../aggregate/groups';
import { comparisonSummary, mostConcerned, quadrantSummary, timelineSummary } from './summary';
import { selectedOf } from '../table/table.fixture';

const row = (group: string, polarity: number, enthusiasm = 0, concern = 0) => ({ group, enthusiasm, concern, net: enthusiasm - concern, polarity });

describe('quadrantSummary', () => {
  it('names the most enthusiastic and most concerned groups by mean polarity, and whether the difference is clear', () => {
    const stats = groupStats(selectedOf([
      ...[-0.5, -0.6, -0.5, -0.6].map((p) => row('Writers', p)),
      ...[0.4, 0.5, 0.4, 0.5].map((p) => row('Studios', p)),
      ...[0, 0.1, 0, 0.1].map((p) => row('Press', p)),
    ]));
    expect(quadrantSummary(stats, 12)).toBe(
      'Across 12 statements in 3 groups, by mean polarity (−1 to +1): most enthusiastic Studios (+0.45), ' +
        'most concerned Writers (−0.55); their 95% intervals do not overlap.',
    );
  });

  it('ranks by polarity, not by sums that grow with length', () => {
    // Long statements pile up concern; the short ones lean further to concern for their length.
    const stats = groupStats(selectedOf([row('Long', -0.2, 1, 30), row('Long', -0.2, 1, 30), row('Short', -0.6, 0, 3), row('Short', -0.6, 0, 3)]));
    expect(quadrantSummary(stats, 4)).toContain('most concerned Short');
  });

  it('never sets a number beside a word it contradicts', () => {
    const allHopeful = groupStats(selectedOf([row('A', 0.5), row('A', 0.6), row('B', 0.2), row('B', 0.3)]));
    expect(quadrantSummary(allHopeful, 4)).toContain('least enthusiastic B (+0.25)');
    expect(quadrantSummary(allHopeful, 4)).not.toContain('concerned');
    const allWorried = groupStats(selectedOf([row('A', -0.5), row('A', -0.6), row('B', -0.2), row('B', -0.3)]));
    expect(comparisonSummary(allWorried)).toContain('least concerned B (−0.25), most concerned A (−0.55)');
  });

  it('says when intervals overlap', () => {
    const stats = groupStats(selectedOf([row('A', 0.1), row('A', 0.4), row('B', 0.2), row('B', -0.1)]));
    expect(quadrantSummary(stats, 4)).toContain('no clear difference');
  });

  it('handles one group and none', () => {
    expect(quadrantSummary(groupStats(selectedOf([row('A', 0.25)])), 1)).toBe('1 statement from A: mean polarity +0.25 (−1 to +1).');
    expect(quadrantSummary([], 0)).toBe(NONE_SELECTED);
    expect(comparisonSummary([])).toBe(NONE_SELECTED);
  });
});

describe('what the summaries say about intervals', () => {
  const claims = /intervals (do not )?overlap/;

  it('claims nothing about overlap for two groups of one statement each', () => {
    const stats = groupStats(selectedOf([row('Fans', 0.71), row('Critics', -0.4)]));
    for (const text of [quadrantSummary(stats, 2), comparisonSummary(stats)]) {
      expect(text).not.toMatch(claims);
      expect(text).toContain('Fans and Critics have too few statements for a 95% interval, so no difference between them can be claimed.');
    }
  });

  it('names the one end that has no interval', () => {
    const stats = groupStats(selectedOf([row('Fans', 0.71), row('Critics', -0.4), row('Critics', -0.5)]));
    expect(quadrantSummary(stats, 3)).toContain('; Fans has too few statements for a 95% interval');
  });

  it('says intervals overlap or not only when both ends have one, and then truly', () => {
    const group = fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(group, { minLength: 2, maxLength: 4 }), (groups) => {
        const rows = groups.flatMap((values, g) => values.map((v) => row(`G${g}`, v / 100)));
        const stats = groupStats(selectedOf(rows));
        const sorted = [...stats].sort((a, b) => b.meanPolarity - a.meanPolarity || a.group.localeCompare(b.group));
        const [top, bottom] = [sorted[0]!, sorted[sorted.length - 1]!];
        for (const text of [quadrantSummary(stats, rows.length), comparisonSummary(stats)]) {
          const said = text.match(claims);
          if (top.count < 2 || bottom.count < 2) expect(said).toBeNull();
          else expect(said?.[1] === 'do not ').toBe(top.ciPolarity.low > bottom.ciPolarity.high);
        }
      }),
    );
  });
});

describe('comparisonSummary', () => {
  it('gives the same headline as the main chart', () => {
    const stats = groupStats(selectedOf([...[0.4, 0.5].map((p) => row('Studios', p)), ...[-0.4, -0.5].map((p) => row('Writers', p))]));
    expect(comparisonSummary(stats)).toBe(
      'Sorted by mean polarity: most enthusiastic Studios (+0.45), most concerned Writers (−0.45); their 95% intervals overlap, so no clear difference.',
    );
    expect(mostConcerned(stats)?.group).toBe('Writers');
  });

  it('says when no group can be ranked apart', () => {
    const overlapping = groupStats(selectedOf([row('A', 0.1), row('A', -0.1), row('B', 0.2), row('B', -0.1), row('C', 0), row('C', 0.1)]));
    expect(comparisonSummary(overlapping)).toContain('none of the 3 groups can be ranked apart from the others');
    const apart = groupStats(selectedOf([
      ...[0.4, 0.5, 0.4, 0.5].map((p) => row('S', p)),
      ...[0, 0.1, 0, 0.1].map((p) => row('M', p)),
      ...[-0.4, -0.5, -0.4, -0.5].map((p) => row('W', p)),
    ]));
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
