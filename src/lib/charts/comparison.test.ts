import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupStats } from '../aggregate/groups';
import { selectedOf } from '../table/table.fixture';
import { comparisonLayout } from './comparison';

const row = (group: string, polarity: number) => ({ group, enthusiasm: 1, concern: 1, net: 0, polarity });
const LONG = 'Independent visual effects artists, compositors and post-production workers outside the major studios (freelance, non-union, UK and Canada)';
const statsOf = (...groups: string[]) => groupStats(selectedOf(groups.flatMap((g) => [row(g, 0.1), row(g, 0.3)])));

describe('comparisonLayout', () => {
  it('shows a short name as it is', () => {
    expect(comparisonLayout(900, statsOf('Writers', 'Studios')).names.get('Writers')).toBe('Writers');
  });

  it('shortens a long name with an ellipsis, keeping the row under its full name', () => {
    const layout = comparisonLayout(900, statsOf(LONG, 'Writers'));
    const shown = layout.names.get(LONG)!;
    expect(shown).toMatch(/^Independent visual effects.*…$/);
    expect(layout.y.domain()).toContain(LONG);
  });

  it('fits every name and its count into the room beside the bars, or above them when stacked, at 7 px a character, as the margin is reckoned', () => {
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 1600 }), fc.integer({ min: 1, max: 700 }), (width, length) => {
        const name = 'G'.repeat(length);
        const layout = comparisonLayout(width, statsOf(name, 'Writers'));
        // The label's count reads " (2, small sample)": 18 characters.
        const characters = [...layout.names.get(name)!].length + 18;
        const room = layout.stacked ? width - 16 : layout.left - 16;
        return characters <= 6 + 18 || characters * 7 <= room;
      }),
    );
  });
});
