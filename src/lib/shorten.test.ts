import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shorten, shortenToFit } from './shorten';

describe('shorten', () => {
  it.each([
    ['Writers', 10, 'Writers'],
    ['Writers', 7, 'Writers'],
    ['Studios & executives', 8, 'Studios…'],
    ['GGGGGGGGGG', 5, 'GGGG…'],
  ])('shortens %j to %i characters as %j', (text, max, shown) => {
    expect(shorten(text, max)).toBe(shown);
  });

  it('leaves no space before the ellipsis', () => {
    expect(shorten('Independent visual effects', 13)).toBe('Independent…');
  });

  it('never cuts an emoji in half', () => {
    expect(shorten('🎬🎬🎬🎬', 3)).toBe('🎬🎬…');
  });

  it('keeps a name that fits, and otherwise gives at most max characters ending in an ellipsis that begin the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
        const shown = shorten(text, max);
        const characters = [...shown];
        if ([...text].length <= max) return shown === text;
        return characters.length <= max && shown.endsWith('…') && text.startsWith(shown.slice(0, -1));
      }),
    );
  });
});

describe('shortenToFit', () => {
  // A face in which a G is twice as wide as any other letter.
  const widthOf = (text: string) => [...text].reduce((sum, c) => sum + (c === 'G' ? 10 : 5), 0);

  it('keeps a name that fits, and cuts wide letters shorter than narrow ones', () => {
    expect(shortenToFit('Writers', 100, widthOf)).toBe('Writers');
    expect(shortenToFit('G'.repeat(600), 100, widthOf)).toBe(`${'G'.repeat(9)}…`);
    expect(shortenToFit('a'.repeat(600), 100, widthOf)).toBe(`${'a'.repeat(19)}…`);
  });

  it('gives the longest cut that fits, or the least one when none does', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.integer({ min: 0, max: 400 }), (text, width) => {
        const shown = shortenToFit(text, width, widthOf);
        const length = [...text].length;
        if (shown === text) return widthOf(text) <= width || length <= 6;
        // A cut may end in spaces, which shorten trims: compare with every cut longer than the one shown.
        const longer = Array.from({ length }, (_, i) => shorten(text, i + 1)).filter((cut) => [...cut].length > [...shown].length);
        return (widthOf(shown) <= width || shown === shorten(text, 6)) && longer.every((cut) => widthOf(cut) > width);
      }),
    );
  });
});
