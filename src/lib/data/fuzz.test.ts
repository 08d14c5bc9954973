/**
 * Property tests over everything a stranger controls: the bytes of a file and
 * the query string of a link. Whatever comes in, out comes either a clear
 * result or a clear refusal, never a stray exception.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withoutBidiControls } from '../bidi';
import type { RowIssue, Statement } from '../types';
import { parseFilters, serializeFilters } from '../url/filters';
import { readDataParam } from '../url/data-param';
import { decodeChunks } from './decode';
import { ColumnsNeeded, DataError } from './errors';
import { StatementReader, readAll } from './reader';

/** FUZZ_SCALE=50 npx vitest run src/lib/data/fuzz.test.ts runs every property 50 times as long. */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });

// ---------------------------------------------------------------- the file reader

type Outcome =
  | { ok: true; statements: Statement[]; issues: RowIssue[]; replaced: number }
  | { ok: false; error: DataError };

/** Reads bytes as the worker does: decoded in stream mode, cut into chunks at `cuts`. */
async function read(bytes: Uint8Array, name: string, cuts: number[] = []): Promise<Outcome> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  async function* chunks() {
    let at = 0;
    for (const point of [...points, bytes.length]) {
      yield bytes.subarray(at, point);
      at = point;
    }
  }
  const text = decodeChunks(chunks());
  const reader = new StatementReader({ name });
  const statements: Statement[] = [];
  const issues: RowIssue[] = [];
  try {
    for await (const chunk of text.chunks) {
      const batch = reader.push(chunk);
      statements.push(...batch.statements);
      issues.push(...batch.issues);
    }
    const batch = reader.end();
    statements.push(...batch.statements);
    issues.push(...batch.issues);
  } catch (error) {
    // Anything but a DataError escapes here and fails the property.
    if (error instanceof DataError) return { ok: false, error };
    throw error;
  }
  issues.sort((a, b) => a.row - b.row || a.message.localeCompare(b.message));
  return { ok: true, statements, issues, replaced: text.replaced() };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What every outcome must look like, whatever the input. */
function checkOutcome(outcome: Outcome) {
  if (!outcome.ok) {
    const { error } = outcome;
    expect(error.message.trim()).not.toBe('');
    // A message to read, not a wall of text: no header list or JSON reason runs on.
    expect(error.message.length).toBeLessThan(1500);
    if (error instanceof ColumnsNeeded) {
      expect(error.headers.length).toBeGreaterThan(1);
      expect(error.samples.length).toBeLessThanOrEqual(3);
      for (const sample of error.samples) expect(sample).toHaveLength(error.headers.length);
    }
    return;
  }
  const ids = new Set<string>();
  for (const s of outcome.statements) {
    expect(s.text.trim()).not.toBe('');
    expect(s.group.trim()).not.toBe('');
    expect(s.id).not.toBe('');
    expect(s.date === '' || ISO.test(s.date), `date ${JSON.stringify(s.date)}`).toBe(true);
    const { extra, ...fields } = s;
    for (const value of Object.values(fields)) expect(typeof value).toBe('string');
    for (const value of extra ?? []) expect(typeof value).toBe('string');
    ids.add(s.id);
  }
  expect(ids.size, 'ids are distinct').toBe(outcome.statements.length);
  for (const issue of outcome.issues) {
    expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    expect(issue.message.trim()).not.toBe('');
  }
}

/** Comparable form of an outcome, so that a whole read and a chunked read can be compared. */
function summary(outcome: Outcome) {
  return outcome.ok
    ? { statements: outcome.statements, issues: outcome.issues, replaced: outcome.replaced }
    : { error: outcome.error.name, message: outcome.error.message };
}

const names = fc.constantFrom('a.csv', 'a.tsv', 'a.json', 'a.ndjson', 'a.jsonl', 'a.txt', 'statements', '');
const cuts = fc.array(fc.nat(), { maxLength: 12 });
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Bits that break parsers: quotes, separators, line ends, markup, escapes, invisible and odd characters. */
const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '"', '""', '"""', ',', '\t', ';', '|', '\n', '\r\n', '\r', ' ', '\\', '\\"', '{', '}', '[', ']', ':',
      '\uFEFF', '\u0000', '\u200B', '\u202E', '\u2028', '\uD800', '\uFFFD', '🎉', '👨‍👩‍👧', 'é', '日本',
      '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '=HYPERLINK("x")', '+cmd', '@SUM(1)',
      '__proto__', 'constructor', 'toString', 'text', 'group', 'date', 'id', 'great', 'terrible', 'not good',
      '2024-03-22', '0000-00-00', '99999-01-01', '22.03.2024', '1711065600', '-3', '1e999', 'null', 'true',
    ),
  },
);
const cell = fc.array(fragment, { maxLength: 5 }).map((parts) => parts.join(''));
const quoted = cell.map((c) => `"${c.replace(/"/g, '""')}"`);
const header = fc.array(
  fc.oneof(fc.constantFrom('text', 'group', 'statement', 'stakeholder', 'id', 'date', 'url', 'speaker', 'source', '__proto__', ''), cell),
  { minLength: 1, maxLength: 6 },
);

