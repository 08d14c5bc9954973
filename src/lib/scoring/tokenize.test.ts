import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashOf } from '../string-set';
import { tokenize, type Tokens } from './tokenize';

/** Each token as [word, start, pause, sentence start]. */
const rows = (tokens: Tokens) =>
  Array.from({ length: tokens.length }, (_, i) => [tokens.word[i], tokens.start[i], tokens.pause(i), tokens.sentenceStart(i)]);

describe('tokenize', () => {
  it('reused for a shorter text keeps nothing of the longer one before it', () => {
    const tokens = tokenize('one two, three. four');
    expect(rows(tokenize('Five!', tokens))).toEqual([['five', 0, false, false]]);
    expect(tokenize('', tokens).length).toBe(0);
  });

  /** The separators as a regular expression, the definition the scan must keep to. */
  const SEPARATORS = /[\s\x00-\x1f.,/#!?$%^&*;:{}=_`"~()]+/;

  /** Words by splitting on SEPARATORS, each with the punctuation in the gap before it. */
  function bySplit(text: string) {
    const lower = text.toLowerCase();
    const words: [string, number, boolean, boolean][] = [];
    let at = 0;
    for (const word of lower.split(SEPARATORS)) {
      if (word === '') continue;
      const start = lower.indexOf(word, at);
      const gap = lower.slice(at, start);
      words.push([word, start, /[,;:.!?\n\u2028\u2029]/.test(gap), /[.!?\n\u2028\u2029]/.test(gap)]);
      at = start + word.length;
    }
    return words;
  }

  it('finds the words, spans and pauses that a split on the separators finds', () => {
    const piece = fc.oneof(
      fc.constantFrom('good', 'Bad', 'don’t', '😂', 'naïve', 'x', ' ', '  ', ',', '.', '!?', ';', ':', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\u1680', '\ufeff', '\u200b', '-', "'", '"', '\x7f', '\0'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(text.toLowerCase().length === text.length);
        const tokens = tokenize(text);
        // A face such as ":)" is a token of its own, which no split on the separators finds (tested apart).
        fc.pre(Array.from({ length: tokens.length }, (_, i) => tokens.emoticon(i)).every((face) => !face));
        expect(rows(tokens)).toEqual(bySplit(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('hashes each token as the memo of words would hash its text, faces and odd characters too', () => {
    const piece = fc.oneof(fc.constantFrom('Good', ':)', ' <3 ', '#AI', 'İstanbul', '😂', ' ', ',', '\n', '\u2028'), fc.string({ unit: 'binary', maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const tokens = tokenize(pieces.join(''));
        const hashes = Array.from({ length: tokens.length }, (_, i) => tokens.hash[i]);
        expect(hashes).toEqual(Array.from({ length: tokens.length }, (_, i) => hashOf(tokens.word[i]!)));
      }),
      { numRuns: 1000 },
    );
  });
});
