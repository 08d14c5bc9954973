import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NO_WORDS, parseWords, serializeWords, WORD_LIMITS } from './words';

describe('parseWords', () => {
  it('reads each word, as text', () => {
    expect(parseWords('?groups=A&title=Who%20worries%3F&subtitle=Survey+2025&note=%3Cb%3Ehi%3C%2Fb%3E&byline=J.%20Doe').words).toEqual({
      title: 'Who worries?',
      subtitle: 'Survey 2025',
      note: '<b>hi</b>',
      byline: 'J. Doe',
    });
  });

  it('gives no words when the link has none', () => {
    expect(parseWords('?groups=A')).toEqual({ words: NO_WORDS, notices: [] });
  });

  it.each([
    ['?title=%E0%A4%A', 'Ignored the title in the link: it is not readable text.', ''],
    [`?note=${'x'.repeat(600)}`, 'Shortened the note in the link to 500 characters.', 'x'.repeat(500)],
  ])('reads %j with a notice', (search, notice, note) => {
    const { words, notices } = parseWords(search);
    expect(notices).toEqual([notice]);
    expect(words.note).toBe(note);
  });

  it('makes each word one line', () => {
    expect(parseWords('?title=Two%0Alines%09and%20%20a%20tab').words.title).toBe('Two lines and a tab');
  });
});

describe('serializeWords', () => {
  it('sets the words and keeps every other parameter', () => {
    expect(serializeWords({ title: 'A & B', byline: 'Me' }, '?groups=X&title=old&q=jobs')).toBe('?groups=X&q=jobs&title=A%20%26%20B&byline=Me');
  });

  it('removes a word set to nothing', () => {
    expect(serializeWords({ title: '  ' }, '?title=old')).toBe('');
  });

  it('round-trips any words within their limits', () => {
    const word = (max: number) => fc.string({ maxLength: max + 50 });
    fc.assert(
      fc.property(word(WORD_LIMITS.title), word(WORD_LIMITS.subtitle), word(WORD_LIMITS.note), word(WORD_LIMITS.byline), (title, subtitle, note, byline) => {
        const once = parseWords(serializeWords({ title, subtitle, note, byline })).words;
        expect(parseWords(serializeWords(once)).words).toEqual(once);
        for (const [key, value] of Object.entries(once)) {
          expect(value.length).toBeLessThanOrEqual(WORD_LIMITS[key as keyof typeof WORD_LIMITS]);
          expect(value).not.toMatch(/[\u0000-\u001f]/);
        }
      }),
    );
  });
});

describe('parseWords: a word given twice', () => {
  it('uses the first, and says so', () => {
    expect(parseWords('?title=One&note=N&title=Two')).toEqual({
      words: { ...NO_WORDS, title: 'One', note: 'N' },
      notices: ['The link gives "title" 2 times: used the first and ignored the rest.'],
    });
  });
});
