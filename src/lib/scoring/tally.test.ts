import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Reason } from '../types';
import { createScorer, createTallyScorer } from './score';
import { tallyOf } from '../table/pack.fixture';
import { Tally, reasonsCode, reasonsOf, withReason } from './tally';

const REASONS: Reason[] = [
  'lexicon', 'emoji', 'vader', 'own', 'domain', 'derived', 'negated', 'intensified', 'contrast', 'emphasis', 'hypothetical', 'sarcasm', 'slang', 'concession',
];
const reasonLists = fc.array(fc.constantFrom(...REASONS), { maxLength: 8 });

describe('reasonsCode', () => {
  it('gives back every list of reasons, order and repeats included', () => {
    fc.assert(
      fc.property(reasonLists, (reasons) => {
        expect(reasonsOf(reasonsCode(reasons))).toEqual(reasons);
      }),
    );
  });

  it('tells different lists apart', () => {
    fc.assert(
      fc.property(reasonLists, reasonLists, (a, b) => {
        fc.pre(a.join() !== b.join());
        expect(reasonsCode(a)).not.toBe(reasonsCode(b));
      }),
    );
  });

  it('adds a reason at the end of the list', () => {
    expect(reasonsOf(withReason(reasonsCode(['lexicon', 'emphasis']), 'contrast'))).toEqual(['lexicon', 'emphasis', 'contrast']);
  });

  it('refuses a list too long to keep exact', () => {
    expect(() => reasonsCode(Array.from({ length: 9 }, () => 'lexicon' as const))).toThrow(/at most 8/);
  });

  it('keeps a full list of eight as it is when a ninth reason comes, within the 32 bits it is sent in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REASONS), { minLength: 8, maxLength: 8 }), fc.constantFrom(...REASONS), (eight, ninth) => {
        const code = withReason(reasonsCode(eight), ninth);
        expect([reasonsOf(code), Uint32Array.of(code)[0]]).toEqual([eight, code]);
      }),
    );
  });

  it('gives a word under many rules at once a list the page reads back whole', () => {
    const { reasons } = createScorer()('ok but very COOLEST but fine!! 🙄').contributions.find((c) => c.token === 'coolest')!;
    expect(reasons).toHaveLength(8);
    expect(reasonsOf(Uint32Array.of(reasonsCode(reasons))[0]!)).toEqual(reasons);
  });
});

describe('Tally', () => {
  it('of a score gives the same score back', () => {
    const score = createScorer()('Not very good, but the tools are GREAT!! 🔥');
    expect(tallyOf(score).toScore()).toStrictEqual(score);
  });

  it('reused for a shorter statement keeps nothing of the longer one before it', () => {
    const score = createTallyScorer();
    score('great great great awful terrible love');
    expect(score('bad').toScore()).toStrictEqual(createScorer()('bad'));
    expect(score('').toScore().contributions).toEqual([]);
  });
});
