/**
 * The scoring worker and its protocol: which worker answers, which request is
 * current, and a fresh worker ready for the next load. Answers to anything but
 * the current request are dropped here, so the dataset sees only answers that
 * still matter (the methods answer excepted: it names its own request).
 */
import { whenIdle } from '../lib/idle';
import type { WorkerRequest, WorkerResponse } from '../workers/protocol';

type Request<T extends WorkerRequest['type']> = Omit<Extract<WorkerRequest, { type: T }>, 'id'>;

export class ScoringWorker {
  #worker: Worker | undefined;
  /**
   * A worker started in an idle moment for the next load. Each load runs in a worker that has done
   * nothing else: the worker that had loaded the demo and worked out its other methods spent about
   * a tenth longer on 100,000 statements, its compiled code probably fitted to that other work (the
   * whole load ends a few percent sooner). Dropping the old worker also frees all it held.
   */
  #spare: Worker | undefined;
  #cancelSpare = () => {};
  #request = 0;
  #receive: (message: WorkerResponse) => void;
  #fail: () => void;
  #start: () => Worker;

  /**
   * `receive` gets the current request's answers (and every methods answer); `fail` is called when
   * the worker of the current request stops unexpectedly. `start` makes a worker (tests give a fake).
   */
  constructor(
    receive: (message: WorkerResponse) => void,
    fail: () => void,
    start = () => new Worker(new URL('../workers/score.worker.ts', import.meta.url), { type: 'module' }),
  ) {
    this.#receive = receive;
    this.#fail = fail;
    this.#start = start;
  }

  /** The id of the request whose answers are wanted now. */
  get current(): number {
    return this.#request;
  }

  /** Starts a load on a fresh worker; whatever the old one was doing is for statements this load replaces. */
  load(request: Request<'load'>): number {
    this.#cancelSpare();
    this.#worker?.terminate();
    this.#worker = this.#spare;
    this.#spare = undefined;
    return this.#post({ ...request, id: ++this.#request });
  }

  /** Asks the current worker to score what is loaded again. */
  rescore(request: Request<'rescore'>): number {
    return this.#post({ ...request, id: ++this.#request });
  }

  /** Asks for the other methods' nets for the current request's statements; the answer carries this id. */
  methods(request: Request<'methods'>): number {
    return this.#post({ ...request, id: this.#request });
  }

  /** Stops the worker; no answer to anything asked so far arrives after this. */
  stop() {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#request += 1;
  }

  /** Drops answers still to come for the current request (a load that asked for columns, say). */
  forget() {
    this.#request += 1;
  }

  /** Starts the next load's worker once the page is idle, unless there is one or a load starts first. */
  prepareSpare() {
    this.#cancelSpare();
    this.#cancelSpare = whenIdle(() => (this.#spare ??= this.#startWorker()));
  }

  #post(request: WorkerRequest): number {
    this.#worker ??= this.#startWorker();
    this.#worker.postMessage(request);
    return request.id;
  }

  #startWorker(): Worker {
    const worker = this.#start();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'methods' || message.id === this.#request) this.#receive(message);
    };
    worker.onerror = () => {
      if (worker === this.#spare) {
        this.#spare = undefined;
        return;
      }
      if (worker !== this.#worker) return;
      this.#worker = undefined;
      this.#fail();
    };
    return worker;
  }
}
