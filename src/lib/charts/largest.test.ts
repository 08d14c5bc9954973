import { describe, expect, it } from 'vitest';
import { largestGroups, largestNote } from './largest';

describe('largestGroups', () => {
  it('keeps the groups with most statements, in their order', () => {
    const stats = [
      { group: 'a', count: 1 },
      { group: 'b', count: 9 },
      { group: 'c', count: 5 },
      { group: 'd', count: 7 },
    ];
    expect(largestGroups(stats, 2).map((g) => g.group)).toEqual(['b', 'd']);
    expect(largestGroups(stats, 9)).toEqual(stats);
    expect(largestNote(2, 4)).toBe('Showing the 2 largest of 4 groups.');
    expect(largestNote(4, 4)).toBe('');
  });
});
