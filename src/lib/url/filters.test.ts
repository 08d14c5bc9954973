import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFilters, serializeFilters } from './filters';

describe('parseFilters', () => {
  it.each([
    ['', null],
    ['?groups=Actors,Screenwriters', ['Actors', 'Screenwriters']],
    ['?groups=Studios%20%26%20executives', ['Studios & executives']],
    ['?groups=A%2CB,C', ['A,B', 'C']],
    ['?groups=', []],
    ['?groups=Actors,Actors', ['Actors']],
    ['?view=x&groups=Social+media', ['Social media']],
  ])('reads %j as groups %j', (search, groups) => {
    expect(parseFilters(search).filters.groups).toEqual(groups);
  });

  it('drops unknown and unreadable names with a notice, never throwing', () => {
    const { filters, notices } = parseFilters('?groups=Actors,Aliens,%E0%A4%A', ['Actors']);
    expect(filters.groups).toEqual(['Actors']);
    expect(notices).toHaveLength(2);
    expect(notices.join(' ')).toContain('"Aliens"');
  });

  it('shows every group, with a notice, when the link names only groups the data lacks', () => {
    const { filters, notices } = parseFilters('?groups=Aliens,Robots', ['Actors']);
    expect(filters.groups).toBeNull();
    expect(notices).toContain('None of the groups named in the link is in this data, so every group is shown.');
  });

  it('keeps an empty group list ("no groups") as it is', () => {
    expect(parseFilters('?groups=', ['Actors']).filters.groups).toEqual([]);
  });

  it('names at most five unknown groups, whatever the link holds', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `g${i}`).join(',');
    const { notices } = parseFilters(`?groups=${names},${'x'.repeat(100_000)}`, ['A']);
    expect(notices[0]).toContain('and 2996 more');
    expect(notices[0]!.length).toBeLessThan(200);
  });
});

describe('parseFilters: search, source and dates', () => {
  it('reads every filter', () => {
    expect(parseFilters('?q=fair+pay&source=Podcast&from=2024-03-01&to=2024-03-31', undefined, ['Podcast']).filters).toEqual({
      groups: null,
      q: 'fair pay',
      source: 'Podcast',
      from: '2024-03-01',
      to: '2024-03-31',
    });
  });

  it.each([
    ['?from=2024-02-30', 'is not a date'],
    ['?to=yesterday', 'is not a date'],
    ['?source=Nowhere', 'unknown source'],
    ['?region=1,2,3', 'four numbers'],
    ['?region=3,1,0,5', 'four numbers'],
    ['?region=a,b,c,d', 'four numbers'],
    [`?q=${'x'.repeat(500)}`, 'Shortened the search'],
    ['?evidence=maybe', '"dim" or "hide"'],
  ])('notices what it ignores in %s', (search, notice) => {
    const { notices } = parseFilters(search.slice(0, 80) === search ? search : search, undefined, ['Podcast']);
    expect(notices.join(' ')).toContain(notice);
  });

  it('keeps "from" after "to" as written, so the page and its link agree, and says why nothing is selected', () => {
    const { filters, notices } = parseFilters('?from=2024-04-01&to=2024-03-01&q=jobs');
    expect(filters).toEqual({ groups: null, q: 'jobs', from: '2024-04-01', to: '2024-03-01' });
    expect(notices).toEqual(['No statement is selected: "from" (2024-04-01) is after "to" (2024-03-01). Change one of the dates, or clear them.']);
  });

  it('round-trips every filter', () => {
    const filters = {
      groups: ['A, B'],
      q: 'jobs & AI',
      source: 'Union newsletter',
      from: '2024-02-01',
      to: '2024-04-30',
      region: [0, 2.5, 1, 10] as [number, number, number, number],
      evidence: 'hide' as const,
    };
    expect(parseFilters(serializeFilters(filters)).filters).toEqual(filters);
  });
});

describe('serializeFilters', () => {
  it('writes nothing when every group is shown, and keeps other parameters', () => {
    expect(serializeFilters({ groups: null })).toBe('');
    expect(serializeFilters({ groups: ['Actors'] }, '?embed=quadrant&groups=X')).toBe('?embed=quadrant&groups=Actors');
  });

  it('round-trips any list of group names', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 8 }), (groups) => {
        expect(parseFilters(serializeFilters({ groups })).filters.groups).toEqual(groups);
      }),
    );
  });
});

describe('parseFilters: links that cannot be read as written', () => {
  it.each(['?groups=%ZZ', '?groups=%E0%A4%A', '?groups=%ZZ,%E0%A4%A'])('shows every group for %s, as for groups the data lacks', (search) => {
    const { filters, notices } = parseFilters(search, ['Actors']);
    expect(filters.groups).toBeNull();
    expect(notices.at(-1)).toBe('None of the group names in the link can be used here, so every group is shown.');
  });

  it('shows every group when the names are unreadable or missing, and only the readable known ones otherwise', () => {
    expect(parseFilters('?groups=%ZZ,Aliens', ['Actors']).filters.groups).toBeNull();
    expect(parseFilters('?groups=%ZZ,Actors', ['Actors']).filters.groups).toEqual(['Actors']);
  });

  it('never hides every group unless the link gives an empty list, whatever the names', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((v) => !/[&#]/.test(v)), (value) => {
        const { groups } = parseFilters(`?groups=${value}`, ['Actors', 'A,B']).filters;
        expect(groups === null || groups.length > 0).toBe(true);
      }),
    );
  });

  it.each([
    ['?q=%E0%A4%A', 'Ignored the search in the link: it is not readable text.'],
    ['?source=%ZZ', 'Ignored "source" in the link: it is not readable text.'],
    ['?from=%ZZ', 'Ignored "from" in the link: it is not readable text.'],
  ])('says so when %s cannot be read', (search, notice) => {
    const { filters, notices } = parseFilters(search, ['Actors'], ['Podcast']);
    expect(filters).toEqual({ groups: null });
    expect(notices).toEqual([notice]);
  });

  it.each([
    ['?groups=A&groups=B', { groups: ['A'] }, 'groups', 2],
    ['?q=jobs&groups=A&q=pay&q=fear', { groups: ['A'], q: 'jobs' }, 'q', 3],
    ['?from=2024-01-01&from=2024-02-01', { groups: null, from: '2024-01-01' }, 'from', 2],
  ])('uses the first of a repeated parameter in %s, and says so', (search, filters, name, times) => {
    const parsed = parseFilters(search, ['A', 'B']);
    expect(parsed.filters).toEqual(filters);
    expect(parsed.notices).toEqual([`The link gives "${name}" ${times} times: used the first and ignored the rest.`]);
  });
});
