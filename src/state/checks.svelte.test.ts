/**
 * The "check the numbers" state over plain reactive sources: what a reader sees change when they
 * label, filter, edit the lexicon, or when the other methods' scores arrive.
 */
import { describe, expect, it } from 'vitest';
import { select } from '../lib/aggregate/filter';
import type { Label } from '../lib/aggregate/labels';
import { scored } from '../lib/aggregate/scored.fixture';
import type { Selected } from '../lib/table/selected';
import { tableOf } from '../lib/table/table.fixture';
import type { StatementTable } from '../lib/table/table';
import type { Filters, Scored } from '../lib/types';
import { Checks, ReviewSample } from './checks.svelte';

/** Stands in for the dataset, the view and the labels at once: each field can be set as the page would. */
class Sources {
  table: StatementTable;
  previous = $state.raw<StatementTable | null>(null);
  otherMethods = $state.raw<{ afinn: Float32Array; noDomain: Float32Array } | null>(null);
  selection: Selected;
  filters = $state.raw<Filters>({ groups: null });
  own = $state.raw<ReadonlyMap<string, Label>>(new Map());

  constructor(statements: Scored[]) {
    this.table = $state.raw(tableOf(statements));
    this.selection = $state.raw(select(this.table, this.filters));
  }
  /** What "Check the numbers" reads (two tasks later on a large dataset; at once in these tests). */
  get last() {
    return { selection: this.selection, stats: [] };
  }
  /** Filters to `groups`, selecting as the view would. */
  select(groups: string[] | null) {
    this.filters = { groups };
    this.selection = select(this.table, this.filters);
  }
  /** The statements scored again after a lexicon edit, as the dataset keeps them. */
  rescored(statements: Scored[]) {
    this.previous = this.table;
    this.table = tableOf(statements);
    this.selection = select(this.table, this.filters);
  }
}

const demo = () => [
  scored('a1', 'Actors', [['great', 3]], { label: 'enthusiastic' }),
  scored('a2', 'Actors', [['awful', -3]], { label: 'enthusiastic' }),
  scored('a3', 'Actors', [['fine', 2]]),
  scored('w1', 'Writers', [['fear', -2]]),
  scored('w2', 'Writers', [['good', 2], ['bad', -1]]),
];

function checksOver(statements = demo()) {
  const sources = new Sources(statements);
  return { sources, checks: new Checks({ dataset: sources, view: sources, labels: sources }) };
}

describe('LabelAgreement', () => {
  it.each([
    { name: "the file's labels alone", own: [], labelled: 2, agreed: 1, unlabelled: 3 },
    { name: "the reader's label over the file's", own: [['a2', 'concerned']], labelled: 2, agreed: 2, unlabelled: 3 },
    { name: 'a label the file did not have', own: [['w1', 'concerned']], labelled: 3, agreed: 2, unlabelled: 2 },
  ] as { name: string; own: [string, Label][]; labelled: number; agreed: number; unlabelled: number }[])(
    'counts $name',
    ({ own, labelled, agreed, unlabelled }) => {
      const { sources, checks } = checksOver();
      sources.own = new Map(own);
      expect(checks.agreement.result).toMatchObject({ labelled, agreed });
      expect(checks.agreement.unlabelled).toBe(unlabelled);
    },
  );

  it("counts nothing in a file without labels until the reader labels a statement, then that one", () => {
    const { sources, checks } = checksOver(demo().map((s) => ({ ...s, label: '' })));
    expect(checks.agreement.result.labelled).toBe(0);
    expect(checks.agreement.unlabelled).toBe(5);
    sources.own = new Map([['w1', 'concerned']]);
    expect(checks.agreement.result).toMatchObject({ labelled: 1, agreed: 1 });
    expect([...checks.agreement.labels]).toEqual([['w1', 'concerned']]);
  });

  it('follows the selection: filtering out the labelled group leaves nothing labelled', () => {
    const { sources, checks } = checksOver();
    expect(checks.agreement.result.labelled).toBe(2);
    sources.select(['Writers']);
    expect(checks.agreement.result.labelled).toBe(0);
    expect(checks.agreement.unlabelled).toBe(2);
  });

  it('keeps every label by id for the downloads, whatever the selection', () => {
    const { sources, checks } = checksOver();
    sources.own = new Map([['w1', 'concerned']]);
    sources.select(['Actors']);
    expect([...checks.agreement.labels]).toEqual([
      ['a1', 'enthusiastic'],
      ['a2', 'enthusiastic'],
      ['w1', 'concerned'],
    ]);
  });
});

describe('ReviewSample', () => {
  const ids = (statements: Scored[] | null) => statements?.map((s) => s.id).sort() ?? null;

  it('is closed until a review starts, and closed again after', () => {
    const { checks } = checksOver();
    expect(checks.review.statements).toBeNull();
    checks.review.start(7);
    expect(checks.review.statements).not.toBeNull();
    checks.review.close();
    expect(checks.review.statements).toBeNull();
  });

  it('draws only unlabelled statements from the selection', () => {
    const { sources, checks } = checksOver();
    sources.own = new Map([['w1', 'concerned']]);
    checks.review.start(7);
    expect(ids(checks.review.statements)).toEqual(['a3', 'w2']);
    sources.select(['Writers']);
    checks.review.start(7);
    expect(ids(checks.review.statements)).toEqual(['w2']);
  });

  it(`draws ${ReviewSample.SIZE} at most, the same ones for the same seed`, () => {
    const many = Array.from({ length: 50 }, (_, i) => scored(`s${i}`, 'Actors', [['good', 1]]));
    const { checks } = checksOver(many);
    checks.review.start(42);
    const first = ids(checks.review.statements);
    expect(first).toHaveLength(ReviewSample.SIZE);
    checks.review.start(42);
    expect(ids(checks.review.statements)).toEqual(first);
  });
});

describe('MethodCheck', () => {
  it('has no result until the other methods are scored, then compares the groups under each', () => {
    const { sources, checks } = checksOver();
    expect(checks.methods.result).toBeNull();
    // Plain AFINN puts the Writers above the Actors; the full model has them the other way round.
    sources.otherMethods = { afinn: Float32Array.from([-1, -1, -1, 1, 1]), noDomain: Float32Array.from([1, 1, 1, -1, -1]) };
    expect(checks.methods.result?.orders).toEqual({ afinn: ['Writers', 'Actors'], full: ['Actors', 'Writers'], noDomain: ['Actors', 'Writers'] });
    expect(checks.methods.result?.holds).toBe(false);
  });

  it('compares only the groups in the selection', () => {
    const { sources, checks } = checksOver();
    sources.otherMethods = { afinn: new Float32Array(5), noDomain: new Float32Array(5) };
    sources.select(['Writers']);
    expect(checks.methods.result?.groups.map((g) => g.group)).toEqual(['Writers']);
  });
});

describe('EditFlips', () => {
  it('lists nothing before an edit, then the statement the edit moved across zero', () => {
    const { sources, checks } = checksOver();
    expect(checks.flips.report).toBeNull();
    // After the edit "fear" weighs +2: the Writers' statement turns enthusiastic.
    sources.rescored(demo().map((s) => (s.id === 'w1' ? scored('w1', 'Writers', [['fear', 2]]) : s)));
    expect(checks.flips.report?.flips.map((f) => [f.id, f.from, f.to])).toEqual([['w1', 'concerned', 'enthusiastic']]);
  });
});
