import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { select } from '../aggregate/filter';
import { createScorer } from '../scoring/score';
import type { Statement } from '../types';
import { TableBuilder } from './builder';
import { SlicePacker } from './pack';
import { packScored } from './pack.fixture';
import { Selected } from './selected';
import { everyRow } from './table';

const scorer = createScorer();
const statement = (id: string, text: string, group: string, more: Partial<Statement> = {}): Statement => ({
  id,
  text,
  group,
  speaker: '',
  source: '',
  date: '',
  url: '',
  provenance: '',
  label: '',
  ...more,
});
const tableOf = (...slices: Statement[][]) => {
  const builder = new TableBuilder();
  const packer = new SlicePacker(2);
  for (const s of slices) builder.append(packScored(s, s.map((statement) => scorer(statement.text)), packer));
  return builder.finish();
};

describe('the statement table', () => {
  const table = tableOf(
    [statement('a', 'Great tools for artists', 'Studios', { date: '2024-03-01' }), statement('b', 'Jobs at risk, a nightmare', 'Writers')],
    [statement('a', 'A good deal', 'Studios', { date: '2024-03-01' }), statement('c', 'Terrible for actors', 'Actors', { source: 'Variety' })],
  );

  it('holds each score in a typed column, by row', () => {
    expect(table.enthusiasm).toBeInstanceOf(Float64Array);
    expect(Array.from(table.net)).toEqual([0, 1, 2, 3].map((i) => table.row(i).net));
    expect(table.net[1]).toBeLessThan(0);
  });

  it('keeps a field with few values as each value once, in order of first appearance, and a one-byte code per row', () => {
    expect(table.group.values).toEqual(['Studios', 'Writers', 'Actors']);
    expect(table.group.codes).toBeInstanceOf(Uint8Array);
    expect(Array.from(table.group.codes)).toEqual([0, 1, 0, 2]);
    expect(table.date.values).toEqual(['2024-03-01', '']);
  });

  it('makes an id met again in a later slice unique', () => {
    expect(table.id).toEqual(['a', 'b', 'a (2)', 'c']);
  });

  it('widens its codes past 256 distinct values', () => {
    const many = tableOf(Array.from({ length: 300 }, (_, i) => statement(`s${i}`, 'good', `Group ${i}`)));
    expect(many.group.codes).toBeInstanceOf(Uint16Array);
    expect(many.row(299).group).toBe('Group 299');
  });

  it('gives an extra column first met in a later slice as empty in the rows before it', () => {
    const extra = tableOf([statement('a', 'good', 'G')], [statement('b', 'bad', 'G', { extra: ['12'] })]);
    expect([extra.row(0).extra, extra.row(1).extra]).toEqual([[''], ['12']]);
  });
});

describe('a statement made from the table', () => {
  const table = tableOf([statement('a', 'I love this, but the risk is real!', 'Studios', { speaker: 'Ann', label: 'mixed' })]);
  const row = table.row(0);

  it('keeps every score when spread', () => {
    expect({ ...row }).toStrictEqual(row);
    expect({ ...row }.net).toBe(row.enthusiasm - row.concern);
  });

  it('comes through structuredClone whole', () => {
    expect(structuredClone(row)).toStrictEqual(row);
  });

  it('comes through JSON whole, contributions and all', () => {
    const back = JSON.parse(JSON.stringify(row));
    expect(back).toEqual(row);
    expect(back.contributions.map((c: { token: string }) => c.token)).toEqual(['love', 'risk']);
  });

  it('is the statement the scorer scored, field for field', () => {
    const { contributions, ...score } = scorer(row.text);
    expect(row).toMatchObject({ id: 'a', group: 'Studios', speaker: 'Ann', label: 'mixed', ...score });
    expect(row.contributions).toEqual(contributions);
  });
});

describe('a selection', () => {
  const groups = ['A', 'B', 'C'];
  const statements = fc.array(fc.constantFrom(...groups), { maxLength: 50 }).map((gs) => gs.map((g, i) => statement(`s${i}`, i % 2 ? 'good' : 'bad', g)));

  it('is an index of table rows, in table order, of the statements the filters keep', () => {
    fc.assert(
      fc.property(statements, fc.subarray(groups), (rows, shown) => {
        const table = tableOf(rows);
        const selected = select(table, { groups: shown });
        expect(selected.rows).toBeInstanceOf(Uint32Array);
        expect(Array.from(selected.rows)).toEqual(rows.flatMap((s, i) => (shown.includes(s.group) ? [i] : [])));
      }),
    );
  });

  it('keeps, of the rows it is given, those the filters keep, in the order given', () => {
    fc.assert(
      fc.property(statements, fc.subarray(groups), fc.array(fc.nat(49), { maxLength: 20 }), (rows, shown, picks) => {
        const table = tableOf(rows);
        const within = Uint32Array.from(new Set(picks.filter((i) => i < rows.length)));
        const selected = select(table, { groups: shown }, within);
        expect(Array.from(selected.rows)).toEqual(Array.from(within).filter((i) => shown.includes(rows[i]!.group)));
      }),
    );
  });

  it('finds a kept statement by id, and no statement it does not keep', () => {
    const table = tableOf([statement('a', 'good', 'A'), statement('b', 'bad', 'B'), statement('c', 'fine', 'A')]);
    const selected = select(table, { groups: ['A'] });
    expect(selected.byId('c')?.text).toBe('fine');
    expect(selected.byId('b')).toBeUndefined();
    expect(new Selected(table, everyRow(table)).statements().map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds every row by its id, whichever row was named last', () => {
    fc.assert(
      fc.property(statements, fc.nat(), fc.nat(), (rows, named, asked) => {
        fc.pre(rows.length > 0);
        const table = tableOf(rows);
        const i = named % rows.length;
        const j = asked % rows.length;
        expect(table.idOf(i)).toBe(table.id[i]);
        expect([table.find(table.id[j]!), table.find(table.id[i]!), table.find('not an id')]).toEqual([j, i, -1]);
      }),
    );
  });
});