/** CSV, TSV, ';' and '|' files: a header that often names text and group, then rows of hostile cells. */
const delimited = fc
  .record({
    header,
    delimiter: fc.constantFrom(',', '\t', ';', '|'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    rows: fc.array(fc.array(fc.oneof(cell, quoted), { maxLength: 7 }), { maxLength: 8 }),
    bom: fc.boolean(),
  })
  .map(({ header, delimiter, newline, rows, bom }) =>
    (bom ? '\uFEFF' : '') + [header, ...rows].map((row) => row.join(delimiter)).join(newline),
  );

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const jsonRecord = fc.oneof(
  fc.record({ text: fc.oneof(cell, jsonValue), group: fc.oneof(cell, jsonValue) }, { requiredKeys: [] }),
  fc.dictionary(fc.oneof(fc.constantFrom('text', 'group', 'date', 'id', '__proto__', 'constructor'), cell), fc.oneof(cell, jsonValue), {
    maxKeys: 5,
  }),
  jsonValue,
);
/** JSON documents and NDJSON lines, sometimes cut short or with a character dropped in. */
const structured = fc
  .record({
    records: fc.array(jsonRecord, { maxLength: 6 }),
    shape: fc.constantFrom('array', 'object', 'ndjson', 'value'),
    damage: fc.option(fc.tuple(fc.nat(), fragment), { freq: 3 }),
  })
  .map(({ records, shape, damage }) => {
    let text =
      shape === 'array'
        ? JSON.stringify(records)
        : shape === 'object'
          ? JSON.stringify({ statements: records })
          : shape === 'ndjson'
            ? records.map((r) => JSON.stringify(r)).join('\n')
            : JSON.stringify(records[0] ?? null);
    if (damage) {
      const at = damage[0] % (text.length + 1);
      text = text.slice(0, at) + damage[1] + text.slice(at + (damage[0] % 3 === 0 ? 1 : 0));
    }
    return text;
  });

/** Any bytes at all, any text as UTF-8 (or UTF-16 with its mark), and structured text that looks almost right. */
const input = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.string({ unit: 'binary', maxLength: 300 }).map(utf8),
  delimited.map(utf8),
  structured.map(utf8),
  fc.tuple(fc.constantFrom('le', 'be'), delimited).map(([order, text]) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, order === 'le');
    for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), order === 'le');
    return bytes;
  }),
);

describe('the file reader, on any input', () => {
  it('gives statements and issues, or a DataError with a message; never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(input, names, cuts, async (bytes, name, at) => {
        checkOutcome(await read(bytes, name, at));
      }),
      runs(1500),
    );
  });

  it('gives the same outcome however the bytes are cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(input, names, cuts, async (bytes, name, at) => {
        expect(summary(await read(bytes, name, at))).toEqual(summary(await read(bytes, name)));
      }),
      runs(800),
    );
  });

  it('reads a well-formed file of hostile cells completely, row for row', async () => {
    // No NUL: a zero byte near the start marks a binary file, refused on purpose (the fixtures cover it).
    const nonBlank = cell.filter((c) => /[^\s\p{Cf}\p{Cc}]/u.test(c) && !c.includes('\u0000'));
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(nonBlank, nonBlank), { minLength: 1, maxLength: 8 }), cuts, async (rows, at) => {
        const csv = ['text,group', ...rows.map(([t, g]) => `${quote(t)},${quote(g)}`)].join('\r\n');
        const outcome = await read(utf8(csv), 'a.csv', at);
        checkOutcome(outcome);
        if (!outcome.ok) throw outcome.error;
        // Line ends inside cells become \n; a lone surrogate becomes U+FFFD in the encoding: compare on that footing.
        const norm = (s: string) => new TextDecoder().decode(utf8(s)).replace(/\r\n?/g, '\n').trim().replace(/^\uFEFF/, '');
        expect(outcome.issues).toEqual([]);
        // A group loses its bidi controls (lib/bidi.ts); the text keeps them.
        expect(outcome.statements.map((s) => [s.text, s.group])).toEqual(rows.map(([t, g]) => [norm(t), norm(withoutBidiControls(g))]));
      }),
      runs(400),
    );
  });
});

