import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Reason, Score, Scored, Statement } from '../types';
import { TableBuilder } from './builder';
import { SlicePacker, transferables, type PackedScored } from './pack';
import { everyRow } from './table';
import { packScored, tallyOf } from './pack.fixture';
import { createScorer } from '../scoring/score';
import { quadrantOf } from '../scoring/polarity';
import { Tally, reasonsCode } from '../scoring/tally';

const REASONS: Reason[] = [
  'lexicon', 'emoji', 'vader', 'own', 'domain', 'derived', 'negated', 'intensified', 'contrast', 'emphasis', 'hypothetical', 'sarcasm', 'slang', 'concession',
];

/** Records as the reader and the scorer make them, with the usual prototype. */
const PLAIN = { noNullPrototype: true };
const statement = fc.record({
  id: fc.string(),
  text: fc.string(),
  group: fc.string(),
  speaker: fc.string(),
  source: fc.string(),
  date: fc.constantFrom('', '2024-03-22'),
  url: fc.string(),
  provenance: fc.string(),
  label: fc.constantFrom('', 'positive', 'mixed'),
}, PLAIN);
const contribution = fc.record({
  token: fc.constantFrom('good', 'bad', 'not good', '😂', 'jobs', ''),
  start: fc.nat({ max: 100_000 }),
  end: fc.nat({ max: 100_000 }),
  weight: fc.double({ noNaN: true, min: -20, max: 20 }),
  // Up to the most a contribution may carry (see reasonsCode).
  reasons: fc.array(fc.constantFrom(...REASONS), { maxLength: 7 }),
}, PLAIN);
const score = fc.record({
  enthusiasm: fc.double({ noNaN: true }),
  concern: fc.double({ noNaN: true }),
  net: fc.double({ noNaN: true }),
  words: fc.nat(),
  enthusiasmPerWord: fc.double({ noNaN: true }),
  concernPerWord: fc.double({ noNaN: true }),
  netPerWord: fc.double({ noNaN: true }),
  polarity: fc.double({ noNaN: true, min: -1, max: 1 }),
  contributions: fc.array(contribution, { maxLength: 6 }),
}, PLAIN).map((s) => ({
  ...s,
  // As the scorer makes them: the per-word forms follow from the sums (the table works them out again).
  enthusiasmPerWord: s.words ? s.enthusiasm / s.words : 0,
  concernPerWord: s.words ? s.concern / s.words : 0,
  netPerWord: s.words ? s.net / s.words : 0,
  quadrant: quadrantOf(s.enthusiasm, s.concern),
  scoredWords: s.contributions.length,
}));
/** Statements with their scores; ids unique, as the table makes them (table.test.ts checks how). */
const rows = fc.uniqueArray(fc.tuple(statement, score), { maxLength: 40, selector: ([s]) => s.id });

/** The statements of one or more slices, as the page's table gives them back: plain objects. */
function rowsOf(...slices: PackedScored[]): Scored[] {
  const builder = new TableBuilder();
  for (const slice of slices) builder.append(slice);
  const table = builder.finish();
  return table.rows(everyRow(table));
}

/** As the worker hands it over: transferred buffers and all. */
const handOver = (statements: Statement[], scores: Score[]) => {
  const packed = packScored(statements, scores);
  return rowsOf(structuredClone(packed, { transfer: transferables(packed) }));
};

