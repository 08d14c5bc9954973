/**
 * The loaded dataset. Owns the scoring worker; the page only ever sees
 * finished, scored statements, or a message saying why a load failed, in
 * which case what was already loaded stays as it was.
 */
import type { RowIssue, Scored } from '../lib/types';
import type { WorkerRequest, WorkerResponse } from '../workers/protocol';

export type DatasetStatus = 'empty' | 'loading' | 'ready';

export class Dataset {
  #worker: Worker;
  #request = 0;

  status = $state<DatasetStatus>('empty');
  /** Rows scored so far in the current load. */
  progress = $state({ done: 0, total: 0 });
  /** Why the last load failed, or ''. */
  error = $state('');
  name = $state('');
  statements = $state.raw<Scored[]>([]);
  issues = $state.raw<RowIssue[]>([]);
  /** Every group in the data, in order of first appearance. */
  groups = $derived([...new Set(this.statements.map((s) => s.group))]);

  constructor() {
    this.#worker = new Worker(new URL('../workers/score.worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.#receive(event.data);
  }

  /** Loads a file from this app's own origin. */
  loadUrl(url: string, name: string) {
    this.#request += 1;
    this.status = 'loading';
    this.error = '';
    this.progress = { done: 0, total: 0 };
    const request: WorkerRequest = { type: 'load-url', id: this.#request, url, name };
    this.#worker.postMessage(request);
  }

  #receive(message: WorkerResponse) {
    if (message.id !== this.#request) return;
    switch (message.type) {
      case 'progress':
        this.progress = { done: message.done, total: message.total };
        break;
      case 'loaded':
        this.statements = message.statements;
        this.issues = message.issues;
        this.name = message.name;
        this.status = 'ready';
        break;
      case 'failed':
        this.error = message.message;
        this.status = this.statements.length ? 'ready' : 'empty';
        break;
    }
  }
}
