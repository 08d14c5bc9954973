import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableOf } from '../table/table.fixture';
import { searchFor, select, whyNone } from './filter';

describe('whyNone', () => {
  it('says every group is hidden, and how to show one', () => {
    expect(whyNone({ groups: [] })).toBe('Every group is hidden: tick a group in the legend, or Show all, to see its statements.');
  });

  it('names the filters that leave no statement, and the way back', () => {
    expect(whyNone({ groups: ['Actors'], q: 'zzz', from: '2024-01-01' })).toBe(
      'No statement passes the filters (groups: Actors; search: "zzz"; from 2024-01-01): change them, or Clear filters to see every statement.',
    );
  });

  it('in a chart on someone else\'s page, which has no controls, says whose filters they are', () => {
    expect([whyNone({ groups: [] }, true), whyNone({ groups: null, q: 'zzz' }, true)]).toEqual([
      'Every group is hidden in the filters this chart was made with.',
      'No statement passes the filters this chart was made with (search: "zzz").',
    ]);
  });

  it('leaves "from" after "to" to the notice the link gives it', () => {
    expect(whyNone({ groups: null, from: '2024-03-01', to: '2024-02-01' })).toBe('');
  });
});

describe('searchFor', () => {
  it.each([
    ['cafe', 'A new café opened', true],
    ['CAFÉ', 'the cafe crowd', true],
    ['naïve', 'Naive hopes', true],
    ['Zoë', 'zoe said', true],
    ['jobs', 'They take our JOBS', true],
    ['cafe', 'a cake', false],
  ])('"%s" in "%s": %s', (query, text, found) => {
    expect(searchFor(query)(text)).toBe(found);
  });

  it('finds a text by its own words, with or without their accents, in any case', () => {
    const word = fc.string({ unit: fc.constantFrom(...'aeiouncAEIOUNC'.split(''), 'é', 'ñ', 'Ü', 'ç', 'ô'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(word, word, word, (before, middle, after) => {
        const text = `${before} ${middle} ${after}`;
        const plain = middle.normalize('NFD').replace(/\p{M}+/gu, '');
        return searchFor(middle)(text) && searchFor(plain.toUpperCase())(text) && searchFor(middle)(text.normalize('NFD').replace(/\p{M}+/gu, ''));
      }),
    );
  });
});

describe('select, searching', () => {
  it('keeps the statements, speakers and sources that hold the search with or without accents', () => {
    const table = tableOf([
      { id: 'a', text: 'A new café opened', group: 'G' },
      { id: 'b', text: 'Nothing here', group: 'G', speaker: 'Renée' },
      { id: 'c', text: 'Nothing either', group: 'G', source: 'Cafe Press' },
      { id: 'd', text: 'A cake', group: 'G' },
    ]);
    expect(select(table, { groups: null, q: 'CAFE' }).statements().map((r) => r.id)).toEqual(['a', 'c']);
    expect(select(table, { groups: null, q: 'renee' }).statements().map((r) => r.id)).toEqual(['b']);
  });
});
