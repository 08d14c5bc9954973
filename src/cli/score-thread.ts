/**
 * One worker thread of `npm run score`: scores the batches of statements it is
 * sent with the browser's scorer and sends back their output lines, in the
 * format asked for. Built into a plain module by score-threads.ts.
 */
import { parentPort } from 'node:worker_threads';
import { createScorer } from '../lib/scoring/score';
import { scoreBatch, type OutputFormat } from './score-batch';
import { unpackStatements, type PackedStatements } from './statement-columns';

export interface Job {
  seq: number;
  format: OutputFormat;
  statements: PackedStatements;
}

export interface Done {
  seq: number;
  /** The batch's output in UTF-8, one line per statement, each ending in a line feed. */
  bytes: Uint8Array;
}

const score = createScorer();
const utf8 = new TextEncoder();
parentPort!.on('message', ({ seq, format, statements }: Job) => {
  // Encoded here, the output reaches the main thread without a copy and is written as it is.
  const bytes = utf8.encode(scoreBatch(unpackStatements(statements), format, score));
  parentPort!.postMessage({ seq, bytes } satisfies Done, [bytes.buffer]);
});
