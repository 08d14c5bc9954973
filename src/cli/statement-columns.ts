/**
 * A batch of statements as one string and one array of lengths, the way `npm run score` posts
 * them to its threads. Cloning 2,000 objects of ten fields, or ten arrays of 2,000 strings, cost
 * the main thread, which also reads the file, far more than copying one flat string; the lengths
 * travel without a copy.
 */
import type { Statement } from '../lib/types';

const FIELDS = ['id', 'text', 'group', 'speaker', 'source', 'date', 'url', 'provenance', 'label'] as const;

export interface PackedStatements {
  /** Every field of every statement, one after another. */
  text: string;
  /**
   * Per statement: the nine fields' lengths in FIELDS' order, then 0 when it has no extra
   * columns or 1 + their count, then each extra column's length.
   */
  lengths: Uint32Array<ArrayBuffer>;
}

export function packStatements(statements: readonly Statement[]): PackedStatements {
  let count = 0;
  for (const statement of statements) count += FIELDS.length + 1 + (statement.extra?.length ?? 0);
  const lengths = new Uint32Array(count);
  // Appending builds one rope that is flattened once, when it is posted: twice as quick as a join.
  let text = '';
  let n = 0;
  for (const statement of statements) {
    for (const field of FIELDS) {
      const value = statement[field];
      text += value;
      lengths[n++] = value.length;
    }
    const extra = statement.extra;
    lengths[n++] = extra ? extra.length + 1 : 0;
    for (const value of extra ?? []) {
      text += value;
      lengths[n++] = value.length;
    }
  }
  return { text, lengths };
}

export function unpackStatements({ text, lengths }: PackedStatements): Statement[] {
  const statements: Statement[] = [];
  let at = 0;
  let n = 0;
  const next = () => text.slice(at, (at += lengths[n++]!));
  while (n < lengths.length) {
    const statement: Statement = {
      id: next(),
      text: next(),
      group: next(),
      speaker: next(),
      source: next(),
      date: next(),
      url: next(),
      provenance: next(),
      label: next(),
    };
    const extras = lengths[n++]!;
    if (extras) statement.extra = Array.from({ length: extras - 1 }, next);
    statements.push(statement);
  }
  return statements;
}
