/**
 * npm run score -- FILE --out OUT.jsonl [--sheet NAME] [--format jsonl|csv] [--threads N]
 *
 * Scores a CSV, TSV, JSON, NDJSON or Excel (.xlsx) file of statements with
 * the same column detection and the same reader and scorer as the browser.
 * CSV, TSV and NDJSON stream chunk by chunk, so a million lines never sit in
 * memory at once; a JSON document is read whole (up to 64 MB; use NDJSON
 * beyond), and so is a workbook (up to 100 MB; --sheet picks its sheet).
 * Scoring runs on one thread per core unless --threads says otherwise: the
 * main thread reads the file and scores what the worker threads have no room
 * for (--threads 1 scores on the main thread alone); the records come out in
 * the input's order. Progress goes to stderr; bad rows are counted and
 * reported, never fatal.
 */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { once } from 'node:events';
import { decodeChunks } from '../lib/data/decode';
import { DataError } from '../lib/data/errors';
import { gather, peek } from '../lib/data/xlsx/bytes';
import { NoSuchSheet, readWorkbook, SheetNeeded } from '../lib/data/xlsx/workbook';
import { StatementReader, type Batch } from '../lib/data/reader';
import { createScorer } from '../lib/scoring/score';
import { csvHeader } from '../lib/export/records';
import type { RowIssue, Statement } from '../lib/types';
import { availableParallelism } from 'node:os';
import { scoreBatch } from './score-batch';
import { ScoringThreads } from './score-threads';

/** Statements sent to a thread at a time: enough that posting them costs little beside scoring them. */
const THREAD_BATCH = 2_000;

const USAGE = 'Usage: npm run score -- FILE --out OUT.jsonl [--sheet NAME] [--format jsonl|csv] [--threads N]';

interface Options {
  file: string;
  out: string;
  /** The workbook's sheet to read. */
  sheet?: string;
  format: 'jsonl' | 'csv';
  threads: number;
}

/** The FILE that reads the statements piped to the command. */
const STDIN = '-';

/** What each option does, printed with the usage for --help. */
const HELP = `${USAGE}

  FILE              statements as CSV, TSV, JSON, NDJSON or an Excel workbook (.xlsx), with a text column;
                    - reads them from standard input
  --out OUT         where the scored records go; .csv there means --format csv
  --sheet NAME      the workbook's sheet that holds the statements, when it has several
  --format F        jsonl (default): a JSON record per line; csv: a spreadsheet-safe table
  --threads N       threads to score on, 1 to 64 (default: one per core)`;

/** Ends the command with what is wrong in it, and the usage. */
function fail(problem: string): never {
  throw new DataError(`${problem}\n${USAGE}`);
}

function parseArgs(argv: string[]): Options {
  const args = argv.filter((a) => a !== '--');
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const out = value('--out');
  const format = value('--format') ?? (out?.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
  const threadsText = value('--threads');
  const sheet = value('--sheet');
  const threads = threadsText === undefined ? availableParallelism() : Number(threadsText);
  const [file, ...rest] = args;
  if (!file) fail('name the file to score');
  if (rest.length) fail(`unexpected ${rest.join(' ')}`);
  if (!out) fail('--out must name the file to write');
  if (format !== 'jsonl' && format !== 'csv') fail(`--format must be jsonl or csv, not ${format}`);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) fail(`--threads takes a whole number from 1 to 64, not ${threadsText}`);
  if (file !== STDIN) {
    if (!existsSync(file)) fail(`${file} does not exist`);
    if (statSync(file).isDirectory()) fail(`${file} is a folder, not a file`);
    if (resolve(out) === resolve(file)) fail('--out names the file being scored, which writing would destroy');
  }
  return { file, out, sheet, format, threads };
}

/** Statements and row issues, a batch at a time, read by the same reader as the browser's worker. */
async function* readStatements(file: string, sheet: string | undefined): AsyncGenerator<Batch> {
  const name = file === STDIN ? 'the standard input' : file;
  const { zip, all } = await peek(file === STDIN ? process.stdin : createReadStream(file));
  if (zip) return yield* readSheet(await gather(all, name), name, sheet);
  if (sheet !== undefined) throw new DataError(`--sheet names a sheet of an Excel workbook, and ${name} is not one.`);
  const text = decodeChunks(all);
  const reader = new StatementReader({ name });
  for await (const chunk of text.chunks) yield reader.push(chunk);
  yield reader.end();
  if (text.encoding() === 'windows-1252') process.stderr.write(`${name} is not UTF-8: read it as Windows-1252 (Western European).\n`);
}

