import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAll } from './reader';

describe('a row with more values than the header has columns', () => {
  it('is skipped and named, with the likely cause: a comma in a text without quotes', () => {
    const { statements, issues } = readAll('id,text,group\n1,We love it, but we worry about jobs,Actors\n2,Fine,Writers\n', { name: 'a.csv' });
    expect(statements.map((s) => [s.text, s.group])).toEqual([['Fine', 'Writers']]);
    expect(issues).toEqual([
      {
        row: 1,
        message:
          'Row 1 has 4 values but the header has 3 columns; skipped, so that no value is read into the wrong column. ' +
          'Most likely a text holds a comma and is not in double quotes: put that text in double quotes and load the file again.',
      },
    ]);
  });

  it.each([
    ['a tab', 'a.tsv', 'text\tgroup\nTabs\tin\there\tActors\n', 'a tab'],
    ['a semicolon', 'a.csv', 'text;group\nOne; two;Actors\n', 'a semicolon'],
    ['a bar', 'a.csv', 'text|group\nOne| two|Actors\n', 'a bar (|)'],
  ])('names the file’s own delimiter: %s', (_, name, text, mark) => {
    const { statements, issues } = readAll(text + 'Kept' + text.slice(4, 5) + 'Writers\n', { name });
    expect(statements.map((s) => s.group)).toEqual(['Writers']);
    expect(issues[0]!.message).toContain(`Most likely a text holds ${mark} and is not in double quotes`);
  });

  it('loads when the extra fields are all empty, as a spreadsheet’s trailing commas leave them', () => {
    const { statements, issues } = readAll('id,text,group\n1,We love it,Actors,,\n2,Fine,Writers, , \n', { name: 'a.csv' });
    expect(issues).toEqual([]);
    expect(statements.map((s) => [s.id, s.text, s.group])).toEqual([
      ['1', 'We love it', 'Actors'],
      ['2', 'Fine', 'Writers'],
    ]);
  });

  it('counts the values up to the last one that is not empty', () => {
    const { issues } = readAll('text,group\nA,B,C,,\n', { name: 'a.csv' });
    expect(issues[0]!.message).toMatch(/^Row 1 has 3 values but the header has 2 columns;/);
  });

  it('loads when a quoted text holds the comma', () => {
    const { statements, issues } = readAll('id,text,group\n1,"We love it, but we worry about jobs",Actors\n', { name: 'a.csv' });
    expect(issues).toEqual([]);
    expect(statements[0]).toMatchObject({ text: 'We love it, but we worry about jobs', group: 'Actors' });
  });

  it('fills an unnamed column in the header, when the header has one for it', () => {
    const { statements, issues, reader } = readAll('text,group,\nHello,Actors,a note\n', { name: 'a.csv' });
    expect(issues).toEqual([]);
    expect(reader.extraColumns).toEqual(['']);
    expect(statements[0]).toMatchObject({ text: 'Hello', group: 'Actors', extra: ['a note'] });
  });

  it('is read from a workbook’s sheet, whose cells cannot have been split: a note beyond the header is no fault', () => {
    const { statements, issues } = readAll('text,group\nHello,Actors,a note\n', { format: 'csv', fromSheet: true });
    expect(issues).toEqual([]);
    expect(statements[0]).toMatchObject({ text: 'Hello', group: 'Actors' });
  });

  it('is counted as a row, so the rows after it keep their numbers', () => {
    const { issues } = readAll('text,group\nA,B,C\nno group,\n', { name: 'a.csv' });
    expect(issues.map((i) => [i.row, i.message.slice(0, 20)])).toEqual([
      [1, 'Row 1 has 3 values b'],
      [2, 'Row 2 has no group ('],
    ]);
  });

  it('is skipped whether the columns are known yet or still being decided from the first rows', () => {
    // The first rows are held as samples until the columns are mapped: a wide one among them must not slip through.
    const { statements, issues } = readAll('text,group\nx,y,z\nGood,A\n', { name: 'a.csv' });
    expect(statements.map((s) => s.text)).toEqual(['Good']);
    expect(issues.map((i) => i.row)).toEqual([1]);
  });
});

describe('rows wider than the header, on any rows', () => {
  // Cells with no delimiter, quote or line break, and never blank: each row's values are exactly its cells.
  const plain = fc.stringMatching(/^[a-zA-Z0-9 .!?']{1,10}$/).filter((c) => c.trim() !== '');
  const blank = fc.constantFrom('', ' ', '  ');
  const row = fc.record({
    text: plain,
    group: plain,
    /** Values past the header's columns: some with text in them, or only empty ones. */
    beyond: fc.oneof(
      fc.array(blank, { maxLength: 3 }),
      fc.tuple(fc.array(blank, { maxLength: 2 }), plain, fc.array(blank, { maxLength: 2 })).map(([a, v, b]) => [...a, v, ...b]),
    ),
  });

  it('skips each row that holds a value beyond the header, names it, and reads every other row as written', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), fc.constantFrom(',', '\t', ';', '|'), (rows, delimiter) => {
        const lines = rows.map((r) => [r.text, r.group, ...r.beyond].join(delimiter));
        const file = ['text', 'group'].join(delimiter) + '\n' + lines.join('\n') + '\n';
        const wide = (r: (typeof rows)[number]) => r.beyond.some((v) => v.trim() !== '');
        const outcome = readAll(file, { name: delimiter === '\t' ? 'a.tsv' : 'a.csv' });
        const kept = rows.filter((r) => !wide(r));
        expect(outcome.statements.map((s) => [s.text, s.group])).toEqual(kept.map((r) => [r.text.trim(), r.group.trim()]));
        expect(outcome.issues.map((i) => i.row)).toEqual(rows.flatMap((r, i) => (wide(r) ? [i + 1] : [])));
        for (const issue of outcome.issues) expect(issue.message).toMatch(/^Row \d+ has \d+ values but the header has 2 columns; skipped/);
      }),
      { numRuns: 300 },
    );
  });
});
