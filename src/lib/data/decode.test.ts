import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeChunks, firstNonAscii, sniffEncoding } from './decode';

/** The bytes cut into chunks at `cuts`, as a stream hands them over. */
async function* cut(bytes: Uint8Array, cuts: number[]) {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let at = 0;
  for (const point of [...points, bytes.length]) {
    yield bytes.subarray(at, point);
    at = point;
  }
}

async function decodeAll(bytes: Uint8Array, cuts: number[] = []) {
  const text = decodeChunks(cut(bytes, cuts));
  let out = '';
  for await (const chunk of text.chunks) out += chunk;
  return { text: out, encoding: text.encoding(), replaced: text.replaced() };
}

/** Where Windows-1252 keeps the few characters it has below U+00A0 that are not ASCII. */
const WINDOWS_1252: Record<string, number> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
/** Windows-1252 bytes for text of ASCII, U+00A0–U+00FF (stored as their code) and the characters above. */
const westernBytes = (text: string) => Uint8Array.from(text, (c) => WINDOWS_1252[c] ?? c.charCodeAt(0));

const asciiChar = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
/**
 * A line of a spreadsheet export in a Western European language: ASCII, with accented letters
 * among it, each followed by ASCII as in a word ("Grüne"). Two Windows-1252 letters side by side
 * can happen to be a valid UTF-8 character ("ß½" is U+07FD), which no reader could tell apart.
 */
const westernText = fc
  .array(fc.oneof(fc.tuple(fc.constantFrom(...'üßéñçÆÄÖ½°€…‘’“”–—'), asciiChar).map((pair) => pair.join('')), asciiChar), { minLength: 1, maxLength: 300 })
  .map((parts) => parts.join(''));

describe('decodeChunks', () => {
  it('reads a Windows-1252 file as Windows-1252, wherever it is cut, with nothing replaced', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('a', ',', ' ', '\n'), maxLength: 3000 }), westernText, fc.array(fc.nat(), { maxLength: 6 }), async (ascii, western, cuts) => {
        fc.pre(/[^\x00-\x7f]/.test(western));
        const result = await decodeAll(westernBytes(ascii + western), cuts);
        expect(result).toEqual({ text: ascii + western, encoding: 'windows-1252', replaced: 0 });
      }),
    );
  });

  it('reads UTF-8 as UTF-8, wherever it is cut', async () => {
    await fc.assert(
      // Without U+FFFD: a replacement character the file itself holds is counted as replaced, since
      // the decoder cannot tell it from one it put in (the seed 744525497 drew one).
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }).map((t) => t.replaceAll('\uFFFD', '')), fc.array(fc.nat(), { maxLength: 6 }), async (text, cuts) => {
        const result = await decodeAll(new TextEncoder().encode(text), cuts);
        expect(result).toEqual({ text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8', replaced: 0 });
      }),
    );
  });

  it.each(['caf\u00e9', 'costs 5\u20ac', 'and so on\u2026'])('reads a Windows-1252 file that ends on its first letter beyond ASCII (%s), cut anywhere', async (end) => {
    const text = `id,text,group\n1,Just ASCII,A\n2,${end}`;
    for (let at = 0; at <= text.length; at++) {
      expect(await decodeAll(westernBytes(text), [at])).toEqual({ text, encoding: 'windows-1252', replaced: 0 });
    }
  });

  it('keeps a file that starts as UTF-8 in UTF-8, and counts a stray byte further on as replaced', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,text,group\n1,Grüne,A\n'), ...westernBytes('2,Gr\u00fcne,B\n')]);
    const result = await decodeAll(bytes);
    expect(result).toEqual({ text: 'id,text,group\n1,Grüne,A\n2,Gr\uFFFDne,B\n', encoding: 'utf-8', replaced: 1 });
  });
});

describe('firstNonAscii', () => {
  it('finds the first byte above 0x7F, at any offset into a buffer, or -1', () => {
    const mostlyAscii = fc
      .array(fc.oneof({ arbitrary: fc.integer({ min: 0, max: 0x7f }), weight: 30 }, { arbitrary: fc.integer({ min: 0x80, max: 0xff }), weight: 1 }), { maxLength: 200 })
      .map((bytes) => Uint8Array.from(bytes));
    fc.assert(
      fc.property(mostlyAscii, fc.nat(8), (bytes, skip) => {
        const view = bytes.subarray(Math.min(skip, bytes.length));
        expect(firstNonAscii(view)).toBe(view.findIndex((b) => b > 0x7f));
      }),
    );
  });
});

describe('sniffEncoding', () => {
  it('refuses an old Excel workbook in one sentence that says what to save it as', () => {
    expect(() => sniffEncoding(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toThrow(
      'This file is an old-style Office file (an Excel 97–2003 .xls workbook, or a .doc), not a statements file. ' +
        'Save your statements as CSV, TSV, Excel .xlsx, JSON or NDJSON and load that.',
    );
  });
});
