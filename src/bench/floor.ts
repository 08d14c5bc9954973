/**
 * The comparison side of the browser bench. `floor(file)` times parsing and
 * raw scoring in a worker; `ours(file)` times the dashboard's own worker over
 * the same file, alone in this quiet page; `throughput(file, rounds)` times
 * our scorer and raw sentiment over the same statements in a worker;
 * `naiveDraw`/`naiveRedraw` are the plain way to draw a scatter with D3: one
 * SVG circle per statement, joined with selection.join.
 */
import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import type { WorkerRequest, WorkerResponse } from '../workers/protocol';

interface Row {
  id: string;
  group: string;
  enthusiasm: number;
  concern: number;
}

const COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
let rows: Row[] = [];
const groups: string[] = [];

const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function draw(data: Row[]) {
  const x = scaleLinear().domain([0, 20]).range([10, 890]);
  const y = scaleLinear().domain([0, 20]).range([590, 10]);
  select('#naive')
    .selectAll<SVGCircleElement, Row>('circle')
    .data(data, (d) => d.id)
    .join('circle')
    .attr('cx', (d) => x(d.concern))
    .attr('cy', (d) => y(d.enthusiasm))
    .attr('r', 2.5)
    .attr('fill', (d) => COLORS[groups.indexOf(d.group) % COLORS.length]!);
}

declare global {
  interface Window {
    floor(file: File): Promise<{ page: number; worker: number }>;
    ours(file: File): Promise<number>;
    naiveDraw(): Promise<number>;
    naiveRedraw(hidden: string | null): Promise<number>;
    throughput(file: File, rounds: number): Promise<{ statements: number; ours: number[]; raw: number[] }>;
  }
}

/** A worker from `url`, once it says it is ready; rejects when its code fails to load. */
async function readyWorker(url: URL): Promise<Worker> {
  const worker = new Worker(url, { type: 'module' });
  await new Promise((resolve, reject) => {
    worker.addEventListener('message', resolve, { once: true });
    worker.addEventListener('error', () => reject(new Error(`The bench's worker ${url.pathname} did not start.`)), { once: true });
  });
  return worker;
}

/**
 * Times one floor run in a fresh worker, started and ready before the clock starts (the dashboard's
 * worker is running when a file is picked): `page` from handing it the file to having its scores
 * on the page, as the dashboard's load is timed; `worker` by the worker's own clock, which stops
 * before the scores are sent.
 */
window.floor = async (file) => {
  const worker = await readyWorker(new URL('./floor.worker.ts', import.meta.url));
  return new Promise((resolve) => {
    let elapsed = 0;
    const start = performance.now();
    worker.onmessage = (event: MessageEvent<{ elapsed?: number; scored?: Row[] }>) => {
      if (event.data.elapsed !== undefined) elapsed = event.data.elapsed;
      if (event.data.scored) {
        const page = performance.now() - start;
        rows = event.data.scored;
        for (const row of rows) if (!groups.includes(row.group)) groups.push(row.group);
        worker.terminate();
        resolve({ page, worker: elapsed });
      }
    };
    worker.postMessage(file);
  });
};

/**
 * Times one load by the dashboard's scoring worker, fresh and ready as the floor's, with no
 * dashboard beside it, by the page's clock: from handing it the file to its last message
 * (`loaded`), which is where the dashboard's worker share of a load ends too. Any other end of the
 * load (a failure, a question about columns or sheets) fails the bench.
 */
window.ours = async (file) => {
  const worker = await readyWorker(new URL('./ours.worker.ts', import.meta.url));
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const end = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    worker.onerror = () => end(() => reject(new Error('Our worker stopped during the load.')));
    worker.onmessage = ({ data }: MessageEvent<WorkerResponse>) => {
      if (data.type === 'loaded') end(() => resolve(performance.now() - start));
      else if (data.type !== 'statements' && data.type !== 'progress') end(() => reject(new Error(`Our worker's load ended with ${data.type}.`)));
    };
    const load: WorkerRequest = { type: 'load', id: 1, source: { kind: 'file', file }, name: file.name };
    worker.postMessage(load);
  });
};

/** Our scorer and raw sentiment over the file's statements in a fresh worker, `rounds` rounds each (throughput.worker.ts). */
window.throughput = async (file, rounds) => {
  const worker = await readyWorker(new URL('./throughput.worker.ts', import.meta.url));
  const times = await new Promise<{ statements: number; ours: number[]; raw: number[] }>((resolve) => {
    worker.onmessage = (event) => resolve(event.data);
    worker.postMessage({ file, rounds });
  });
  worker.terminate();
  return times;
};

window.naiveDraw = async () => {
  const start = performance.now();
  draw(rows);
  await frames();
  return performance.now() - start;
};

window.naiveRedraw = async (hidden) => {
  const start = performance.now();
  draw(hidden === null ? rows : rows.filter((row) => row.group !== hidden));
  await frames();
  return performance.now() - start;
};
