/**
 * The score command's part of `npm run bench`: `npm run score` on one thread
 * and on one per core, over the same file of real sentences, in turns, each
 * run's own statements/s (counted from its first statement to its last, so
 * the start-up of the process and of its threads is left out).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLabelledSets } from './bench-scoring';
import { generateRealisticCsv } from './generate';

export interface ThreadFigures {
  statements: number;
  threads: number;
  /** statements/s of each run, in the order run. */
  single: number[];
  parallel: number[];
}

const root = new URL('../..', import.meta.url).pathname;

function rate(file: string, out: string, threads: number): number {
  const run = spawnSync('npx', ['vite-node', 'src/cli/score.ts', '--', file, '--out', out, '--threads', String(threads)], { cwd: root, encoding: 'utf8' });
  const found = /\(([\d,]+) statements\/s/.exec(run.stderr);
  if (run.status !== 0 || !found) throw new Error(`npm run score failed: ${run.stderr}`);
  return Number(found[1]!.replace(/,/g, ''));
}

/** Five rounds: with three, one slow spell on the shared machine could decide a median. */
export function runThreadBench(statements = 300_000, rounds = 5): ThreadFigures {
  const dir = mkdtempSync(join(tmpdir(), 'bench-threads-'));
  try {
    const file = join(dir, 'statements.csv');
    writeFileSync(file, generateRealisticCsv(statements, loadLabelledSets().flatMap((set) => set.sentences.map((s) => s.text))));
    const threads = availableParallelism();
    const single: number[] = [];
    const parallel: number[] = [];
    for (let i = 0; i < rounds; i++) {
      // Alternating which goes first, so a slow spell on the machine falls on both.
      if (i % 2) parallel.push(rate(file, join(dir, 'out.jsonl'), threads));
      single.push(rate(file, join(dir, 'out.jsonl'), 1));
      if (!(i % 2)) parallel.push(rate(file, join(dir, 'out.jsonl'), threads));
    }
    return { statements, threads, single, parallel };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
