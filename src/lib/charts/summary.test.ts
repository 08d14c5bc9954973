import { describe, expect, it } from 'vitest';
import { groupStats } from '../aggregate/groups';
import { quadrantSummary } from './summary';

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
