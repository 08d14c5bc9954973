import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFit, serializeFit } from './fit';

describe('parseFit', () => {
  it.each([
    ['', 'groups'],
    ['?groups=A', 'groups'],
    ['?fit=statements', 'statements'],
    ['?fit=groups', 'groups'],
    ['?q=jobs&fit=statements&title=T', 'statements'],
  ])('reads %j as the %s fit, with no notice', (search, fit) => {
    expect(parseFit(search)).toEqual({ fit, notices: [] });
  });

  it.each([
    ['?fit=everything', 'Ignored "fit" in the link: "everything" is neither "groups" nor "statements", so the chart shows the group map.'],
    ['?fit=', 'Ignored "fit" in the link: "" is neither "groups" nor "statements", so the chart shows the group map.'],
    ['?fit=%E0%A4%A', 'Ignored "fit" in the link: it is not readable text, so the chart shows the group map.'],
  ])('shows the group map for %j, and says why', (search, notice) => {
    expect(parseFit(search)).toEqual({ fit: 'groups', notices: [notice] });
  });

  it('uses the first of two, and says so', () => {
    expect(parseFit('?fit=statements&fit=groups')).toEqual({
      fit: 'statements',
      notices: ['The link gives "fit" 2 times: used the first and ignored the rest.'],
    });
  });
});

describe('serializeFit', () => {
  it('writes nothing for the group map, and keeps every other parameter as it was', () => {
    expect(serializeFit('groups', '?fit=statements')).toBe('');
    expect(serializeFit('statements', '')).toBe('?fit=statements');
    expect(serializeFit('statements', '?groups=A%2CB&title=Hi+there')).toBe('?groups=A%2CB&title=Hi+there&fit=statements');
    expect(serializeFit('groups', '?groups=A&fit=statements&q=x')).toBe('?groups=A&q=x');
  });

  it('round-trips either fit beside any other parameters, an earlier fit among them', () => {
    fc.assert(
      fc.property(fc.constantFrom('groups' as const, 'statements' as const), fc.string({ maxLength: 30 }), (fit, search) => {
        const written = serializeFit(fit, search);
        expect(parseFit(written).fit).toBe(fit);
        expect(serializeFit('groups', written)).toBe(serializeFit('groups', search));
      }),
    );
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (search) => {
        expect(['groups', 'statements']).toContain(parseFit(search).fit);
      }),
    );
  });
});
