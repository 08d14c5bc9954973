/**
 * Read -> parse -> validate -> score, off the main thread, streaming the file
 * and posting progress. The page never runs the scorer; this worker is its
 * only caller in the browser. Cancelling is the page terminating the worker.
 *
 * It keeps no statements between requests: a rescore or the other methods read
 * the source again. Holding 100,000 statements for those made every load
 * slower (the engine copies what survives, twice), and a worker restarted after
 * a cancel could not score again.
 */
import { decodeChunks } from '../lib/data/decode';
import { ColumnsNeeded, DataError } from '../lib/data/errors';
import * as say from '../lib/data/messages';
import { StatementReader, type Batch } from '../lib/data/reader';
import { readWorkbook, SheetNeeded } from '../lib/data/xlsx/workbook';
import { gather, peek } from '../lib/data/xlsx/bytes';
import { SlicePacker, transferables, type PackedScored } from '../lib/table/pack';
import { createTallyScorer, NO_RULES } from '../lib/scoring/score';
import type { RowIssue, Statement } from '../lib/types';
import { ISSUE_LIMIT, MAX_BYTES, type LexiconEntries, type SourceToRead, type WorkerRequest, type WorkerResponse } from './protocol';

type ScoreRequest = Extract<WorkerRequest, { type: 'load' | 'rescore' }>;

/** Statements per message back to the page: small enough that no single message stalls it. */
const SLICE = 5000;
/** Least time between progress messages. */
const PROGRESS_MS = 250;
/**
 * Characters handed to the reader at a time. A browser reads a file in chunks of a megabyte or
 * two; read whole, each chunk's tens of thousands of parsed rows outlive the engine's cheap
 * young-generation collections and must be copied to the old generation. While the reader holds
 * back a long unfinished row (a quote that never closes), the rest of the chunk goes in whole:
 * it reads that row again at every piece.
 */
const PIECE = 64 * 1024;

function scorerFor(lexicon: LexiconEntries | undefined) {
  return createTallyScorer(lexicon ? { domain: new Map(lexicon) } : {});
}

function post(message: WorkerResponse) {
  self.postMessage(message);
}

/** Posts a slice of scored statements, its numbers transferred rather than copied. */
function postSlice(id: number, packed: PackedScored) {
  const message: WorkerResponse = { type: 'statements', id, statements: packed };
  self.postMessage(message, { transfer: transferables(packed) });
}

async function open({ source, name }: SourceToRead): Promise<{ bytes: AsyncIterable<Uint8Array>; size: number }> {
  if (source.kind === 'file') return { bytes: source.file.stream(), size: source.file.size };
  const response = await fetch(source.url);
  if (!response.ok || !response.body) {
    throw new DataError(`Could not read ${name}: the server answered ${response.status} ${response.statusText}.`.trim());
  }
  // A host that answers any path with the app's own page says so in the content type.
  if (/^\s*text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
    void response.body.cancel();
    throw new DataError(say.webPageFromServer(name));
  }
  return { bytes: response.body, size: Number(response.headers.get('content-length')) || 0 };
}

/** What reading a source found besides its statements. */
interface ReadReport {
  bytes: number;
  /** The first rows that could not be used (at most ISSUE_LIMIT), and how many there were in all. */
  issues: RowIssue[];
  skipped: number;
  unreadableDates: number;
  replacedCharacters: number;
  /** The file was not UTF-8 and was read as Windows-1252 (lib/data/decode.ts). */
  readAsWindows1252: boolean;
  extraColumns: string[];
  standIns: Partial<Record<'text' | 'group', string>>;
}

/**
 * Streams the source's statements to `each` in file order, posting progress when `progress`.
 * Throws a DataError when the source holds no statement that can be used.
 */
