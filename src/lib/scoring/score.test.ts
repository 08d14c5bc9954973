import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Sentiment from 'sentiment';
import { createScorer } from './score';

const score = createScorer();
const raw = new Sentiment();

describe('createScorer', () => {
  it.each([
    ['I love this, but I fear for my job', 3, 2],
    ['excited and worried', 3, 3],
    ['This is not good', 0, 3],
    ['nothing scored here', 0, 0],
    ['', 0, 0],
  ])('scores %j as enthusiasm %d, concern %d', (text, enthusiasm, concern) => {
    const result = score(text);
    expect(result.enthusiasm).toBe(enthusiasm);
    expect(result.concern).toBe(concern);
    expect(result.net).toBe(enthusiasm - concern);
  });

  it('points each contribution at its span in the original text', () => {
    const text = 'We are EXCITED, yet worried.';
    const { contributions } = score(text);
    expect(contributions.map((c) => text.slice(c.start, c.end))).toEqual(['EXCITED', 'worried']);
  });

  it('gives the normalised forms per word', () => {
    const result = score('good good bad words');
    expect(result.words).toBe(4);
    expect(result.netPerWord).toBeCloseTo((6 - 3) / 4);
  });

  it('scores prototype names as nothing', () => {
    for (const word of ['constructor', '__proto__', 'hasOwnProperty', 'toString']) {
      expect(score(word).net).toBe(0);
    }
  });

  it('agrees with raw sentiment on any text of plain words and spaces', () => {
    const word = fc.constantFrom('good', 'bad', 'not', 'love', 'hate', "isn't", 'fine', 'the', 'jobs', '😂', 'AMAZING');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (words) => {
        const text = words.join(' ');
        expect(score(text).net).toBe(raw.analyze(text).score);
      }),
    );
  });

  it('returns finite numbers and never throws, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = score(text);
        for (const value of [result.enthusiasm, result.concern, result.net, result.netPerWord]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        expect(result.enthusiasm).toBeGreaterThanOrEqual(0);
        expect(result.concern).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('does not let one scorer’s extras change another scorer', () => {
    const withExtras = createScorer({ extras: new Map([['sora', 5]]) });
    expect(withExtras('sora').enthusiasm).toBe(5);
    expect(createScorer()('sora').enthusiasm).toBe(0);
    expect(score('sora').enthusiasm).toBe(0);
  });
});
