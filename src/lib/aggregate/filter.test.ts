import { describe, expect, it } from 'vitest';
import { whyNone } from './filter';

describe('whyNone', () => {
  it('says every group is hidden, and how to show one', () => {
    expect(whyNone({ groups: [] })).toBe('Every group is hidden: tick a group in the legend, or Show all, to see its statements.');
  });

  it('names the filters that leave no statement, and the way back', () => {
    expect(whyNone({ groups: ['Actors'], q: 'zzz', from: '2024-01-01' })).toBe(
      'No statement passes the filters (groups: Actors; search: "zzz"; from 2024-01-01): change them, or Clear filters to see every statement.',
    );
  });

  it('leaves "from" after "to" to the notice the link gives it', () => {
    expect(whyNone({ groups: null, from: '2024-03-01', to: '2024-02-01' })).toBe('');
  });
});