describe('packed slices, appended to the table', () => {
  it('give back every statement with its score, field for field', () => {
    fc.assert(
      fc.property(rows, (pairs) => {
        const statements = pairs.map(([s]) => s);
        const scores = pairs.map(([, s]) => s);
        expect(handOver(statements, scores)).toStrictEqual(pairs.map(([s, c]) => ({ ...s, ...c })));
      }),
    );
  });

  it('give back each statement’s extra columns, a column it lacks as empty, and none when the file had none', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.array(fc.string(), { maxLength: 4 }), { maxLength: 40 }), (pairs, extras) => {
        const statements = pairs.map(([s], i) => ({ ...s, extra: extras[i] }));
        const packed = packScored(statements, pairs.map(([, s]) => s));
        const back = rowsOf(structuredClone(packed, { transfer: transferables(packed) }));
        const width = Math.max(0, ...statements.map((s) => s.extra?.length ?? 0));
        expect(back.map((s) => s.extra)).toEqual(
          statements.map((s) => (width ? Array.from({ length: width }, (_, c) => s.extra?.[c] ?? '') : undefined)),
        );
      }),
    );
  });

  it('keep the order of each contribution’s reasons, which the scorer does not always add in one order', () => {
    const scorer = createScorer();
    const texts = ['I LOVE it, but the risk is real!', 'not very good', 'Great tools however slop!!!', ''];
    const statements = texts.map((text, i) => ({ id: `s${i}`, text, group: 'G', speaker: '', source: '', date: '', url: '', provenance: '', label: '' }));
    const scores = texts.map(scorer);
    expect(handOver(statements, scores)).toStrictEqual(statements.map((s, i) => ({ ...s, ...scores[i] })));
  });

  it('keep a contribution with as many reasons as it may carry', () => {
    const reasons = Array.from({ length: 7 }, (_, i): Reason => (i % 2 ? 'domain' : 'emphasis'));
    const statements = [{ id: 's', text: 'x', group: 'G', speaker: '', source: '', date: '', url: '', provenance: '', label: '' }];
    const score = { enthusiasm: 1, concern: 0, net: 1, words: 1, enthusiasmPerWord: 1, concernPerWord: 0, netPerWord: 1, polarity: 0.5, quadrant: 'enthusiastic' as const, scoredWords: 1 };
    const [row] = handOver(statements, [{ ...score, contributions: [{ token: 'x', start: 0, end: 1, weight: 1, reasons }] }]);
    expect(row!.contributions[0]!.reasons).toEqual(reasons);
  });

  it('do not change what they are given', () => {
    fc.assert(
      fc.property(rows, (pairs) => {
        const statements = pairs.map(([s]) => s);
        const scores = pairs.map(([, s]) => s);
        const before = structuredClone({ statements, scores });
        rowsOf(packScored(statements, scores));
        expect({ statements, scores }).toStrictEqual(before);
      }),
    );
  });

  it('send each token of a slice once, and each list of reasons as one number', () => {
    const scorer = createScorer();
    const texts = Array.from({ length: 100 }, () => 'good bad good');
    const statements = texts.map((text, i) => ({ id: `s${i}`, text, group: 'G', speaker: '', source: '', date: '', url: '', provenance: '', label: '' }));
    const packed = packScored(statements, texts.map(scorer));
    expect(packed.tokens).toEqual(['good', 'bad']);
    expect(new Set(packed.reason)).toEqual(new Set([reasonsCode(['lexicon', 'vader'])]));
    expect(packed.weight).toHaveLength(300);
    const rows = rowsOf(packed);
    expect(rows[0]!.contributions[0]!.reasons).toEqual(['lexicon', 'vader']);
    expect(rows[99]!.contributions[1]!.reasons).toBe(rows[0]!.contributions[0]!.reasons);
  });

  it('send a column of few distinct values (groups, a year of dates) as each value once, and ids and texts as they are', () => {
    const scorer = createScorer();
    const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    const statements = Array.from({ length: 2000 }, (_, i) => ({
      id: `s${i}`,
      text: `good statement number ${i}`,
      group: `Group ${i % 6}`,
      speaker: '',
      source: '',
      date: day(i),
      url: '',
      provenance: '',
      label: '',
    }));
    const scores = statements.map((s) => scorer(s.text));
    const packed = packScored(statements, scores);
    expect(packed.values.group).toMatchObject({ distinct: ['Group 0', 'Group 1', 'Group 2', 'Group 3', 'Group 4', 'Group 5'] });
    expect(packed.values.date).toMatchObject({ distinct: statements.slice(0, 365).map((s) => s.date) });
    expect(packed.values.id).toEqual({ all: statements.map((s) => s.id) });
    expect(packed.values.text).toHaveProperty('all');
    expect(handOver(statements, scores)).toStrictEqual(statements.map((s, i) => ({ ...s, ...scores[i] })));
  });

  it('pack slices one statement at a time past the capacity they started with, each holding only its own statements', () => {
    fc.assert(
      fc.property(rows, rows, (first, second) => {
        // Ids repeated across slices get a suffix; the table's tests check how.
        fc.pre(second.every(([s]) => first.every(([f]) => f.id !== s.id)));
        const packer = new SlicePacker(2);
        const slices = [first, second].map((pairs) => {
          for (const [statement, score] of pairs) packer.add(statement, tallyOf(score));
          return packer.take();
        });
        expect(slices.map((slice) => slice.length)).toEqual([first.length, second.length]);
        expect(rowsOf(...slices)).toStrictEqual([...first, ...second].map(([s, c]) => ({ ...s, ...c })));
      }),
    );
  });

  it('send each token once per load: a later slice brings only the tokens new to it', () => {
    const scorer = createScorer();
    const packer = new SlicePacker(4);
    const texts = [['good day', 'bad day'], ['bad news', 'great news, good news']];
    const slices = texts.map((pair, k) => {
      pair.forEach((text, i) => packer.add({ id: `s${k}${i}`, text, group: 'G', speaker: '', source: '', date: '', url: '', provenance: '', label: '' }, tallyOf(scorer(text))));
      return packer.take();
    });
    expect(slices.map((slice) => [slice.firstToken, slice.tokens])).toEqual([[0, ['good', 'bad']], [2, ['great']]]);
    expect(rowsOf(...slices).map((row) => row.contributions.map((c) => c.token))).toEqual([['good'], ['bad'], ['bad'], ['great', 'good']]);
  });

  it('are refused by the table out of order, rather than read with the wrong words', () => {
    const scorer = createScorer();
    const packer = new SlicePacker(1);
    const statement = (id: string, text: string) => ({ id, text, group: 'G', speaker: '', source: '', date: '', url: '', provenance: '', label: '' });
    packer.add(statement('a', 'good'), tallyOf(scorer('good')));
    const first = packer.take();
    packer.add(statement('b', 'bad'), tallyOf(scorer('bad')));
    const second = packer.take();
    expect(() => rowsOf(second, first)).toThrow(/out of order/);
  });

  it('give each statement as many contributions as its scored count', () => {
    const scorer = createScorer();
    const texts = ['great jobs, terrible risk', 'nothing here', 'not very good'];
    const statements = texts.map((text, i) => ({ id: `s${i}`, text, group: 'G', speaker: '', source: '', date: '', url: '', provenance: '', label: '' }));
    const rows = rowsOf(packScored(statements, texts.map(scorer)));
    expect(rows.map((r) => r.contributions.length)).toEqual([3, 0, 1]);
    expect(rows.map((r) => r.scoredWords)).toEqual([3, 0, 1]);
  });
});
