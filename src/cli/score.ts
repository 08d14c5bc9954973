/**
 * npm run score -- FILE --out OUT.jsonl [--format jsonl|csv]
 *
 * Scores a CSV, TSV, JSON or NDJSON file of statements with the same column
 * detection and the same scorer as the browser. CSV, TSV and NDJSON stream
 * row by row, so a million lines never sit in memory at once; a JSON array is
 * read whole (use NDJSON for very large files). Progress goes to stderr; bad
 * rows are counted and reported, never fatal.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { DataError, detectFormat, parseStatements, recordCells, rowReader } from '../lib/data/parse';
import { createScorer } from '../lib/scoring/score';
import { csvHeader, csvLine, scoredRecord } from '../lib/export/records';
import type { RowIssue, Statement } from '../lib/types';

const USAGE = 'Usage: npm run score -- FILE --out OUT.jsonl [--format jsonl|csv]';

interface Options {
  file: string;
  out: string;
  format: 'jsonl' | 'csv';
}

function parseArgs(argv: string[]): Options {
  const args = argv.filter((a) => a !== '--');
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const out = value('--out');
  const format = value('--format') ?? (out?.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
  const [file, ...rest] = args;
  if (!file || !out || rest.length || (format !== 'jsonl' && format !== 'csv')) {
    throw new DataError(`${USAGE}\n(got: ${argv.join(' ') || 'nothing'})`);
  }
  return { file, out, format };
}

/** Statements and row issues, one at a time, whatever the input format. */
async function* readStatements(file: string): AsyncGenerator<Statement | RowIssue> {
  const head = await firstChars(file, 4096);
  const format = detectFormat(file, head);
  if (format === 'json') {
    const { statements, issues } = parseStatements(await readFile(file, 'utf8'), file);
    yield* issues;
    yield* statements;
    return;
  }
  const input = createReadStream(file, { encoding: 'utf8' });
  if (format === 'ndjson') {
    let row = 0;
    const readers = new Map<string, ReturnType<typeof rowReader>>();
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      row += 1;
      const text = row === 1 ? line.replace(/^\uFEFF/, '') : line;
      if (text.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        yield { row, message: `Line ${row} is not valid JSON; skipped.` };
        continue;
      }
      const { keys, cells } = recordCells(record);
      const signature = JSON.stringify(keys);
      let read = readers.get(signature);
      if (!read) {
        try {
          read = rowReader(keys);
        } catch (error) {
          yield { row, message: `Line ${row}: ${(error as Error).message}` };
          continue;
        }
        readers.set(signature, read);
      }
      yield read(cells, row);
    }
    return;
  }
  // CSV and TSV: papaparse as a Node stream, counting rows ourselves (its own count restarts per chunk).
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    delimiter: format === 'tsv' ? '\t' : ',',
    skipEmptyLines: 'greedy',
  });
  input.pipe(parser);
  let read: ReturnType<typeof rowReader> | undefined;
  let row = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    if (!read) {
      read = rowReader(cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim()));
      continue;
    }
    row += 1;
    yield read(cells, row);
  }
  if (!read) throw new DataError(`${file} is empty: there are no statements to score.`);
}

async function firstChars(file: string, count: number): Promise<string> {
  const stream = createReadStream(file, { encoding: 'utf8', start: 0, end: count });
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

/** On a terminal progress rewrites one line; in a log it adds a line now and then. */
const TTY = process.stderr.isTTY;
const PROGRESS_EVERY = TTY ? 10_000 : 100_000;
const progress = (text: string) => process.stderr.write(TTY ? `\r${text}` : `${text}\n`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const score = createScorer();
  const out = createWriteStream(options.out, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(line + '\n')) await once(out, 'drain');
  };
  if (options.format === 'csv') await write(csvHeader());

  let scored = 0;
  const issues: RowIssue[] = [];
  let skipped = 0;
  const started = performance.now();
  for await (const item of readStatements(options.file)) {
    if ('message' in item) {
      skipped += 1;
      if (issues.length < 20) issues.push(item);
      continue;
    }
    const result = { ...item, ...score(item.text) };
    await write(options.format === 'csv' ? csvLine(result) : JSON.stringify(scoredRecord(result)));
    scored += 1;
    if (scored % PROGRESS_EVERY === 0) progress(`scored ${scored.toLocaleString('en-US')} statements…`);
  }
  out.end();
  await once(out, 'finish');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  progress(
    `scored ${scored.toLocaleString('en-US')} statements in ${seconds} s -> ${options.out}` +
      (skipped ? `; skipped ${skipped.toLocaleString('en-US')} rows:\n` + issues.map((i) => `  ${i.message}`).join('\n') : '') +
      (skipped > issues.length ? `\n  … and ${skipped - issues.length} more` : ''),
  );
  if (TTY) process.stderr.write('\n');
}

main().catch((error: unknown) => {
  const message = error instanceof DataError ? error.message : `score failed: ${(error as Error).stack ?? error}`;
  process.stderr.write(message + '\n');
  process.exitCode = 1;
});
