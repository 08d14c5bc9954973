import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Kept } from './kept.svelte';
import { LabelState } from './labels.svelte';
import { LexiconState } from './lexicon.svelte';

/** A keeper in memory; `full` makes every write fail as a full store does. */
function memory(values: Record<string, unknown> = {}, full = false) {
  const store = new Map(Object.entries(values));
  const kept = {
    problem: '',
    async read(key: string) {
      return store.get(key);
    },
    async write(key: string, value: unknown) {
      if (full) {
        kept.problem = 'full';
        return false;
      }
      store.set(key, value);
      return true;
    },
    async remove(key: string) {
      store.delete(key);
    },
  };
  return { kept: kept as unknown as Kept, store };
}

/** localStorage as the browser has it, for the edits kept there before IndexedDB. */
function legacyStorage(values: Record<string, string>) {
  const map = new Map(Object.entries(values));
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => map.get(key) ?? null,
    removeItem: (key: string) => map.delete(key),
  });
  return map;
}

afterEach(() => vi.unstubAllGlobals());

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LexiconState', () => {
  it('starts from the kept edits', async () => {
    const { kept } = memory({ lexicon: JSON.stringify({ edits: { slop: -2 } }) });
    const lexicon = new LexiconState(kept);
    await lexicon.ready;
    expect([...lexicon.edits]).toEqual([['slop', -2]]);
  });

  it('moves edits from localStorage into the store once', async () => {
    const legacy = legacyStorage({ 'stakeholder-sentiment:lexicon': JSON.stringify({ edits: { slop: -2 } }) });
    const { kept, store } = memory();
    const lexicon = new LexiconState(kept);
    await lexicon.ready;
    expect([...lexicon.edits]).toEqual([['slop', -2]]);
    expect(store.get('lexicon')).toBeTypeOf('string');
    expect(legacy.size).toBe(0);
  });

  it('keeps the old edits where they were when the store is full', async () => {
    const legacy = legacyStorage({ 'stakeholder-sentiment:lexicon': JSON.stringify({ edits: { slop: -2 } }) });
    const lexicon = new LexiconState(memory({}, true).kept);
    await lexicon.ready;
    expect(lexicon.edits.size).toBe(1);
    expect(legacy.size).toBe(1);
  });

  it('holds an edit on screen when the store is full', async () => {
    const lexicon = new LexiconState(memory({}, true).kept);
    await lexicon.ready;
    lexicon.set('slop', -3);
    await flush();
    expect(lexicon.edits.get('slop')).toBe(-3);
  });

  it('starts a published copy from the edits it carries, and goes back to them when forgotten', async () => {
    const lexicon = new LexiconState(memory().kept, new Map([['slop', -3]]));
    await lexicon.ready;
    expect([...lexicon.edits]).toEqual([['slop', -3]]);
    lexicon.set('slop', 1);
    lexicon.forget();
    expect([...lexicon.edits]).toEqual([['slop', -3]]);
  });
});

describe('LabelState', () => {
  it('reads the labels kept for the dataset, only known labels', async () => {
    const { kept } = memory({ 'labels:survey.csv': JSON.stringify({ r1: 'concerned', r2: 'furious' }) });
    const labels = new LabelState(kept);
    labels.use('survey.csv');
    await flush();
    expect([...labels.own]).toEqual([['r1', 'concerned']]);
  });

  it('lets a label given while the kept ones load win', async () => {
    const { kept, store } = memory({ 'labels:survey.csv': JSON.stringify({ r1: 'concerned', r2: 'neutral' }) });
    const labels = new LabelState(kept);
    labels.use('survey.csv');
    labels.set('r1', 'mixed');
    await flush();
    expect(labels.own.get('r1')).toBe('mixed');
    expect(labels.own.get('r2')).toBe('neutral');
    labels.set('r2', null);
    await flush();
    expect(JSON.parse(store.get('labels:survey.csv') as string)).toEqual({ r1: 'mixed' });
  });

  it('drops labels that arrive for a dataset no longer on screen', async () => {
    const { kept } = memory({ 'labels:a.csv': JSON.stringify({ r1: 'concerned' }) });
    const labels = new LabelState(kept);
    labels.use('a.csv');
    labels.use('b.csv');
    await flush();
    expect(labels.own.size).toBe(0);
  });
});
