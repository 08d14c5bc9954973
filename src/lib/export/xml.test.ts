import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { xmlEscape, xmlSafe } from './xml';

/** What XML 1.0 allows as a character (its production Char), as code points. */
const isXmlChar = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

describe('xmlSafe and xmlEscape', () => {
  it.each([
    ['a\u0001b', 'a\uFFFDb'],
    ['tab\tand\nline\rend', 'tab\tand\nline\rend'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['emoji 😂 stays', 'emoji 😂 stays'],
    ['\uFFFE\uFFFF', '\uFFFD\uFFFD'],
  ])('makes %j safe', (text, safe) => {
    expect(xmlSafe(text)).toBe(safe);
  });

  it('escapes markup, so that ]]>, & and < stay text', () => {
    expect(xmlEscape('a ]]> b & <c> "d"')).toBe('a ]]&gt; b &amp; &lt;c&gt; &quot;d&quot;');
  });

  it('leaves only characters XML allows, and no markup character unescaped, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = xmlEscape(text);
        for (const ch of out) expect(isXmlChar(ch.codePointAt(0)!)).toBe(true);
        expect(out).not.toMatch(/[<>"]|&(?!amp;|lt;|gt;|quot;)/);
      }),
    );
  });
});
