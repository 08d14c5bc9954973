import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { workbook } from '../../e2e/fixtures/ways-in/workbook.mjs';

const dir = mkdtempSync(join(tmpdir(), 'score-cli-'));
const root = new URL('../..', import.meta.url).pathname;

/** Runs the command, `input` on its standard input. */
function score(args: string[], input?: string) {
  // A command that never ends is stopped, and fails the test with no status, before the test's own
  // time is up: a test runs the command at most twice.
  const run = spawnSync('npx', ['vite-node', 'src/cli/score.ts', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 50_000, input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test starts vite-node in a new process (two for some), which takes seconds on a busy machine.
describe('npm run score', { timeout: 120_000 }, () => {
  const input = join(dir, 'in.csv');
  writeFileSync(
    input,
    '\uFEFFid,quote,stakeholder\r\n1,"We love this partnership, truly",Studios\r\n2,,Actors\r\n3,=HYPERLINK("x"),Actors\r\n4,They will replace us,Writers\r\n',
  );

  it('writes one JSON line per statement, with scores and explanation, and reports skipped rows', () => {
    const out = join(dir, 'out.jsonl');
    const { status, stderr } = score([input, '--out', out]);
    expect(status).toBe(0);
    expect(stderr).toContain('scored 3 statements');
    expect(stderr).toContain('skipped 1 rows');
    expect(stderr).toContain('Row 2 has no text');
    const records = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.id)).toEqual(['1', '3', '4']);
    expect(records[0]).toMatchObject({ group: 'Studios', concern: 0 });
    expect(records[0].enthusiasm).toBeGreaterThan(0);
    expect(records[0].explanation.map((e: { token: string }) => e.token)).toEqual(expect.arrayContaining(['love', 'partnership']));
    expect(records[0].quadrant).toBe('enthusiastic');
    expect(records[2]).toMatchObject({ group: 'Writers', enthusiasm: 0, concern: 2, net: -2, quadrant: 'concerned' });
    expect(records[2].polarity).toBeLessThan(0);
    for (const key of ['enthusiasmPerWord', 'concernPerWord', 'netPerWord']) expect(typeof records[0][key]).toBe('number');
  });

  it('reads a CSV saved as Windows-1252 with its accented letters, and says so', () => {
    const western = join(dir, 'western.csv');
    writeFileSync(western, Buffer.from('id,text,group\n1,Ein gro\u00dfer Erfolg,Gr\u00fcne\n', 'latin1'));
    const out = join(dir, 'western.jsonl');
    const run = score([western, '--out', out, '--threads', '1']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('is not UTF-8: read it as Windows-1252');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ text: 'Ein gro\u00dfer Erfolg', group: 'Gr\u00fcne' });
  });

  it('writes spreadsheet-safe CSV with --format csv', () => {
    const out = join(dir, 'out.txt');
    expect(score([input, '--out', out, '--format', 'csv']).status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    expect(rows[1]!.text).toBe('\'=HYPERLINK("x")');
    expect(rows[2]!.net).toBe('-2');
  });

  it('streams NDJSON, and says what is wrong with a bad command', () => {
    const ndjson = join(dir, 'in.ndjson');
    writeFileSync(ndjson, '{"text":"great","group":"A"}\nnot json\n{"text":"awful","group":"B"}\n');
    const out = join(dir, 'nd.jsonl');
    const run = score([ndjson, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Line 2 is not valid JSON');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);

    const bad = score([input]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Usage: npm run score');
  });

  it('skips a row with more values than the header, as the browser does, and loads one whose extra fields are empty', () => {
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, 'id,text,group\n1,We love it, but we worry about jobs,Actors\n2,We love it,Actors,,\n');
    const out = join(dir, 'wide.jsonl');
    const run = score([wide, '--out', out, '--threads', '1']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Row 1 has 4 values but the header has 3 columns; skipped');
    const records = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => [r.id, r.text, r.group])).toEqual([['2', 'We love it', 'Actors']]);
  });

  it('takes bidi controls out of groups, speakers and sources, as the browser does, and leaves the text as written', () => {
    const names = join(dir, 'names.csv');
    writeFileSync(names, 'text,group,speaker,source\n\u202Egreat\u202C,Actors\u202E,\u2067Dana\u2069,\u202DPodcast\n');
    const out = join(dir, 'names.jsonl');
    expect(score([names, '--out', out, '--threads', '1']).status).toBe(0);
    const record = JSON.parse(readFileSync(out, 'utf8'));
    expect(record).toMatchObject({ text: '\u202Egreat\u202C', group: 'Actors', speaker: 'Dana', source: 'Podcast' });
  });

  it('refuses a web page saved as .csv with the same message as the browser', () => {
    const html = join(dir, 'page.csv');
    writeFileSync(html, '<!DOCTYPE html>\n<html><body>Not found</body></html>\n');
    // On two threads, which must stop with the command rather than keep it waiting.
    const run = score([html, '--out', join(dir, 'page.jsonl'), '--threads', '2']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${html} looks like a web page (HTML), not a table of statements.`);
  });

  it.each([
    ['a file that is not there', [join(dir, 'nowhere.csv'), '--out', join(dir, 'x.jsonl')], `${join(dir, 'nowhere.csv')} does not exist`],
    ['an output in a folder that is not there', [input, '--out', join(dir, 'no-such-folder', 'x.jsonl')], `cannot write ${join(dir, 'no-such-folder', 'x.jsonl')}: its folder does not exist`],
    ['an output that is the file scored', [input, '--out', input], '--out names the file being scored, which writing would destroy'],
    ['a sheet of a file that is no workbook', [input, '--sheet', 'Statements', '--out', join(dir, 'x.jsonl')], `--sheet names a sheet of an Excel workbook, and ${input} is not one.`],
  ])('names what is wrong with %s, and ends', (_, args, message) => {
    const run = score(args);
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([1, message]);
  });

  it('reads statements piped to it', () => {
    const out = join(dir, 'piped.jsonl');
    const run = score(['-', '--out', out, '--threads', '1'], 'text,group\nWe love this,Studios\nThey will replace us,Writers\n');
    expect([run.status, readFileSync(out, 'utf8').trim().split('\n').length]).toEqual([0, 2]);
  });

  describe('an Excel workbook', () => {
    const book = join(dir, 'survey.xlsx');
    const sheet = (text: string) => ({ rows: [['id', 'text', 'group'], ['1', text, 'Studios'], ['2', 'They will replace us', 'Writers']] });
    writeFileSync(book, workbook([{ name: 'Notes', ...sheet('ignore me') }, { name: 'Statements', ...sheet('We love this partnership') }]));

    it('is scored from the sheet --sheet names', () => {
      const out = join(dir, 'book.jsonl');
      const run = score([book, '--sheet', 'Statements', '--out', out, '--threads', '1']);
      const records = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      expect([run.status, records.map((r) => [r.text, r.group])]).toEqual([
        0,
        [
          ['We love this partnership', 'Studios'],
          ['They will replace us', 'Writers'],
        ],
      ]);
    });

    it.each([
      ['no sheet', [], `${book} has 2 sheets (Notes, Statements): name the one that holds the statements with --sheet NAME.`],
      ['a sheet it does not have', ['--sheet', 'Mentions'], `${book} has 2 sheets (Notes, Statements), none named "Mentions".`],
    ])('with %s named, says which sheets it has', (_, sheetArgs, message) => {
      const run = score([book, ...sheetArgs, '--out', join(dir, 'book.jsonl'), '--threads', '1']);
      expect([run.status, run.stderr.trim()]).toEqual([1, message]);
    });
  });

  it('prints what each option does for --help', () => {
    const help = score(['--help']);
    expect([help.status, help.stdout]).toEqual([0, expect.stringContaining('--threads N       threads to score on')]);
  });

  it('writes the same records in the same order on several threads as on one', () => {
    const many = join(dir, 'many.csv');
    // Enough statements for many batches, each with its own id, so any reordering shows; on two
    // threads the main thread scores the batches its one worker has no room for.
    const words = ['great', 'awful', 'not bad', 'they will replace us', 'a partnership', 'slop'];
    writeFileSync(many, 'id,text,group\n' + Array.from({ length: 30_001 }, (_, i) => `${i},${words[i % words.length]} ${i},G${i % 5}`).join('\n') + '\n');
    const one = join(dir, 'one.jsonl');
    const several = join(dir, 'several.jsonl');
    expect(score([many, '--out', one, '--threads', '1']).status).toBe(0);
    const run = score([many, '--out', several, '--threads', '2']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('2 threads');
    expect(readFileSync(several, 'utf8')).toBe(readFileSync(one, 'utf8'));
  });
});
