/**
 * The threads of `npm run score`: one per core, the main thread among them.
 * The main thread reads the file and hands each batch of statements to a
 * worker thread that has room for it; when every worker already holds its
 * share, the main thread scores the batch itself rather than wait. The output
 * is written in the input's order whatever order the batches finish in.
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
import { createScorer } from '../lib/scoring/score';
import { scoreBatch, type OutputFormat } from './score-batch';
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

/** Batches a worker holds at once: with the next one waiting, it never idles while the main thread is busy. */
const HELD = 2;

type Output = string | Uint8Array;

export class ScoringThreads {
  readonly #workers: Worker[];
  readonly #format: OutputFormat;
  readonly #write: (output: Output) => Promise<void>;
  readonly #score = createScorer();
  /** Finished batches waiting for the ones before them. */
  readonly #finished = new Map<number, Output>();
  /** Batches sent to each worker and not yet back. */
  readonly #held = new Map<Worker, number>();
  /** Batches begun and not yet written. */
  #pending = 0;
  #sent = 0;
  #written = 0;
  #wake: (() => void) | undefined;
  #failed: Error | undefined;
  #writing = Promise.resolve();

  private constructor(workers: Worker[], format: OutputFormat, write: (output: Output) => Promise<void>) {
    this.#workers = workers;
    this.#format = format;
    this.#write = write;
    for (const worker of workers) {
      this.#held.set(worker, 0);
      worker.on('message', ({ seq, bytes }: Done) => {
        this.#held.set(worker, this.#held.get(worker)! - 1);
        this.#done(seq, bytes);
      });
      worker.on('error', (error) => this.#fail(error));
    }
  }

  /** Scores on `count` threads (at least 2), the main one among them; `write` gets each batch's output, in input order. */
  static async start(count: number, format: OutputFormat, write: (output: Output) => Promise<void>): Promise<ScoringThreads> {
    const file = await buildThread();
    return new ScoringThreads(
      Array.from({ length: count - 1 }, () => new Worker(file)),
      format,
      write,
    );
  }

  /** Sends a batch to the least busy worker with room for it, or scores it here when none has. */
  async score(statements: Statement[]): Promise<void> {
    // The batches waiting to be written stay few even when one thread is slow.
    while (this.#pending >= 4 * (this.#workers.length + 1) && !this.#failed) await new Promise<void>((resolve) => (this.#wake = resolve));
    if (this.#failed) throw this.#failed;
    const seq = this.#sent++;
    this.#pending++;
    let worker: Worker | undefined;
    for (const [candidate, held] of this.#held) if (held < HELD && (!worker || held < this.#held.get(worker)!)) worker = candidate;
    if (!worker) return this.#done(seq, scoreBatch(statements, this.#format, this.#score));
    this.#held.set(worker, this.#held.get(worker)! + 1);
    const packed = packStatements(statements);
    worker.postMessage({ seq, format: this.#format, statements: packed } satisfies Job, [packed.lengths.buffer]);
  }

  /** Waits for every batch to be written, then stops the threads. */
  async finish(): Promise<void> {
    while (this.#pending && !this.#failed) await new Promise<void>((resolve) => (this.#wake = resolve));
    await this.#writing;
    await Promise.all(this.#workers.map((w) => w.terminate()));
    rmSync(OUT_DIR, { recursive: true, force: true });
    if (this.#failed) throw this.#failed;
  }

  /** Stops the threads at once, what they hold unwritten: for when the command fails. */
  async stop(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
    rmSync(OUT_DIR, { recursive: true, force: true });
  }

  #done(seq: number, output: Output) {
    this.#finished.set(seq, output);
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