describe('a stray quote costs its own row, and no other', () => {
  // Cells with no quote, comma or line break: a quote inside a quoted one is the only fault in the file.
  const plain = fc.stringMatching(/^[a-zA-Z0-9 .!?']{1,12}$/).filter((c) => c.trim() !== '');
  const faults = fc.constantFrom(
    (t: string) => `"${t} "x, y`, // quoted, a quote not doubled, never closed on its line
    (t: string) => `"${t} "x" end"`, // quoted, a quote not doubled, closed on its line
    (t: string) => `"${t}`, // a quote opened and never closed
  );

  it('skips the row with the fault, names it, and reads every other row', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(plain, plain), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        faults,
        cuts,
        fc.constantFrom('\n', '\r\n'),
        async (rows, pick, fault, at, eol) => {
          const bad = pick % rows.length;
          const lines = rows.map(([t, g], i) => (i === bad ? `${g},${fault(t)}` : `${g},${t}`));
          const outcome = await read(utf8(['group,text', ...lines].join(eol) + eol), 'a.csv', at);
          checkOutcome(outcome);
          if (!outcome.ok) {
            // A file of one row, that row the faulty one, has nothing left to load.
            expect(rows.length).toBe(1);
            return;
          }
          expect(outcome.statements.map((s) => [s.text, s.group])).toEqual(
            rows.filter((_, i) => i !== bad).map(([t, g]) => [t.trim(), g.trim()]),
          );
          expect(outcome.issues.map((i) => i.row)).toEqual([bad + 1]);
          expect(outcome.issues[0]!.message).toMatch(new RegExp(`^Row ${bad + 1}: a quote`));
        },
      ),
      runs(400),
    );
  });

  it('the stray-quote file of four rows gives three statements and names row 2', () => {
    const csv = 'id,group,text\n1,writers,fine\n2,writers,"great "x, y\n3,actors,ok\n4,actors,also ok\n';
    const { statements, issues } = readAll(csv, { name: 'a.csv' });
    expect(statements.map((s) => s.id)).toEqual(['1', '3', '4']);
    expect(issues).toEqual([{ row: 2, message: expect.stringMatching(/^Row 2: a quote \("\) inside a quoted field is not doubled; skipped/) }]);
  });

  it('skips a quote that runs on past 16 MB without refusing the file, and reads the rows after it', () => {
    const reader = new StatementReader({ name: 'a.csv' });
    let got = 0;
    const issues: RowIssue[] = [];
    const take = (b: { statements: Statement[]; issues: RowIssue[] }) => ((got += b.statements.length), issues.push(...b.issues));
    const after = `${'after '.repeat(200)},C\n`;
    take(reader.push(`text,group\nfine,A\n"never closed,B\n${after.repeat(15_000)}`));
    take(reader.push(after.repeat(1_000)));
    take(reader.end());
    expect(issues.map((i) => i.row)).toEqual([2]);
    expect(got).toBe(1 + 16_000);
  });
});

// ---------------------------------------------------------------- URL state

const PAGE = 'https://app.example/dashboard/?x=1';

/** Query strings: arbitrary text, real-looking parameters, and the characters that trip decoders. */
const queryPart = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('%', '%E0%A4%A', '%zz', '%2C', '%26', '%3D', '+', ',', ',,', '=', '&', '#', '?', '%00', '%F0%9F%8E%89', '__proto__', 'Actors', 'Studios%20%26%20executives', '2024-03-22', '2024-02-30', '99999-01-01'),
);
const queryValue = fc.array(queryPart, { maxLength: 5 }).map((parts) => parts.join(''));
const query = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => `?${s}`),
  fc.webQueryParameters().map((s) => `?${s}`),
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom('groups', 'data', 'q', 'source', 'from', 'to', 'view', 'embed', 'grou%70s', 'groups '), queryPart), queryValue), { maxLength: 5 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : '')),
);
const known = fc.option(fc.uniqueArray(fc.oneof(fc.constantFrom('Actors', 'Studios & executives', 'A,B', '__proto__'), fc.string({ minLength: 1, maxLength: 6 })), { maxLength: 5 }), { nil: undefined });

