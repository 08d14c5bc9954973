import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StatementReader, detectFormat, readAll } from './reader';
import { ColumnsNeeded, DataError } from './errors';
import { isFallback, mapColumns } from './columns';
import { isoDate } from './dates';

const parseStatements = (text: string, name = '') => readAll(text, { name });

describe('parseStatements', () => {
  it('reads CSV with quoted commas, quotes and newlines, CRLF and a BOM', () => {
    const csv = '\uFEFFid,text,group,date\r\n1,"Hello, ""world""\r\nagain",Actors,2024-03-01\r\n2,Plain,Writers,\r\n';
    const { format, statements, issues } = parseStatements(csv, 'x.csv');
    expect(format).toBe('csv');
    expect(issues).toEqual([]);
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatchObject({ id: '1', text: 'Hello, "world"\nagain', group: 'Actors', date: '2024-03-01' });
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
    ['[1,2', 'not valid JSON'],
    ['[]', 'list is empty'],
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

describe('NDJSON in a file named .json', () => {
  it('says where the JSON broke once, and that the file looks like NDJSON', () => {
    const ndjson = '{"id":"1","text":"Great","group":"A"}\n{"id":"2","text":"Bad","group":"B"}\n';
    expect(() => readAll(ndjson, { name: 'records.json' })).toThrow(
      /^The file is not valid JSON: [^()]* at line 2, column 1\. Its lines are each a JSON record of their own, which is NDJSON: name the file \.ndjson and load it again\.$/,
    );
  });
});

describe('a sheet whose first row is not its header', () => {
  it('says to delete the rows above the header, not to change separators', () => {
    const sheet = '"Survey of stakeholders, spring 2024"\nid,text,group\n1,Great news,Studios\n';
    expect(() => readAll(sheet, { name: 'survey.xlsx', format: 'csv', fromSheet: true })).toThrow(
      /^Only one column found, "Survey of stakeholders, spring 2024": .* if a title or a note stands above the header, delete those rows/,
    );
    expect(() => readAll(sheet, { name: 'survey.csv' })).toThrow(/separated by something other than commas/);
  });
});

describe('StatementReader', () => {
  const csv = 'id,text,group,date\r\n1,"Quoted, with a\r\nline break",Actors,22 March 2024\r\n2,Plain ✓ text,Writers,soon\r\n3,Last,Writers,03/22/2024\r\n';

  it('gives the same statements however the text is cut into chunks', () => {
    const whole = readAll(csv, { name: 'a.csv' }).statements;
    expect(whole).toHaveLength(3);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: csv.length - 1 }), { maxLength: 8 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const reader = new StatementReader({ name: 'a.csv' });
        const statements = [];
        let at = 0;
        for (const point of [...points, csv.length]) {
          statements.push(...reader.push(csv.slice(at, point)).statements);
          at = point;
        }
        statements.push(...reader.end().statements);
        expect(statements).toEqual(whole);
      }),
    );
  });

  it('skips "# " comment lines before the header (an export\'s method card), however the text is cut', () => {
    const commented = `\uFEFF# Model: a card | ${'filters '.repeat(700)}\n# second line\n${csv}`;
    const whole = readAll(csv, { name: 'a.csv' }).statements;
    expect(readAll(commented, { name: 'a.csv' }).statements).toEqual(whole);
    // Cut just after the first comment line: the second is not yet known to be one.
    const cut = commented.indexOf('\n') + 1;
    const reader = new StatementReader({ name: 'a.csv' });
    const parts = [...reader.push(commented.slice(0, cut)).statements, ...reader.push(commented.slice(cut)).statements];
    expect([...parts, ...reader.end().statements]).toEqual(whole);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: commented.length - 1 }), { maxLength: 6 }), (cuts) => {
        const reader = new StatementReader({ name: 'a.csv' });
        const statements = [];
        let at = 0;
        for (const point of [...[...new Set(cuts)].sort((a, b) => a - b), commented.length]) {
          statements.push(...reader.push(commented.slice(at, point)).statements);
          at = point;
        }
        statements.push(...reader.end().statements);
        expect(statements).toEqual(whole);
      }),
    );
  });

  it('keeps a header whose first column is named "#"', () => {
    const { statements } = readAll('#,text,group\n1,Hello,Actors\n', { name: 'a.csv' });
    expect(statements).toHaveLength(1);
  });

  it('reads common date formats and counts the ones it cannot read', () => {
    const { statements, reader } = readAll(csv, { name: 'a.csv' });
    expect(statements.map((s) => s.date)).toEqual(['2024-03-22', '', '2024-03-22']);
    expect(statements[0]!.text).toBe('Quoted, with a\nline break');
    expect(reader.unreadableDates).toBe(1);
  });

  it('asks for the columns, with samples, when text or group cannot be recognised', () => {
    const attempt = () => readAll('words,who\nhello,A\nbye,B\n', { name: 'a.csv' });
    expect(attempt).toThrow(ColumnsNeeded);
    try {
      attempt();
    } catch (error) {
      expect((error as ColumnsNeeded).headers).toEqual(['words', 'who']);
      expect((error as ColumnsNeeded).samples).toEqual([
        ['hello', 'A'],
        ['bye', 'B'],
      ]);
    }
    const picked = readAll('words,who\nhello,A\nbye,B\n', { name: 'a.csv', columns: { text: 'words', group: 'who' } });
    expect(picked.statements.map((s) => [s.text, s.group])).toEqual([
      ['hello', 'A'],
      ['bye', 'B'],
    ]);
  });

  it('reports an unterminated quote with its row, and keeps the rows before it', () => {
    const { statements, issues } = readAll('text,group\nfine,A\n"never closed,B\nmore,C\n', { name: 'a.csv' });
    expect(statements[0]).toMatchObject({ text: 'fine', group: 'A' });
    expect(issues[0]!.message).toMatch(/^Row 2: a quoted field is never closed/);
  });

  it.each([
    ['[1,2', 'the end of the file'],
    ['{"statements": [}', 'line 1, column 17'],
    ['[{"a":1}}', 'line 1, column 9'],
    ['[{"a" 1}]', 'line 1, column 7'],
    ['[' .repeat(5000) + ']'.repeat(4999), 'the end of the file'],
  ])('finds where %j breaks', (text, where) => {
    expect(() => readAll(text, { name: 'a.json' })).toThrow(where);
  });

  it('keeps only the reason from an engine message', () => {
    expect(() => readAll('[\n{"text": oops}\n]', { name: 'a.json' })).toThrow(
      "The file is not valid JSON: unexpected token 'o' at line 2, column 10.",
    );
  });

  it('names the line and column of broken JSON', () => {
    expect(() => readAll('[\n{"text": "a", "group": "b"},\n{"text": oops}\n]', { name: 'a.json' })).toThrow(/line 3, column 10/);
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
  it('maps a media-monitoring export without a group column: Source Type is the group, Headline stays spare', () => {
    const headers = ['Date', 'Headline', 'Mention Content', 'Author', 'Source Type', 'Source Name', 'URL', 'Reach', 'Sentiment', 'Country'];
    expect(mapColumns(headers)).toEqual({ date: 0, text: 2, speaker: 3, group: 4, source: 5, url: 6 });
    expect(mapColumns(['Published Date', 'Hit Sentence', 'Source', 'Media Type'])).toEqual({ date: 0, text: 1, source: 2, group: 3 });
    expect(mapColumns(['Date Published', 'Headline', 'Category'])).toEqual({ date: 0, text: 1, group: 2 });
  });

  it.each([
    [['Aussage', 'Gruppe', 'Datum', 'Sprecher', 'Quelle', 'Link']],
    [['Zitat', 'Stakeholder-Gruppe', 'Veröffentlicht', 'Autor', 'Plattform', 'URL']],
    [['Citation', 'Catégorie', 'Date de publication', 'Auteur', 'Média', 'Lien']],
    [['Texte', 'Partie prenante', 'Date', 'Orateur', 'Plateforme', 'Lien']],
    [['Texto', 'Grupo', 'Fecha', 'Autor', 'Fuente', 'Enlace']],
    [['Cita', 'Categoría', 'Fecha de publicación', 'Hablante', 'Medio', 'URL']],
  ])('recognises %j', (headers) => {
    expect(mapColumns(headers)).toEqual({ text: 0, group: 1, date: 2, speaker: 3, source: 4, url: 5 });
  });

  it('says which stand-in columns fed the text or the group', () => {
    expect([isFallback('group', 'Source Type'), isFallback('group', 'Gruppe'), isFallback('text', 'Headline'), isFallback('text', 'Hit Sentence')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    const { reader } = readAll('Headline,Source Type,Reach\nGreat,News,5\n', { name: 'a.csv' });
    expect(reader.columnNames).toEqual({ text: 'Headline', group: 'Source Type' });
    expect(reader.standIns).toEqual({ text: 'Headline', group: 'Source Type' });
    expect(readAll('Text,Headline,Gruppe\na,b,c\n', { name: 'a.csv' }).reader.standIns).toEqual({});
    expect(reader.extraColumns).toEqual(['Reach']);
  });

  it('takes the columns a user picked, and no guess for a field they set to none', () => {
    expect(mapColumns(['a', 'b', 'date', 'author'], { text: 'b', group: 'a', date: '' })).toEqual({ text: 1, group: 0, speaker: 3 });
  });

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
    ['14-Jun-2024 09:00', '2024-06-14'],
    ['22.03.2024', '2024-03-22'],
    ['22.03.2024 14:30', '2024-03-22'],
    ['03/22/2024 5:04 PM', '2024-03-22'],
    ['22/03/2024 17:04', '2024-03-22'],
    ['03-22-2024', '2024-03-22'],
    ['2024-03-22T23:30:00+05:30', '2024-03-22'],
    ['2024-03-22 09:00:00 UTC', '2024-03-22'],
    ['20240322', '2024-03-22'],
    ['Fri, 22 Mar 2024 18:00:00 GMT', '2024-03-22'],
    ['Fri Mar 22 2024 09:00:00 GMT+0000', '2024-03-22'],
    ['22. März 2024', '2024-03-22'],
    ['22 de marzo de 2024', '2024-03-22'],
    ['vendredi 22 mars 2024', '2024-03-22'],
    ['1 août 2024', '2024-08-01'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['31-Jun-2024', ''],
    ['14-Foo-2024', ''],
    ['soon', ''],
  ])('%j -> %j', (input, output) => {
    expect(isoDate(input)).toBe(output);
  });
});

describe('names that the app sets into its sentences', () => {
  it.each([
    ['CSV', 'a.csv', 'text,group,speaker,source\n"\u202Egnp.exe\u202C is great",Actors\u202E,\u2067Dana\u2069,\u202DPodcast\n'],
    ['NDJSON', 'a.ndjson', '{"text":"\u202Egnp.exe\u202C is great","group":"Actors\u202E","speaker":"\u2067Dana\u2069","source":"\u202DPodcast"}\n'],
  ])('lose their bidi controls in %s; the statement’s text keeps its own', (_, name, text) => {
    const { statements } = readAll(text, { name });
    expect(statements[0]).toMatchObject({ text: '\u202Egnp.exe\u202C is great', group: 'Actors', speaker: 'Dana', source: 'Podcast' });
  });

  it('keep their direction marks, which open nothing', () => {
    const { statements } = readAll('text,group\nGood,קבוצה 2\u200F\n', { name: 'a.csv' });
    expect(statements[0]!.group).toBe('קבוצה 2\u200F');
  });

  it('are blank when nothing but controls and spaces is left: the row is skipped as having no group', () => {
    const { statements, issues } = readAll('text,group\nGood,\u202E \u202C\nFine,A\n', { name: 'a.csv' });
    expect(statements.map((s) => s.group)).toEqual(['A']);
    expect(issues).toEqual([{ row: 1, column: 'group', message: 'Row 1 has no group (column "group"); skipped.' }]);
  });

  it('are trimmed once the controls are out, so " Actors\u202E" and "Actors" are one group', () => {
    const { statements } = readAll('text,group\nGood,\u202E Actors \u202C\nFine,Actors\n', { name: 'a.csv' });
    expect(new Set(statements.map((s) => s.group))).toEqual(new Set(['Actors']));
  });
});

describe('a web page where statements were expected', () => {
  const page = '<!doctype html>\n<html lang="en"><head><title>Stakeholder Sentiment</title></head><body></body></html>\n';

  it.each([
    ['saved as .csv', 'x.csv', page],
    ['saved as .json', 'x.json', page],
    ['saved as .ndjson', 'x.ndjson', page],
    ['in upper case, after blank lines', 'x.csv', '\n  \n<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">\n<HTML></HTML>\n'],
    ['without a doctype', 'x.tsv', '<html>\n<body>Not found</body>\n</html>\n'],
    ['longer than the sniffer’s first look', 'x.csv', page + '<p>filler</p>\n'.repeat(1000)],
  ])('is refused with a message that says so: %s', (_, name, text) => {
    expect(() => readAll(text, { name })).toThrow(
      new DataError(
        `${name} looks like a web page (HTML), not a table of statements. A page saved from a browser holds the page, ` +
          'not its data: download the statements themselves as CSV, TSV, JSON or NDJSON and load that.',
      ),
    );
  });

  it('is refused however its text is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('<!doctype html>', '<!DOCTYPE html>', '<!DocType  HTML>', '<html>', '<HTML lang="en">'),
        fc.constantFrom('', '\n', '  \n\t'),
        fc.array(fc.nat({ max: 5000 }), { maxLength: 6 }),
        (start, blank, cuts) => {
          const text = blank + start + '\n<body>' + 'x'.repeat(5000) + '</body></html>\n';
          const reader = new StatementReader({ name: 'x.csv' });
          let at = 0;
          const read = () => {
            for (const cut of [...cuts].sort((a, b) => a - b)) {
              reader.push(text.slice(at, Math.max(at, cut)));
              at = Math.max(at, cut);
            }
            reader.push(text.slice(at));
            reader.end();
          };
          expect(read).toThrow(/^x\.csv looks like a web page \(HTML\)/);
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    ['markup in a statement', 'text,group\n<!doctype html> is what I saw,Actors\n'],
    ['a header whose first name only starts with "<html"', '<htmlish>,text,group\n1,Hello,Actors\n'],
    ['a script where NDJSON should be: a line that is not JSON, not a web page', '{"text":"Hello","group":"Actors"}\n<script>x</script>\n'],
  ])('is not mistaken for %s', (_, text) => {
    expect(readAll(text, { name: text.startsWith('{') ? 'a.ndjson' : 'a.csv' }).statements).toHaveLength(1);
  });

  it('is not looked for when the caller gives the format: a workbook’s sheet, whose first cell may say anything', () => {
    const { statements } = readAll('<html>,text,group\n1,Hello,Actors\n', { format: 'csv', fromSheet: true });
    expect(statements).toHaveLength(1);
  });
});
