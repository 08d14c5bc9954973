/**
 * The worker threads of `npm run score`: one per core, each scoring batches of
 * statements while the main thread reads the file, with the output written in
 * the input's order whatever order the batches finish in.
 *
 * vite-node runs TypeScript in its own process only, so the thread's module is
 * first built into a plain one (in node_modules/.cache, beside the packages it
 * imports) with Vite's own build.
 */
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Statement } from '../lib/types';
import type { Done, Job } from './score-thread';
import { packStatements } from './statement-columns';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Each run builds its own copy, so two runs at once never overwrite each other's. */
const OUT_DIR = `${root}node_modules/.cache/score-thread/${process.pid}`;

async function buildThread(): Promise<string> {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { ssr: fileURLToPath(new URL('./score-thread.ts', import.meta.url)), outDir: OUT_DIR, emptyOutDir: true, minify: false },
    ssr: { noExternal: true },
  });
  return `${OUT_DIR}/score-thread.js`;
}

export class ScoringThreads {
  readonly #workers: Worker[];
  readonly #format: Job['format'];
  readonly #write: (bytes: Uint8Array) => Promise<void>;
  /** Finished batches waiting for the ones before them. */
  readonly #finished = new Map<number, Uint8Array>();
  /** Batches sent and not yet written. */
  #pending = 0;
  #sent = 0;
  #written = 0;
  #idle: Worker[];
  #wake: (() => void) | undefined;
  #failed: Error | undefined;
  #writing = Promise.resolve();

  private constructor(workers: Worker[], format: Job['format'], write: (bytes: Uint8Array) => Promise<void>) {
    this.#workers = workers;
    this.#idle = [...workers];
    this.#format = format;
    this.#write = write;
    for (const worker of workers) {
      worker.on('message', (done: Done) => this.#receive(worker, done));
      worker.on('error', (error) => this.#fail(error));
    }
  }

  /** Starts `count` threads; `write` is called with each batch's output, in input order. */
  static async start(count: number, format: Job['format'], write: (bytes: Uint8Array) => Promise<void>): Promise<ScoringThreads> {
    const file = await buildThread();
    return new ScoringThreads(
      Array.from({ length: count }, () => new Worker(file)),
      format,
      write,
    );
  }

  /** Sends a batch to the next idle thread, waiting for one when all are busy. */
  async score(statements: Statement[]): Promise<void> {
    // A thread is free, and the batches waiting to be written stay few even when one is slow.
    const busy = () => !this.#idle.length || this.#pending >= 4 * this.#workers.length;
    while (busy() && !this.#failed) await new Promise<void>((resolve) => (this.#wake = resolve));
    if (this.#failed) throw this.#failed;
    const worker = this.#idle.pop()!;
    this.#pending++;
    const packed = packStatements(statements);
    worker.postMessage({ seq: this.#sent++, format: this.#format, statements: packed } satisfies Job, [packed.lengths.buffer]);
  }

  /** Waits for every batch to be written, then stops the threads. */
  async finish(): Promise<void> {
    while (this.#pending && !this.#failed) await new Promise<void>((resolve) => (this.#wake = resolve));
    await this.#writing;
    await Promise.all(this.#workers.map((w) => w.terminate()));
    rmSync(OUT_DIR, { recursive: true, force: true });
    if (this.#failed) throw this.#failed;
  }

  #receive(worker: Worker, { seq, bytes }: Done) {
    this.#finished.set(seq, bytes);
    this.#idle.push(worker);
    // Write every batch that is next in line, one write after another.
    this.#writing = this.#writing.then(async () => {
      for (let next = this.#finished.get(this.#written); next !== undefined; next = this.#finished.get(this.#written)) {
        this.#finished.delete(this.#written++);
        await this.#write(next);
        this.#pending--;
      }
      this.#wakeUp();
    }, (error: Error) => this.#fail(error));
    this.#wakeUp();
  }

  #fail(error: Error) {
    this.#failed ??= error;
    this.#wakeUp();
  }

  #wakeUp() {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