describe('URL state, on any query string', () => {
  it('parseFilters never throws; what it keeps is clean, what it drops it says', () => {
    fc.assert(
      fc.property(query, known, (search, groupsKnown) => {
        const { filters, notices } = parseFilters(search, groupsKnown);
        for (const notice of notices) expect(typeof notice === 'string' && notice.trim() !== '').toBe(true);
        if (filters.groups === null) return;
        expect(new Set(filters.groups).size).toBe(filters.groups.length);
        for (const name of filters.groups) {
          expect(name).toBe(name.trim());
          expect(name).not.toBe('');
          if (groupsKnown) expect(groupsKnown).toContain(name);
        }
      }),
      runs(2000),
    );
  });

  it('whatever it reads round-trips through serializeFilters, and parameters that are not filters are kept', () => {
    fc.assert(
      fc.property(query, known, (search, groupsKnown) => {
        const { filters } = parseFilters(search, groupsKnown);
        const written = serializeFilters(filters, search);
        expect(parseFilters(written, groupsKnown).filters).toEqual(filters);
        expect(serializeFilters(filters, written)).toBe(written);
        const others = (s: string) =>
          s
            .replace(/^\?/, '')
            .split('&')
            .filter((pair) => pair && !isFilter(pair))
            // "embed" and "embed=" say the same; serializeFilters writes the second.
            .map((pair) => (pair.includes('=') ? pair : `${pair}=`));
        expect(others(written)).toEqual(others(search));
      }),
      runs(2000),
    );
  });

  it('readDataParam never throws, and only ever names a path on the page origin', () => {
    const pages = fc.constantFrom(PAGE, 'http://127.0.0.1:4173/', 'https://host.example/a/b/c.html#frag');
    fc.assert(
      fc.property(query, pages, (search, page) => {
        const result = readDataParam(search, page);
        if (result === null) return;
        if ('error' in result) {
          expect(result.error.trim()).not.toBe('');
          expect(result.error.length).toBeLessThan(500);
          return;
        }
        expect(result.url.startsWith('/') && !result.url.startsWith('//')).toBe(true);
        expect(new URL(result.url, page).origin).toBe(new URL(page).origin);
        expect(typeof result.name).toBe('string');
      }),
      runs(2000),
    );
  });
});

/** The URL contract's filter parameters; every other parameter (view, embed, data, unknown ones) is not the filters' to touch. */
const FILTERS = ['groups', 'q', 'source', 'from', 'to'];