/** A workbook's sheet, read as the browser reads it: its rows handed on as CSV, read a piece at a time. */
function* readSheet(bytes: Uint8Array, name: string, sheet: string | undefined): Generator<Batch> {
  const pieces: string[] = [];
  try {
    readWorkbook(bytes, sheet, (csv) => pieces.push(csv));
  } catch (error) {
    const choose = (sheets: string[]) => `${name} has ${sheets.length === 1 ? 'one sheet' : `${sheets.length} sheets`} (${sheets.join(', ')})`;
    if (error instanceof SheetNeeded) throw new DataError(`${choose(error.sheets)}: name the one that holds the statements with --sheet NAME.`);
    if (error instanceof NoSuchSheet) throw new DataError(`${choose(error.sheets)}, none named "${error.sheet}".`);
    throw error;
  }
  const reader = new StatementReader({ name, format: 'csv', fromSheet: true });
  for (const piece of pieces) yield reader.push(piece);
  yield reader.end();
}

/** On a terminal progress rewrites one line; in a log it adds a line now and then. */
const TTY = process.stderr.isTTY;
const PROGRESS_EVERY = TTY ? 10_000 : 100_000;
const progress = (text: string) => process.stderr.write(TTY ? `\r${text}` : `${text}\n`);

interface Tally {
  scored: number;
  skipped: number;
  /** The first 20 skipped rows, to name. */
  issues: RowIssue[];
}

/** Reads and scores the file, writing each record (or each batch, through the threads) as it goes. */
async function scoreFile(options: Options, write: (line: string | Uint8Array) => Promise<void>, threads: ScoringThreads | undefined): Promise<Tally> {
  const score = createScorer();
  const tally: Tally = { scored: 0, skipped: 0, issues: [] };
  let waiting: Statement[] = [];
  for await (const batch of readStatements(options.file, options.sheet)) {
    tally.skipped += batch.issues.length;
    for (const issue of batch.issues) if (tally.issues.length < 20) tally.issues.push(issue);
    for (const statement of batch.statements) {
      tally.scored += 1;
      if (tally.scored % PROGRESS_EVERY === 0) progress(`scored ${tally.scored.toLocaleString('en-US')} statements…`);
      if (threads) {
        waiting.push(statement);
        if (waiting.length === THREAD_BATCH) await threads.score(waiting.splice(0));
        continue;
      }
      await write(scoreBatch([statement], options.format, score));
    }
  }
  if (threads) {
    if (waiting.length) await threads.score(waiting);
    await threads.finish();
  }
  return tally;
}

async function main() {
  if (process.argv.some((arg) => arg === '--help' || arg === '-h')) return void process.stdout.write(HELP + '\n');
  const options = parseArgs(process.argv.slice(2));
  const out = createWriteStream(options.out, { encoding: 'utf8' });
  await once(out, 'open').catch((error: NodeJS.ErrnoException) => {
    throw new DataError(`cannot write ${options.out}: ${error.code === 'ENOENT' ? 'its folder does not exist' : error.message}`);
  });
  const write = async (line: string | Uint8Array) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  if (options.format === 'csv') await write(csvHeader() + '\n');

  const threads = options.threads > 1 ? await ScoringThreads.start(options.threads, options.format, write) : undefined;
  const started = performance.now();
  // A file that cannot be read must not leave the threads running, and the command waiting on them.
  const { scored, skipped, issues } = await scoreFile(options, write, threads).catch(async (error: unknown) => {
    await threads?.stop();
    throw error;
  });
  out.end();
  await once(out, 'finish');
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(scored / Math.max(seconds, 1e-3)).toLocaleString('en-US');
  const how = options.threads > 1 ? `${options.threads} threads` : 'one thread';
  progress(
    `scored ${scored.toLocaleString('en-US')} statements in ${seconds.toFixed(1)} s (${rate} statements/s, ${how}) -> ${options.out}` +
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
