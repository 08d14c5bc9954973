import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataError, detectFormat, parseStatements } from './parse';
import { mapColumns } from './columns';
import { isoDate } from './dates';

describe('parseStatements', () => {
  it('reads CSV with quoted commas, quotes and newlines, CRLF and a BOM', () => {
    const csv = '\uFEFFid,text,group,date\r\n1,"Hello, ""world""\r\nagain",Actors,2024-03-01\r\n2,Plain,Writers,\r\n';
    const { format, statements, issues } = parseStatements(csv, 'x.csv');
    expect(format).toBe('csv');
    expect(issues).toEqual([]);
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatchObject({ id: '1', text: 'Hello, "world"\r\nagain', group: 'Actors', date: '2024-03-01' });
    expect(statements[1]).toMatchObject({ id: '2', date: '' });
  });

  it('reads TSV, a JSON array, a JSON object with statements, and NDJSON', () => {
    const expected = [{ text: 'Good news', group: 'Studios' }];
    expect(parseStatements('text\tgroup\nGood news\tStudios\n', 'a.tsv').statements).toMatchObject(expected);
    expect(parseStatements('[{"text":"Good news","group":"Studios"}]', 'a.json').statements).toMatchObject(expected);
    expect(parseStatements('{"statements":[{"quote":"Good news","stakeholder":"Studios"}]}').statements).toMatchObject(
      expected,
    );
    expect(parseStatements('{"text":"Good news","group":"Studios"}\n{"text":"x"}\n', 'a.jsonl')).toMatchObject({
      format: 'ndjson',
      statements: expected,
      issues: [{ row: 2, message: expect.stringContaining('no group') }],
    });
  });

  it('skips rows without text or group, naming the row and column', () => {
    const { statements, issues } = parseStatements('text,group\nfine,A\n,A\nno group,\n', 'a.csv');
    expect(statements).toHaveLength(1);
    expect(issues).toEqual([
      { row: 2, column: 'text', message: expect.stringContaining('Row 2 has no text') },
      { row: 3, column: 'group', message: expect.stringContaining('Row 3 has no group') },
    ]);
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['foo,bar\n1,2\n', 'No text or group column'],
    ['[1,2', 'not valid JSON'],
    ['{"rows":[]}', '"statements" array'],
  ])('refuses %j with a clear message', (text, message) => {
    expect(() => parseStatements(text)).toThrow(DataError);
    expect(() => parseStatements(text)).toThrow(message);
  });

  it('keeps a JSON key named __proto__ as an ordinary column', () => {
    const { statements } = parseStatements('[{"__proto__":"x","text":"t","group":"g","speaker":"s"}]', 'a.json');
    expect(statements[0]).toMatchObject({ text: 't', group: 'g', speaker: 's' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('round-trips any statements written as quoted CSV', () => {
    const cell = fc.string({ maxLength: 30 }).map((s) => s.trim()).filter((s) => s !== '');
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }), (rows) => {
        const csv = ['text,group', ...rows.map(([t, g]) => `${quote(t)},${quote(g)}`)].join('\n');
        const { statements } = parseStatements(csv, 'a.csv');
        expect(statements.map((s) => [s.text, s.group])).toEqual(rows);
      }),
    );
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.csv', '', 'csv'],
    ['a.TSV', '', 'tsv'],
    ['', '[{}]', 'json'],
    ['', '{"a":1}\n{"a":2}', 'ndjson'],
    ['', 'text\tgroup\n', 'tsv'],
  ])('%j %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

describe('mapColumns', () => {
  it('recognises common names in any case and spacing', () => {
    expect(mapColumns(['Quote', 'Stakeholder Group', 'Published', 'Author', 'Outlet', 'Link'])).toEqual({
      text: 0,
      group: 1,
      date: 2,
      speaker: 3,
      source: 4,
      url: 5,
    });
  });
});

describe('isoDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024-03-01T23:30:00-08:00', '2024-03-01'],
    ['2024-02-30', ''],
    ['0000-00-00', ''],
    ['March 1', ''],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(isoDate(input)).toBe(output);
  });
});
