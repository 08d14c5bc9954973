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
    expect(notices[0]).toContain('Aliens');
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