function isFilter(pair: string): boolean {
  const key = pair.split('=')[0]!;
  try {
    return FILTERS.includes(decodeURIComponent(key.replace(/\+/g, ' ')));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- what the corpus and the fuzzer found

describe('hostile files, read as a user would want', () => {
  const readText = (text: string, name: string) => read(utf8(text), name);

  it.each([
    ['semicolons (Excel in many locales)', 'text;group;date\n"Great, really";Studios;22.03.2024\n', 'a.csv', ['Great, really', 'Studios', '2024-03-22']],
    ['tabs in a .csv', 'text\tgroup\nFine\tPress\n', 'a.csv', ['Fine', 'Press', '']],
    ['bars', 'text|group\nFine|Press\n', 'a.txt', ['Fine', 'Press', '']],
  ])('finds the delimiter from the header: %s', async (_, text, name, [t, g, d]) => {
    const outcome = await readText(text, name);
    expect(outcome.ok && outcome.statements.map((s) => [s.text, s.group, s.date])).toEqual([[t, g, d]]);
  });

  it.each([
    ['a quote never closed', 'text,group\nFine,A\nFine text,"Studios\nnext,row\nmore,rows\n', 3, /^Row 2: a quoted field is never closed; skipped/],
    ['a quote not doubled', 'text,group\n"She said "no" twice",A\nNext,B\n', 1, /^Row 1: a quote \("\) inside a quoted field is not doubled; skipped/],
    ['only blank or invisible groups', 'text,group\na,\u200B\nb,\u202E\u2060\nc, \nd,A\n', 1, /^Row 1 has no group/],
  ])('skips a row that cannot be trusted, once, and says why: %s', async (_, text, loaded, first) => {
    const outcome = await readText(text, 'a.csv');
    if (!outcome.ok) throw outcome.error;
    expect(outcome.statements).toHaveLength(loaded);
    expect(outcome.issues[0]!.message).toMatch(first);
    // No garbage group made of the rows after it.
    for (const s of outcome.statements) expect(s.group).not.toContain('\n');
  });

  it.each([
    ['a header whose quote never closes', '"text,group\nhello,A\n', 'a.csv', /^The header row \(the first line of the file\): a quoted field is never closed/],
    ['one column only', 'comment\nhi\n', 'a.csv', /^Only one column found, "comment"/],
    ['a web page', '<!doctype html>\n<p>hi</p>\n', 'a.csv', /^a\.csv looks like a web page \(HTML\), not a table of statements\./],
    ['one field only', '[{"text":"a"}]', 'a.json', /^Only one field found, "text"/],
    ['thousands of unknown columns', `${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\nx\n`, 'a.csv', /^None of the 5,000 columns could be recognised .* and 4,988 more\)/],
    ['NDJSON without one JSON line', '<b>\n{oops}\n', 'a.ndjson', /^No line of the file is a JSON record .* Line 1 is not valid JSON \(unexpected token '<' at column 1\)\.$/],
    ['JSON cut short', '[{"text":"cut', 'a.json', /^The file is not valid JSON: unterminated string at the end of the file\.$/],
  ])('refuses %s with a message that says what to fix', async (_, text, name, message) => {
    const outcome = await readText(text, name);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toMatch(message);
  });

  it('asks for columns with a short list of names, and samples aligned to them', async () => {
    const outcome = await readText(`${Array.from({ length: 50 }, (_, i) => `c${i}`).join(',')}\nonly,two\n`, 'a.csv');
    if (outcome.ok || !(outcome.error instanceof ColumnsNeeded)) throw new Error('expected ColumnsNeeded');
    expect(outcome.error.message).toContain('c11 and 38 more');
    expect(outcome.error.samples).toEqual([['only', 'two', ...Array(48).fill('')]]);
  });

  it('keeps every statement when ids repeat, giving the repeats a suffix', async () => {
    const outcome = await readText('id,text,group\n1,a,A\n1,b,A\nrow-4,c,A\n,d,A\n1 (2),e,A\n', 'a.csv');
    expect(outcome.ok && outcome.statements.map((s) => s.id)).toEqual(['1', '1 (2)', 'row-4', 'row-4 (2)', '1 (2) (2)']);
  });

  it('reads NDJSON keys first seen in later lines, and names lines as an editor counts them', async () => {
    const outcome = await readText('{"text":"a","group":"A"}\n\n{"text":"b","group":"B","speaker":"Ann"}\nnope\n{"text":"c"}\n', 'a.ndjson');
    if (!outcome.ok) throw outcome.error;
    expect(outcome.statements.map((s) => s.speaker)).toEqual(['', 'Ann']);
    expect(outcome.issues.map((i) => i.message)).toEqual([
      "Line 4 is not valid JSON (unexpected token 'o' at column 2); skipped.",
      'Line 5 has no group (field "group"); skipped.',
    ]);
  });

  // How fast these read is measured by `npm run bench`; here, that every record is read, in order.
  it('reads JSON whose every record has its own key', async () => {
    const records = Array.from({ length: 20_000 }, (_, i) => `{"text":"t${i}","group":"g","k${i}":1}`);
    const outcome = await readText(`[${records.join(',')}]`, 'a.json');
    if (!outcome.ok) throw outcome.error;
    expect(outcome.statements).toHaveLength(20_000);
    expect([outcome.statements[0]!.text, outcome.statements[19_999]!.text]).toEqual(['t0', 't19999']);
  });

  it('reads NDJSON whose every line has its own key', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `{"text":"t${i}","group":"g","k${i}":1}`);
    const outcome = await readText(lines.join('\n'), 'a.ndjson');
    if (!outcome.ok) throw outcome.error;
    expect(outcome.statements).toHaveLength(20_000);
    expect([outcome.statements[0]!.text, outcome.statements[19_999]!.text]).toEqual(['t0', 't19999']);
  });

  it('stops at once on a line that runs on past 16 MB without a break: at the first piece past it', async () => {
    const reader = new StatementReader({ name: 'a.ndjson' });
    const piece = 'x'.repeat(1 << 20);
    let taken = 0;
    expect(() => {
      for (let i = 0; i < 20; i++) {
        reader.push(piece);
        taken++;
      }
    }).toThrow(/^Line 1 runs on for more than 16 MB without a line break/);
    expect(taken).toBe(16);
  });

  it('tells UTF-16 without a byte-order mark from binary data', async () => {
    const bytes = new Uint8Array([...'text,group\nhi,A\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    const outcome = await read(bytes, 'a.csv');
    expect(!outcome.ok && outcome.error.message).toMatch(/^This file looks like UTF-16 text without a byte-order mark/);
  });

  it('reads a byte-order mark split across chunks', async () => {
    const text = 'text,group\nCafé,A\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    const outcome = await read(bytes, 'a.csv', [1, 2, 3]);
    expect(outcome.ok && outcome.statements.map((s) => s.text)).toEqual(['Café']);
  });
});
