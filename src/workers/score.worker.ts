/**
 * Read -> parse -> validate -> score, off the main thread, streaming the file
 * and posting progress. The page never runs the scorer; this worker is its
 * only caller in the browser. Cancelling is the page terminating the worker.
 */
import { decodeChunks } from '../lib/data/decode';
import { GroupStatsBuilder } from '../lib/aggregate/groups';
import { ColumnsNeeded, DataError } from '../lib/data/errors';
import { StatementReader, type Batch } from '../lib/data/reader';
import { SlicePacker, transferables, type PackedScored } from '../lib/scoring/pack';
import { createScorer, NO_RULES, type Scorer } from '../lib/scoring/score';
import type { RowIssue, Statement } from '../lib/types';
import { ISSUE_LIMIT, MAX_BYTES, type LexiconEntries, type WorkerRequest, type WorkerResponse } from './protocol';

type LoadRequest = Extract<WorkerRequest, { type: 'load' }>;

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

/** The statements of the last successful load, kept to score again when the lexicon changes. */
let loadedStatements: Statement[] = [];

function scorerFor(lexicon: LexiconEntries | undefined) {
  return createScorer(lexicon ? { domain: new Map(lexicon) } : {});
}

function post(message: WorkerResponse) {
  self.postMessage(message);
}

/** Scores one statement into the slice being packed and the group statistics; posts the slice once it is full. */
function scoreInto(id: number, statement: Statement, scorer: Scorer, packer: SlicePacker, stats: GroupStatsBuilder) {
  const score = scorer(statement.text);
  packer.add(statement, score);
  stats.add(score, statement.group);
  if (packer.length === SLICE) postSlice(id, packer.take());
}

/** Posts a slice of scored statements, its numbers transferred rather than copied. */
function postSlice(id: number, packed: PackedScored) {
  const message: WorkerResponse = { type: 'statements', id, statements: packed };
  self.postMessage(message, { transfer: transferables(packed) });
}

async function open(request: LoadRequest): Promise<{ bytes: AsyncIterable<Uint8Array>; size: number }> {
  const { source, name } = request;
  if (source.kind === 'file') return { bytes: source.file.stream(), size: source.file.size };
  const response = await fetch(source.url);
  if (!response.ok || !response.body) {
    throw new DataError(`Could not read ${name}: the server answered ${response.status} ${response.statusText}.`.trim());
  }
  return { bytes: response.body, size: Number(response.headers.get('content-length')) || 0 };
}

async function load(request: LoadRequest): Promise<void> {
  const { id, name } = request;
  const scorer = scorerFor(request.lexicon);
  const statements: Statement[] = [];
  const { bytes, size } = await open(request);
  if (size > MAX_BYTES) {
    throw new DataError(
      `${name} is ${Math.round(size / 1048576)} MB; this app reads files up to ${MAX_BYTES / 1048576} MB in a browser tab. ` +
        'Split the file, or score it with `npm run score`, which streams files of any size.',
    );
  }
  let read = 0;
  const counted = (async function* () {
    for await (const chunk of bytes) {
      read += chunk.byteLength;
      yield chunk;
    }
  })();
  const text = decodeChunks(counted);
  // The page makes repeated ids unique as the slices arrive, when its thread is otherwise idle.
  const reader = new StatementReader({ name, columns: request.columns, uniqueIds: false });
  const issues: RowIssue[] = [];
  let skipped = 0;
  const stats = new GroupStatsBuilder();
  // The statements scored since the last slice was posted.
  const packer = new SlicePacker(SLICE);
  let lastProgress = 0;

  const take = (batch: Batch) => {
    skipped += batch.issues.length;
    for (const issue of batch.issues) if (issues.length < ISSUE_LIMIT) issues.push(issue);
    for (const statement of batch.statements) {
      statements.push(statement);
      scoreInto(id, statement, scorer, packer, stats);
    }
    const now = performance.now();
    if (now - lastProgress > PROGRESS_MS) {
      lastProgress = now;
      post({ type: 'progress', id, bytes: read, totalBytes: size, rows: reader.rows });
    }
  };

  for await (const chunk of text.chunks) for (const piece of pieces(chunk, reader)) take(reader.push(piece));
  take(reader.end());
  if (statements.length === 0) {
    const rows = skipped === 1 ? '1 row was' : `${skipped.toLocaleString('en-US')} rows were`;
    const why = issues[0] ? ` ${rows} skipped; the first: ${issues[0].message}` : '';
    throw new DataError(`No statements could be loaded from ${name}.${why || ' It has a header but no rows.'}`);
  }
  if (packer.length) postSlice(id, packer.take());
  loadedStatements = statements;
  post({
    type: 'loaded',
    id,
    name,
    bytes: read,
    issues,
    skipped,
    unreadableDates: reader.unreadableDates,
    replacedCharacters: text.replaced(),
    stats: stats.result(),
  });
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

/** Scores the last loaded statements again, in the same slices as a load. */
function rescore(id: number, lexicon: LexiconEntries | undefined) {
  if (loadedStatements.length === 0) {
    // A cancelled load restarts the worker, which then holds nothing to score again.
    post({ type: 'failed', id, message: 'The scores could not be updated: load the statements again to apply the lexicon.' });
    return;
  }
  const scorer = scorerFor(lexicon);
  const stats = new GroupStatsBuilder();
  const packer = new SlicePacker(SLICE);
  for (const statement of loadedStatements) scoreInto(id, statement, scorer, packer, stats);
  if (packer.length) postSlice(id, packer.take());
  post({ type: 'rescored', id, stats: stats.result() });
}

/** The last load's nets under plain AFINN and under our rules without the domain lexicon, sent as transferable arrays. */
function methods(id: number) {
  const afinn = new Float64Array(loadedStatements.length);
  const noDomain = new Float64Array(loadedStatements.length);
  const plain = createScorer({ rules: NO_RULES, domain: false });
  const bare = createScorer({ domain: false });
  loadedStatements.forEach((s, i) => {
    afinn[i] = plain(s.text).net;
    noDomain[i] = bare(s.text).net;
  });
  const message: WorkerResponse = { type: 'methods', id, afinn, noDomain };
  self.postMessage(message, { transfer: [afinn.buffer, noDomain.buffer] });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'rescore') return rescore(request.id, request.lexicon);
  if (request.type === 'methods') return methods(request.id);
  load(request).catch((error: unknown) => {
    if (error instanceof ColumnsNeeded) {
      post({ type: 'needs-columns', id: request.id, message: error.message, headers: error.headers, samples: error.samples });
    } else {
      const message =
        error instanceof DataError ? error.message : `Could not load ${request.name}: ${(error as Error).message}`;
      post({ type: 'failed', id: request.id, message });
    }
  });
};
