import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset, lineAndColumn } from './json-error';

describe('jsonErrorOffset', () => {
  it('finds no error in any valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(jsonErrorOffset(JSON.stringify(value, null, pretty ? 2 : 0))).toBe(-1);
      }),
    );
  });

  it('finds an error exactly where JSON.parse also fails, for any cut of valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value);
        const broken = text.slice(0, cut % (text.length + 1)) + '@';
        expect(() => JSON.parse(broken)).toThrow();
        expect(jsonErrorOffset(broken)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toBe('line 2, column 2');
  });
});
