/**
 * A batch of statements scored into the score command's output: one line per
 * statement, CSV or JSON, each ending in a line feed. The threads and the main
 * thread score their batches with it, so both write the same lines.
 */
import { csvLine, scoredRecord } from '../lib/export/records';
import { scoredStatement, type Scorer } from '../lib/scoring/score';
import type { Statement } from '../lib/types';

export type OutputFormat = 'jsonl' | 'csv';

export function scoreBatch(statements: Iterable<Statement>, format: OutputFormat, score: Scorer): string {
  let text = '';
  for (const statement of statements) {
    const result = scoredStatement(statement, score(statement.text));
    text += (format === 'csv' ? csvLine(result) : JSON.stringify(scoredRecord(result))) + '\n';
  }
  return text;
}
