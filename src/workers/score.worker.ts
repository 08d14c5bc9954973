/**
 * Parse -> validate -> score, off the main thread, in batches with progress.
 * The page never runs the scorer; this worker is its only caller in the browser.
 */
import { DataError, parseStatements } from '../lib/data/parse';
import { createScorer } from '../lib/scoring/score';
import type { Scored } from '../lib/types';
import type { WorkerRequest, WorkerResponse } from './protocol';

const BATCH = 2000;
const scorer = createScorer();

function post(message: WorkerResponse) {
  self.postMessage(message);
}

async function load(request: WorkerRequest): Promise<void> {
  const { id, url, name } = request;
  const response = await fetch(url);
  if (!response.ok) throw new DataError(`Could not read ${name}: the server answered ${response.status}.`);
  const { statements, issues } = parseStatements(await response.text(), name);
  const scored: Scored[] = [];
  for (let start = 0; start < statements.length; start += BATCH) {
    for (const statement of statements.slice(start, start + BATCH)) {
      scored.push({ ...statement, ...scorer(statement.text) });
    }
    post({ type: 'progress', id, done: scored.length, total: statements.length });
  }
  post({ type: 'loaded', id, name, statements: scored, issues });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  load(request).catch((error: unknown) => {
    const message =
      error instanceof DataError ? error.message : `Could not load ${request.name}: ${(error as Error).message}`;
    post({ type: 'failed', id: request.id, message });
  });
};
