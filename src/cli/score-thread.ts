/**
 * One worker thread of `npm run score`: scores the batches of statements it is
 * sent with the browser's scorer and sends back their output lines, in the
 * format asked for. Built into a plain module by score-threads.ts.
 */
import { parentPort } from 'node:worker_threads';
import { csvLine, scoredRecord } from '../lib/export/records';
import { createScorer, scoredStatement } from '../lib/scoring/score';
import { fromColumns, type StatementColumns } from './statement-columns';

export interface Job {
  seq: number;
  format: 'jsonl' | 'csv';
  statements: StatementColumns;
}

export interface Done {
  seq: number;
  /** The batch's output, one line per statement, each ending in a line feed. */
  text: string;
}

const score = createScorer();
parentPort!.on('message', ({ seq, format, statements }: Job) => {
  let text = '';
  for (const statement of fromColumns(statements)) {
    const result = scoredStatement(statement, score(statement.text));
    text += (format === 'csv' ? csvLine(result) : JSON.stringify(scoredRecord(result))) + '\n';
  }
  parentPort!.postMessage({ seq, text } satisfies Done);
});
