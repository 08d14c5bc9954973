import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDataParam } from './data-param';

const page = 'https://app.example/dashboard/?x=1';

describe('readDataParam', () => {
  it.each([
    ['?data=statements.csv', '/dashboard/statements.csv', 'statements.csv'],
    ['?data=/files/a%20b.json', '/files/a%20b.json', 'a b.json'],
    ['?data=https://app.example/x.tsv', '/x.tsv', 'x.tsv'],
    ['?data=../up.ndjson?v=2', '/up.ndjson?v=2', 'up.ndjson'],
  ])('%s loads %s', (search, url, name) => {
    expect(readDataParam(search, page)).toEqual({ url, name });
  });

  it.each([
    '?data=https://evil.example/x.csv',
    '?data=//evil.example/x.csv',
    '?data=javascript:alert(1)',
    '?data=data:text/csv,a',
    '?data=http://app.example/x.csv',
    '?data=blob:https://app.example/123',
  ])('refuses %s with a reason', (search) => {
    const result = readDataParam(search, page);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(/only name a file on this site|not a path/);
  });

  it('is absent without the parameter, and never throws on any value', () => {
    expect(readDataParam('?groups=a', page)).toBeNull();
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = readDataParam(`?data=${encodeURIComponent(value)}`, page);
        if (result && 'url' in result) expect(result.url.startsWith('/')).toBe(true);
      }),
    );
  });
});
