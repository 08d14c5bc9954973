import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withoutBidiControls } from './bidi';

describe('withoutBidiControls', () => {
  it.each([
    ['an override never closed', 'Actors\u202E', 'Actors'],
    ['a closed override that disguises a name', 'report\u202Evsc.exe\u202C', 'reportvsc.exe'],
    ['every embedding and override', '\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 'abcde'],
    ['every isolate', '\u2066a\u2067b\u2068c\u2069', 'abc'],
  ])('takes out %s', (_, name, expected) => {
    expect(withoutBidiControls(name)).toBe(expected);
  });

  it.each([
    ['a right-to-left name', 'שחקנים', 'שחקנים'],
    ['direction marks', 'קבוצה 2\u200F', 'קבוצה 2\u200F'],
    ['the left-to-right mark and the Arabic letter mark', 'a\u200Eb\u061Cc', 'a\u200Eb\u061Cc'],
    ['zero-width and other format characters', 'Act\u200Bors\u2060', 'Act\u200Bors\u2060'],
  ])('keeps %s', (_, name, expected) => {
    expect(withoutBidiControls(name)).toBe(expected);
  });

  it('leaves no control in any string, and changes nothing else', () => {
    const piece = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const out = withoutBidiControls(pieces.join(''));
        expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(out).toBe([...pieces.join('')].filter((c) => !/[\u202A-\u202E\u2066-\u2069]/.test(c)).join(''));
      }),
    );
  });
});