async function read(id: number, request: SourceToRead, progress: boolean, each: (statement: Statement) => void): Promise<ReadReport> {
  const { name } = request;
  const { bytes, size } = await open(request);
  if (size > MAX_BYTES) {
    throw new DataError(
      `${name} is ${Math.round(size / 1048576)} MB; this app reads files up to ${MAX_BYTES / 1048576} MB in a browser tab. ` +
        'Split the file, or score it with `npm run score`, which streams files of any size.',
    );
  }
  let done = 0;
  const counted = (async function* () {
    for await (const chunk of bytes) {
      done += chunk.byteLength;
      yield chunk;
    }
  })();
  const { zip: workbook, all } = await peek(counted);
  const text = workbook ? undefined : decodeChunks(all);
  // The page makes repeated ids unique as the slices arrive, when its thread is otherwise idle.
  // A workbook's sheet arrives as CSV.
  const reader = new StatementReader({ name, columns: request.columns, uniqueIds: false, format: workbook ? 'csv' : undefined, fromSheet: workbook });
  const issues: RowIssue[] = [];
  let skipped = 0;
  let count = 0;
  let lastProgress = 0;

  const take = (batch: Batch) => {
    skipped += batch.issues.length;
    for (const issue of batch.issues) if (issues.length < ISSUE_LIMIT) issues.push(issue);
    for (const statement of batch.statements) each(statement);
    count += batch.statements.length;
    const now = performance.now();
    if (progress && now - lastProgress > PROGRESS_MS) {
      lastProgress = now;
      post({ type: 'progress', id, bytes: done, totalBytes: size, rows: reader.rows });
    }
  };

  if (text) {
    for await (const chunk of text.chunks) for (const piece of pieces(chunk, reader)) take(reader.push(piece));
  } else {
    readWorkbook(await gather(all, name), request.sheet, (csv) => take(reader.push(csv)));
  }
  take(reader.end());
  if (count === 0) {
    const rows = skipped === 1 ? '1 row was' : `${skipped.toLocaleString('en-US')} rows were`;
    const why = issues[0] ? ` ${rows} skipped; the first: ${issues[0].message}` : '';
    throw new DataError(`No statements could be loaded from ${name}.${why || ' It has a header but no rows.'}`);
  }
  return {
    bytes: done,
    issues,
    skipped,
    unreadableDates: reader.unreadableDates,
    replacedCharacters: text?.replaced() ?? 0,
    readAsWindows1252: text?.encoding() === 'windows-1252',
    extraColumns: reader.extraColumns,
    standIns: reader.standIns,
  };
}

/** A chunk in pieces of about PIECE characters, each cut after a line break when there is one nearby. */
function* pieces(text: string, reader: StatementReader): Generator<string> {
  let at = 0;
  while (text.length - at > PIECE && reader.pending < PIECE) {
    const cut = text.lastIndexOf('\n', at + PIECE);
    const end = cut > at ? cut + 1 : at + PIECE;
    yield text.slice(at, end);
    at = end;
  }
  if (at < text.length) yield text.slice(at);
}

/**
 * Scores every statement of the source, posting slices as they fill; then `loaded` for a load,
 * `rescored` for a rescore. The page counts the group statistics as the slices arrive.
 */
async function score(request: ScoreRequest): Promise<void> {
  const { id } = request;
  const scorer = scorerFor(request.lexicon);
  const packer = new SlicePacker(SLICE);
  const found = await read(id, request, request.type === 'load', (statement) => {
    packer.add(statement, scorer(statement.text));
    if (packer.length === SLICE) postSlice(id, packer.take());
  });
  if (packer.length) postSlice(id, packer.take());
  if (request.type === 'rescore') post({ type: 'rescored', id });
  else post({ type: 'loaded', id, name: request.name, ...found });
}

/**
 * Each statement's polarity under plain AFINN and under our rules without the domain lexicon, sent as
 * transferable arrays of 32-bit numbers: the page keeps them beside the table, and the method
 * sensitivity chart shows means to two decimals, so 64 bits would double their memory (16 MB at
 * 1,000,000 statements) for digits nobody sees.
 */
async function methods(request: Extract<WorkerRequest, { type: 'methods' }>): Promise<void> {
  const plain = createTallyScorer({ rules: NO_RULES, domain: false });
  const bare = createTallyScorer({ domain: false });
  const afinnScores: number[] = [];
  const noDomainScores: number[] = [];
  await read(request.id, request, false, (statement) => {
    afinnScores.push(plain(statement.text).polarity);
    noDomainScores.push(bare(statement.text).polarity);
  });
  const afinn = Float32Array.from(afinnScores);
  const noDomain = Float32Array.from(noDomainScores);
  const message: WorkerResponse = { type: 'methods', id: request.id, afinn, noDomain };
  self.postMessage(message, { transfer: [afinn.buffer, noDomain.buffer] });
}

/** What a failure is about, before its reason: a load names its file itself. */
const FAILED: Record<WorkerRequest['type'], string> = {
  load: '',
  rescore: 'The scores could not be updated. ',
  methods: 'The other methods could not be worked out. ',
};

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const work = request.type === 'methods' ? methods(request) : score(request);
  work.catch((error: unknown) => {
    if (error instanceof SheetNeeded && request.type === 'load') {
      post({ type: 'needs-sheet', id: request.id, message: error.message, sheets: error.sheets });
    } else if (error instanceof ColumnsNeeded && request.type === 'load') {
      post({ type: 'needs-columns', id: request.id, message: error.message, headers: error.headers, samples: error.samples, guess: error.guess });
    } else {
      const verb = request.type === 'load' ? 'load' : 'read';
      const reason = error instanceof DataError ? error.message : `Could not ${verb} ${request.name}: ${(error as Error).message}`;
      post({ type: 'failed', id: request.id, message: FAILED[request.type] + reason });
    }
  });
};
