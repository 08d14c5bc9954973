import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { declareSize, workbook } from '../../../../e2e/fixtures/ways-in/workbook.mjs';
import { DataError } from '../errors';
import { readAll } from '../reader';
import { excelDate, readWorkbook, SheetNeeded } from './workbook';

/** The workbook's sheet as the CSV the reader is given. */
function csvOf(bytes: Uint8Array, sheet?: string): string {
  let csv = '';
  readWorkbook(bytes, sheet, (piece) => (csv += piece));
  return csv;
}

const statements = (bytes: Uint8Array, sheet?: string) => readAll(csvOf(bytes, sheet), { format: 'csv' }).statements;

describe('readWorkbook', () => {
  it('reads the first sheet: shared and inline strings, numbers, dates, booleans', () => {
    const bytes = workbook([
      {
        name: 'Statements',
        rows: [
          ['text', 'group', 'date', 'reach', 'checked'],
          ['Great news, "really"', 'Studios', { date: 45373 }, 5000, { bool: true }],
          [{ inline: 'We worry\nabout jobs' }, 'Writers', { date: 45373.75 }, 0.5, { bool: false }],
        ],
      },
    ]);
    const read = statements(bytes);
    expect(read.map((s) => [s.text, s.group, s.date, s.extra])).toEqual([
      ['Great news, "really"', 'Studios', '2024-03-22', ['5000', 'TRUE']],
      ['We worry\nabout jobs', 'Writers', '2024-03-22', ['0.5', 'FALSE']],
    ]);
  });

  it('reads a header that stands below a title, a note and an empty row, leaving them out', () => {
    const bytes = workbook([
      {
        name: 'Survey',
        rows: [
          ['Survey of stakeholders, spring 2024'],
          [null, { inline: 'Exported 2024-05-01' }],
          [],
          ['text', 'group', 'date'],
          ['Great news', 'Studios', { date: 45373 }],
          ['We worry', 'Writers', { inline: '2024-03-23' }],
        ],
      },
    ]);
    expect(statements(bytes).map((s) => [s.text, s.group, s.date])).toEqual([
      ['Great news', 'Studios', '2024-03-22'],
      ['We worry', 'Writers', '2024-03-23'],
    ]);
  });

  it('reads rows of one cell as they are when no wider row follows the first few', () => {
    const lines = Array.from({ length: 12 }, (_, i) => [`line ${i}`]);
    expect(csvOf(workbook([{ name: 'S', rows: lines }]))).toBe(lines.map(([line]) => `${line}\n`).join(''));
    expect(csvOf(workbook([{ name: 'S', rows: lines.slice(0, 3) }]))).toBe('line 0\nline 1\nline 2\n');
  });

  it('gives a formula’s saved value and never the formula', () => {
    const bytes = workbook([
      {
        name: 'S',
        rows: [
          ['text', 'group', 'score'],
          [{ formula: 'HYPERLINK("http://evil.example","x")', cached: 'Looks great' }, 'Fans', { formula: '1+1', cached: 2 }],
        ],
      },
    ]);
    expect(statements(bytes).map((s) => [s.text, s.extra])).toEqual([['Looks great', ['2']]]);
  });

  it('asks for a sheet when there are several, and reads the one picked', () => {
    const bytes = workbook([
      { name: 'Notes', rows: [['about this file']] },
      { name: 'Data & more', rows: [['text', 'group'], ['Fine', 'Press']] },
    ]);
    expect(() => csvOf(bytes)).toThrow(SheetNeeded);
    try {
      csvOf(bytes);
    } catch (error) {
      expect((error as SheetNeeded).sheets).toEqual(['Notes', 'Data & more']);
    }
    expect(statements(bytes, 'Data & more').map((s) => s.text)).toEqual(['Fine']);
  });

  it.each([
    ['a broken archive', (b: Uint8Array) => b.slice(0, b.length >> 1), /^This workbook is damaged/],
    ['a ZIP bomb its directory owns up to', (b: Uint8Array) => declareSize(b, 'xl/worksheets/sheet1.xml', 0xf0000000), /^This workbook's sheet unpacks to more than 512 MB/],
    ['a ZIP bomb its directory hides', (b: Uint8Array) => declareSize(b, 'xl/worksheets/sheet1.xml', 1000), /holds more than its directory says, as a ZIP bomb would/],
  ])('refuses %s with a clear message', (_, spoil, message) => {
    const rows = [['text', 'group'], ...Array.from({ length: 2000 }, (_, i) => [`statement ${i}`, 'G'])];
    const bytes = spoil(workbook([{ name: 'S', rows }]));
    expect(() => csvOf(bytes)).toThrow(DataError);
    expect(() => csvOf(bytes)).toThrow(message);
  });

  it('refuses a sheet that reaches past 500,000 rows before reading one', () => {
    const bytes = workbook([{ name: 'S', rows: [['text', 'group']], dimension: 'A1:B1000001' }]);
    expect(() => csvOf(bytes)).toThrow(/^This sheet has more than 500,000 rows/);
  });

  it('refuses an archive that is not a workbook', () => {
    expect(() => csvOf(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]))).toThrow(/not an Excel workbook/);
  });

  it('gives back any text a cell holds, as the reader reads it', () => {
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /[a-z]/i.test(s) && !/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (rows) => {
        const bytes = workbook([{ name: 'S', rows: [['text', 'group'], ...rows.map(([t, g], i) => [i % 2 ? t : { inline: t }, g])] }]);
        expect(statements(bytes).map((s) => [s.text, s.group])).toEqual(rows.map(([t, g]) => [t.trim(), g.trim()]));
      }),
      { numRuns: 150 },
    );
  });
});

describe('a damaged workbook', () => {
  const sound = workbook([{ name: 'S', rows: [['text', 'group', 'date'], ['Great', 'Press', { date: 45373 }], [{ inline: 'Bad' }, 'Fans', 1]] }]);

  it('gives rows or a clear refusal, never a stray exception, whatever bytes are changed or cut', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(), (changes, cut) => {
        const bytes = sound.slice(0, sound.length - (cut % 64));
        for (const [at, value] of changes) bytes[at % bytes.length] = value;
        try {
          csvOf(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(DataError);
          expect((error as Error).message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('excelDate', () => {
  it.each([
    [45373, false, '2024-03-22'],
    [45373.5, false, '2024-03-22T12:00:00'],
    [43911, true, '2024-03-22'],
    [-1, false, ''],
    [Number.NaN, false, ''],
  ])('%d (1904: %s) is %j', (serial, date1904, iso) => {
    expect(excelDate(serial, date1904)).toBe(iso);
  });
});
