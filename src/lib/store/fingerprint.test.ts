import { describe, expect, it } from 'vitest';
import { dataFingerprint } from './fingerprint';
import { tableOf } from '../table/table.fixture';

const rows = (n: number, text = (i: number) => `Statement ${i}`) =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, group: `G${i % 3}`, text: text(i) }));

describe('dataFingerprint', () => {
  it('is eight hex digits, the same for the same statements', () => {
    expect(dataFingerprint(tableOf(rows(50)))).toMatch(/^[0-9a-f]{8}$/);
    expect(dataFingerprint(tableOf(rows(50)))).toBe(dataFingerprint(tableOf(structuredClone(rows(50)))));
  });

  it.each([
    ['one statement more', rows(51)],
    ['a text changed at the start', rows(50, (i) => (i === 0 ? 'Changed' : `Statement ${i}`))],
    ['a text changed at the end', rows(50, (i) => (i === 49 ? 'Changed' : `Statement ${i}`))],
    ['a statement moved to another group', rows(50).map((s, i) => (i === 25 ? { ...s, group: 'G0' } : s))],
    ['fields joined differently', rows(50).map((s, i) => (i === 0 ? { ...s, id: 's0G', group: '0' } : s))],
  ])('changes with %s', (_, changed) => {
    expect(dataFingerprint(tableOf(changed))).not.toBe(dataFingerprint(tableOf(rows(50))));
  });

  it('reads an empty set', () => {
    expect(dataFingerprint(tableOf([]))).toMatch(/^[0-9a-f]{8}$/);
  });
});
