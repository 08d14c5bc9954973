/** Messages between the page and the scoring worker, tagged by `type`. */
import type { RowIssue, Scored } from '../lib/types';

export type WorkerRequest =
  /** Fetch a same-origin file and load it. */
  { type: 'load-url'; id: number; url: string; name: string };

export type WorkerResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'loaded'; id: number; name: string; statements: Scored[]; issues: RowIssue[] }
  | { type: 'failed'; id: number; message: string };
