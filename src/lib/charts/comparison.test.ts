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

  it('fits every name and its count into the room beside the bars, or above them when stacked, at the default 7 px a character', () => {
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 1600 }), fc.integer({ min: 1, max: 700 }), (width, length) => {
        const name = 'G'.repeat(length);
        const layout = comparisonLayout(width, statsOf(name, 'Writers'));
        // The label's count reads " (2, small sample)": 18 characters.
        const characters = [...layout.names.get(name)!].length + 18;
        const room = layout.stacked ? width - 16 : layout.left - 16;
        return characters <= 6 + 18 || characters * 7 <= room + 0.5;
      }),
    );
  });

  it('makes the margin as wide as the widest measured label, up to half the width, shortening only past that', () => {
    // Widths that do not add up exactly in binary, as measured ones seldom do.
    const wide = (name: string) => 10.1 * name.length;
    const layout = comparisonLayout(1000, statsOf('Talent agencies', 'Writers'), wide);
    // "Talent agencies": 151.5 px, and " (2, small sample)" 18 characters at 7 px.
    expect(layout.left).toBeCloseTo(151.5 + 126 + 16, 6);
    expect(layout.names.get('Talent agencies')).toBe('Talent agencies');
    expect(comparisonLayout(1000, statsOf('G'.repeat(60), 'Writers'), wide).left).toBe(500);
  });
});
