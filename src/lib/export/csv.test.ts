import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { csvCell, csvRow } from './csv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+cmd', `"'+cmd"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tstart', `"'\tstart"`],
    ['\rstart', `"'\rstart"`],
    ['\nstart', `"'\nstart"`],
    ['\0start', `"'\0start"`],
    ['=1+1\nfoo', `"'=1+1\nfoo"`],
  ])('neutralises %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it.each([
    [-3, '-3'],
    [0.25, '0.25'],
    ['-0.5', '-0.5'],
    ['+12', '+12'],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    [null, ''],
    [Number.NaN, ''],
  ])('keeps %j as %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('round-trips any text through a CSV parser, only ever adding the apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const parsed = Papa.parse<string[]>(csvRow(cells) + '\n', { delimiter: ',', skipEmptyLines: false }).data[0]!;
        parsed.forEach((cell, i) => {
          const original = cells[i]!;
          expect(cell === original || cell === `'${original}`).toBe(true);
          // Only a plain number ("+0", "-1.5") may start with a sign.
          expect(/^[=+\-@\t\r\n\0]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell)).toBe(false);
        });
      }),
    );
  });
});
