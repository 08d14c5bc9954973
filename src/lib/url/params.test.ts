import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readParams } from './params';

const page = 'https://app.example/';

describe('readParams', () => {
  it('reads groups and data, and says what it ignores', () => {
    const { filters, data, notices } = readParams('?groups=A,B&data=x.csv&q=jobs&view=table&colour=red', page, ['A', 'B']);
    expect(filters).toEqual({ groups: ['A', 'B'], q: 'jobs' });
    expect(data).toEqual({ url: '/x.csv', name: 'x.csv' });
    expect(notices).toEqual([
      'Ignored "view" in the link: this version has no other views yet.',
      'Ignored unknown parameter "colour" in the link.',
    ]);
  });

  it('knows the chart\'s words and the data a link was made on', () => {
    const { madeOn, notices } = readParams('?title=T&subtitle=S&note=N&byline=B&dataset=s.csv~1a2b3c4d', page);
    expect(madeOn).toEqual({ name: 's.csv', fingerprint: '1a2b3c4d' });
    expect(notices).toEqual([]);
  });

  it('knows the main chart\'s fit, which it leaves to fit.ts', () => {
    expect(readParams('?fit=statements', page).notices).toEqual([]);
  });

  it.each(['?dataset=foo~zzzzzzzz', '?dataset=~1234abcd', '?dataset='])('says why it ignores %s', (search) => {
    const { madeOn, notices } = readParams(search, page);
    expect(madeOn).toBeNull();
    expect(notices).toEqual(['Ignored "dataset" in the link: it should be a data name, "~" and eight hex digits.']);
  });

  it('uses the first of a repeated parameter, and says which, once per name', () => {
    const { filters, madeOn, notices } = readParams('?groups=A&dataset=a.csv~1a2b3c4d&groups=B&dataset=b.csv~00000000', page, ['A', 'B']);
    expect(filters.groups).toEqual(['A']);
    expect(madeOn).toEqual({ name: 'a.csv', fingerprint: '1a2b3c4d' });
    expect(notices).toEqual([
      'The link gives "groups" 2 times: used the first and ignored the rest.',
      'The link gives "dataset" 2 times: used the first and ignored the rest.',
    ]);
  });

  it('turns a refused data parameter into a notice', () => {
    const { data, notices } = readParams('?data=https://elsewhere.example/x.csv', page);
    expect(data).toHaveProperty('error');
    expect(notices[0]).toMatch(/^Refused to load/);
  });

  it('names at most five unknown parameters', () => {
    const search = '?' + Array.from({ length: 50 }, (_, i) => `p${i}=1`).join('&');
    const { notices } = readParams(search, page);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('and 45 more');
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const result = readParams(search, page, ['A']);
        expect(Array.isArray(result.notices)).toBe(true);
      }),
    );
  });
});
