/**
 * Dataset against a fake worker: the test plays the worker's part, answering each request when
 * and how it chooses (late, twice, from a worker already dropped), and checks what the page keeps.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlicePacker, type PackedScored } from '../lib/table/pack';
import { packScored } from '../lib/table/pack.fixture';
import { createScorer } from '../lib/scoring/score';
import type { Statement } from '../lib/types';
import type { Source, WorkerRequest, WorkerResponse } from '../workers/protocol';
import { Dataset } from './dataset.svelte';

/** Stands in for the scoring worker: keeps what it was sent, and answers when the test says. */
class FakeWorker {
  static started: FakeWorker[] = [];
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(request: WorkerRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker answering, as a real one would (a terminated worker's answers never arrive). */
  answer(response: WorkerResponse) {
    if (!this.terminated) this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
  /** A message the worker posted just before it was stopped, reaching the page all the same. */
  late(response: WorkerResponse) {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
  fail() {
    if (!this.terminated) this.onerror?.({} as ErrorEvent);
  }
}

const defaultScorer = createScorer();

/** A slice of statements scored by `scorer`, packed as the worker sends them; rows are [id, text, group]. */
function slice(rows: [string, string, string][], scorer = defaultScorer, packer?: SlicePacker): PackedScored {
  const statements: Statement[] = rows.map(([id, text, group]) => ({
    id,
    text,
    group,
    speaker: '',
    source: '',
    date: '',
    url: '',
    provenance: '',
    label: '',
  }));
  return packScored(statements, statements.map((s) => scorer(s.text)), packer);
}

const file = (name: string, text = 'text,group\n') => ({ kind: 'file', file: new File([text], name) }) satisfies Source;
const loaded = (id: number, name: string): WorkerResponse => ({
  type: 'loaded',
  id,
  name,
  bytes: 100,
  issues: [],
  skipped: 0,
  unreadableDates: 0,
  replacedCharacters: 0,
  extraColumns: [],
  standIns: {},
});

/** The worker the last request went to, and that request. */
function lastRequest(): [FakeWorker, WorkerRequest] {
  for (let i = FakeWorker.started.length - 1; i >= 0; i--) {
    const worker = FakeWorker.started[i]!;
    if (worker.sent.length) return [worker, worker.sent.at(-1)!];
  }
  throw new Error('no request was sent');
}

/** Loads `rows` as `name` through the fake worker, answering in full. */
function loadAll(dataset: Dataset, name: string, rows: [string, string, string][]) {
  dataset.load(file(name), name);
  const [worker, request] = lastRequest();
  worker.answer({ type: 'statements', id: request.id, statements: slice(rows) });
  worker.answer(loaded(request.id, name));
  return worker;
}

const texts = (dataset: Dataset) => [...dataset.table.text];

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  // The page's idle moments (when a spare worker is started) come when a test runs the timers.
  vi.useFakeTimers();
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Dataset.load', () => {
  it('asks the worker to read the source, and shows the statements only once the load is done', () => {
    const dataset = new Dataset();
    const onloaded = vi.fn();
    dataset.onloaded = onloaded;
    dataset.load(file('a.csv', 'text,group\nGreat,A\n'), 'a.csv');
    const [worker, request] = lastRequest();
    expect(request).toMatchObject({ type: 'load', name: 'a.csv', source: { kind: 'file' } });
    expect(dataset.status).toBe('loading');
    expect(dataset.progress).toEqual({ bytes: 0, totalBytes: 'text,group\nGreat,A\n'.length, rows: 0 });

    worker.answer({ type: 'progress', id: request.id, bytes: 10, totalBytes: 20, rows: 1 });
    expect(dataset.progress).toEqual({ bytes: 10, totalBytes: 20, rows: 1 });
    worker.answer({ type: 'statements', id: request.id, statements: slice([['1', 'Great', 'A'], ['2', 'Awful', 'B']]) });
    expect(dataset.table.length).toBe(0);
    expect(onloaded).not.toHaveBeenCalled();

    worker.answer(loaded(request.id, 'a.csv'));
    expect(dataset.status).toBe('ready');
    expect(texts(dataset)).toEqual(['Great', 'Awful']);
    expect(dataset.groups).toEqual(['A', 'B']);
    expect(dataset.stats?.map((g) => [g.group, g.count])).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
    expect(dataset.name).toBe('a.csv');
    expect(onloaded).toHaveBeenCalledOnce();
  });

  it('names the data without bidi controls, so a name cannot pass for another in the header or in messages', () => {
    const dataset = new Dataset();
    dataset.load(file('x.csv', 'text,group\nGreat,A\n'), 'report\u202Evsc.exe');
    const [worker, request] = lastRequest();
    expect(request.name).toBe('reportvsc.exe');
    worker.answer(loaded(request.id, request.name));
    expect(dataset.name).toBe('reportvsc.exe');
  });

  it('runs each load in a worker started in an idle moment that has done nothing else', () => {
    const dataset = new Dataset();
    const first = loadAll(dataset, 'a.csv', [['1', 'One', 'A']]);
    expect(FakeWorker.started).toHaveLength(1);
    vi.runAllTimers();
    expect(FakeWorker.started).toHaveLength(2);
    const spare = FakeWorker.started[1]!;
    expect(spare.sent).toEqual([]);

    dataset.load(file('b.csv'), 'b.csv');
    expect(first.terminated).toBe(true);
    expect(spare.sent.map((r) => r.type)).toEqual(['load']);
  });

  it('says nothing when a spare worker fails before any load used it', () => {
    const dataset = new Dataset();
    loadAll(dataset, 'a.csv', [['1', 'One', 'A']]);
    vi.runAllTimers();
    FakeWorker.started[1]!.fail();
    expect(dataset.error).toBe('');
    expect(dataset.status).toBe('ready');
    dataset.load(file('b.csv'), 'b.csv');
    expect(FakeWorker.started).toHaveLength(3);
    expect(FakeWorker.started[2]!.sent.map((r) => r.type)).toEqual(['load']);
  });

  it('makes repeated ids unique across slices', () => {
    const dataset = new Dataset();
    dataset.load(file('a.csv'), 'a.csv');
    const [worker, request] = lastRequest();
    const packer = new SlicePacker(1);
    worker.answer({ type: 'statements', id: request.id, statements: slice([['x', 'Good one', 'A']], defaultScorer, packer) });
    worker.answer({ type: 'statements', id: request.id, statements: slice([['x', 'Two', 'A']], defaultScorer, packer) });
    worker.answer(loaded(request.id, 'a.csv'));
    expect(dataset.table.id).toEqual(['x', 'x (2)']);
  });

  it('ignores what an earlier load sends once a later one has started, and drops its worker', () => {
    const dataset = new Dataset();
    dataset.load(file('first.csv'), 'first.csv');
    const [first, firstRequest] = lastRequest();
    dataset.load(file('second.csv'), 'second.csv');
    const [second, secondRequest] = lastRequest();
    expect(first.terminated).toBe(true);
    expect(second).not.toBe(first);

    // Answers for the first load, even should they arrive through the second worker.
    second.answer({ type: 'statements', id: firstRequest.id, statements: slice([['1', 'Old', 'A']]) });
    second.answer(loaded(firstRequest.id, 'first.csv'));
    expect(dataset.status).toBe('loading');
    expect(dataset.table.length).toBe(0);

    second.answer({ type: 'statements', id: secondRequest.id, statements: slice([['1', 'New', 'B']]) });
    second.answer(loaded(secondRequest.id, 'second.csv'));
    expect(texts(dataset)).toEqual(['New']);
    expect(dataset.name).toBe('second.csv');
  });

  it('keeps what is on screen when a load fails, and says so', () => {
    const dataset = new Dataset();
    loadAll(dataset, 'a.csv', [['1', 'Great', 'A']]);
    dataset.load(file('bad.csv'), 'bad.csv');
    const [worker, request] = lastRequest();
    worker.answer({ type: 'statements', id: request.id, statements: slice([['1', 'Half read', 'B']]) });
    worker.answer({ type: 'failed', id: request.id, message: 'The file is empty.' });
    expect(dataset.status).toBe('ready');
    expect(dataset.error).toBe('The file is empty. The statements on screen are unchanged.');
    expect(texts(dataset)).toEqual(['Great']);
    expect(dataset.name).toBe('a.csv');
  });

  it('says the worker stopped when it crashes, keeping what is on screen', () => {
    const dataset = new Dataset();
    loadAll(dataset, 'a.csv', [['1', 'Great', 'A']]);
    dataset.load(file('b.csv'), 'b.csv');
    lastRequest()[0].fail();
    expect(dataset.status).toBe('ready');
    expect(dataset.error).toBe('The scoring worker stopped unexpectedly; the statements on screen are unchanged. Try again.');
    expect(texts(dataset)).toEqual(['Great']);
  });

  it('asks for the columns when the worker cannot find them, and loads the same source with the columns chosen', () => {
    const dataset = new Dataset();
    const source = file('odd.csv');
    dataset.load(source, 'odd.csv');
    const [worker, request] = lastRequest();
    worker.answer({ type: 'needs-columns', id: request.id, message: 'Which columns?', headers: ['who', 'what'], samples: [['A', 'Hi']], guess: {} });
    expect(dataset.status).toBe('empty');
    expect(dataset.columnsRequest).toMatchObject({ message: 'Which columns?', headers: ['who', 'what'], samples: [['A', 'Hi']] });

    dataset.columnsRequest!.choose({ text: 'what', group: 'who' });
    const [, again] = lastRequest();
    expect(again).toMatchObject({ type: 'load', name: 'odd.csv', columns: { text: 'what', group: 'who' } });
    expect(again.type === 'load' && again.source).toBe(source);
    expect(dataset.columnsRequest).toBe(null);
  });
});

describe('Dataset.cancel', () => {
  it('stops the worker, keeps what is on screen, and says so', () => {
    const dataset = new Dataset();
    loadAll(dataset, 'a.csv', [['1', 'Great', 'A']]);
    dataset.load(file('big.csv'), 'big.csv');
    const [worker, request] = lastRequest();
    worker.answer({ type: 'statements', id: request.id, statements: slice([['1', 'Part of big', 'B']]) });

    dataset.cancel();
    expect(worker.terminated).toBe(true);
    expect(dataset.status).toBe('ready');
    expect(dataset.error).toBe('Loading cancelled; the statements on screen are unchanged.');
    expect(texts(dataset)).toEqual(['Great']);
    expect(dataset.name).toBe('a.csv');
  });

  it('says nothing is loaded when it stops the first load, rather than that the statements on screen stay', () => {
    // A reload reading back a big kept file, cancelled before anything is on screen.
    const dataset = new Dataset();
    dataset.load(file('kept.csv'), 'kept.csv');
    dataset.cancel();
    expect(dataset.status).toBe('empty');
    expect(dataset.error).toBe('Loading cancelled, so no statements are loaded: load a file, or go back to the demo data.');
  });

  it('ignores what the stopped worker had already sent on its way', () => {
    const dataset = new Dataset();
    loadAll(dataset, 'a.csv', [['1', 'Great', 'A']]);
    dataset.load(file('big.csv'), 'big.csv');
    const [worker, request] = lastRequest();
    dataset.cancel();
    worker.late({ type: 'statements', id: request.id, statements: slice([['1', 'Part of big', 'B']]) });
    worker.late(loaded(request.id, 'big.csv'));
    expect(texts(dataset)).toEqual(['Great']);
    expect(dataset.name).toBe('a.csv');
  });

  it('leaves nothing behind for the next load: its slices are not mixed in', () => {
    const dataset = new Dataset();
    dataset.load(file('big.csv'), 'big.csv');
    const [worker, request] = lastRequest();
    worker.answer({ type: 'statements', id: request.id, statements: slice([['1', 'Part of big', 'B']]) });
    dataset.cancel();
    expect(dataset.status).toBe('empty');

    loadAll(dataset, 'small.csv', [['1', 'Small', 'A']]);
    expect(texts(dataset)).toEqual(['Small']);
    expect(dataset.error).toBe('');
  });

  it('does nothing when no load is under way', () => {
    const dataset = new Dataset();
    const worker = loadAll(dataset, 'a.csv', [['1', 'Great', 'A']]);
    dataset.cancel();
    expect(worker.terminated).toBe(false);
    expect(dataset.error).toBe('');
  });

  it('still lets a lexicon edit score the statements on screen, in a new worker reading their source again', () => {
    const dataset = new Dataset();
    const source = file('mine.csv');
    dataset.load(source, 'mine.csv');
    const [first, request] = lastRequest();
    first.answer({ type: 'statements', id: request.id, statements: slice([['1', 'Sora looks fine', 'A']]) });
    first.answer(loaded(request.id, 'mine.csv'));
    dataset.load(file('big.csv'), 'big.csv');
    dataset.cancel();

    dataset.lexicon = () => [['sora', 4]];
    dataset.rescore();
    const [worker, rescore] = lastRequest();
    expect(worker.terminated).toBe(false);
    expect(rescore).toMatchObject({ type: 'rescore', name: 'mine.csv', lexicon: [['sora', 4]] });
    expect(rescore.type === 'rescore' && rescore.source).toBe(source);
  });
});

describe('Dataset.rescore', () => {
  it('reads the loaded source again with the lexicon, and replaces the statements once done, keeping the old ones to compare', () => {
    const dataset = new Dataset();
    const source = file('a.csv');
    dataset.load(source, 'a.csv');
    const [worker, request] = lastRequest();
    worker.answer({ type: 'statements', id: request.id, statements: slice([['1', 'Sora is here', 'A'], ['2', 'Fine', 'B']]) });
    worker.answer(loaded(request.id, 'a.csv'));
    const before = dataset.table;

    dataset.lexicon = () => [['sora', 3]];
    dataset.rescore();
    const [, rescore] = lastRequest();
    expect(rescore).toMatchObject({ type: 'rescore', name: 'a.csv', lexicon: [['sora', 3]] });
    expect(rescore.type === 'rescore' && rescore.source).toBe(source);
    expect(dataset.rescoring).toBe(true);

    const rescored = slice([['1', 'Sora is here', 'A'], ['2', 'Fine', 'B']], createScorer({ domain: new Map([['sora', 3]]) }));
    worker.answer({ type: 'statements', id: rescore.id, statements: rescored });
    expect(dataset.table).toBe(before);
    worker.answer({ type: 'rescored', id: rescore.id });
    expect(dataset.rescoring).toBe(false);
    expect(dataset.previous).toBe(before);
    expect(Array.from(dataset.table.enthusiasm)).toEqual([3, before.enthusiasm[1]]);
    expect(dataset.table.id).toEqual(['1', '2']);
    // The legend, the summaries and the group means read these: each group keeps its statements.
    expect(dataset.stats.map((g) => [g.group, g.count, g.meanEnthusiasm])).toEqual([
      ['A', 1, 3],
      ['B', 1, before.enthusiasm[1]],
    ]);
  });

  it('refuses a rescore whose statements are no longer the ones on screen, and says why', () => {
    const dataset = new Dataset();
    const worker = loadAll(dataset, 'a.csv', [['1', 'One', 'A'], ['2', 'Two', 'A']]);
    const before = dataset.table;
    dataset.rescore();
    const [, rescore] = lastRequest();
    worker.answer({ type: 'statements', id: rescore.id, statements: slice([['1', 'One', 'A']]) });
    worker.answer({ type: 'rescored', id: rescore.id });
    expect(dataset.table).toBe(before);
    expect(dataset.rescoring).toBe(false);
    expect(dataset.error).toBe(
      'The scores could not be updated: a.csv has changed since it was loaded. Load it again to apply the lexicon.',
    );
  });

  it('lets a later rescore win over an earlier one still under way', () => {
    const dataset = new Dataset();
    const worker = loadAll(dataset, 'a.csv', [['1', 'Sora', 'A']]);
    dataset.rescore();
    const [, early] = lastRequest();
    dataset.rescore();
    const [, late] = lastRequest();
    const stale = slice([['1', 'Sora', 'A']], createScorer({ domain: new Map([['sora', -5]]) }));
    worker.answer({ type: 'statements', id: early.id, statements: stale });
    worker.answer({ type: 'rescored', id: early.id });
    expect(dataset.rescoring).toBe(true);
    expect(dataset.previous).toBe(null);

    const fresh = slice([['1', 'Sora', 'A']], createScorer({ domain: new Map([['sora', -2]]) }));
    worker.answer({ type: 'statements', id: late.id, statements: fresh });
    worker.answer({ type: 'rescored', id: late.id });
    expect(Array.from(dataset.table.concern)).toEqual([2]);
  });

  it('is ignored while a load is under way, and the load supersedes a rescore', () => {
    const dataset = new Dataset();
    const worker = loadAll(dataset, 'a.csv', [['1', 'One', 'A']]);
    dataset.rescore();
    const [, rescore] = lastRequest();
    dataset.load(file('b.csv'), 'b.csv');
    const [next, load] = lastRequest();
    const sent = next.sent.length;
    dataset.rescore();
    expect(next.sent.length).toBe(sent);

    worker.answer({ type: 'rescored', id: rescore.id });
    next.answer({ type: 'rescored', id: rescore.id });
    next.answer({ type: 'statements', id: load.id, statements: slice([['1', 'Bee', 'B']]) });
    next.answer(loaded(load.id, 'b.csv'));
    expect(texts(dataset)).toEqual(['Bee']);
    expect(dataset.previous).toBe(null);
  });
});

describe('Dataset.requestMethods', () => {
  it('asks once per load, and keeps an answer only for the statements on screen', () => {
    const dataset = new Dataset();
    const worker = loadAll(dataset, 'a.csv', [['1', 'One', 'A'], ['2', 'Two', 'B']]);
    dataset.requestMethods();
    dataset.requestMethods();
    const asked = worker.sent.filter((r) => r.type === 'methods');
    expect(asked).toHaveLength(1);

    worker.answer({ type: 'methods', id: asked[0]!.id, afinn: Float32Array.of(1), noDomain: Float32Array.of(1) });
    expect(dataset.otherMethods).toBe(null);
    const afinn = Float32Array.of(1, -1);
    worker.answer({ type: 'methods', id: asked[0]!.id, afinn, noDomain: Float32Array.of(2, -2) });
    expect(dataset.otherMethods?.afinn).toBe(afinn);
  });

  it('drops an answer about the statements an earlier load showed', () => {
    const dataset = new Dataset();
    const first = loadAll(dataset, 'a.csv', [['1', 'One', 'A']]);
    dataset.requestMethods();
    const [, asked] = lastRequest();
    const second = loadAll(dataset, 'b.csv', [['1', 'Bee', 'B']]);
    first.answer({ type: 'methods', id: asked.id, afinn: Float32Array.of(1), noDomain: Float32Array.of(1) });
    second.answer({ type: 'methods', id: asked.id, afinn: Float32Array.of(1), noDomain: Float32Array.of(1) });
    expect(dataset.otherMethods).toBe(null);
  });
});
