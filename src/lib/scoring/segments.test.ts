import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createScorer } from './score';
import { segments } from './segments';

// AFINN's weights alone, so the expected weights below are the familiar whole numbers.
const score = createScorer({ rules: { vocabulary: false } });

describe('segments', () => {
  it('marks the scored words and keeps the rest as plain text', () => {
    const text = 'Great tools, but I fear for jobs.';
    const pieces = segments(text, score(text).contributions);
    expect(pieces.map((p) => [p.text, p.contribution?.weight])).toEqual([
      ['Great', 1.5],
      [' tools, but I ', undefined],
      ['fear', -3],
      [' for jobs.', undefined],
    ]);
  });

  it('always joins back to the original text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(segments(text, score(text).contributions).map((p) => p.text).join('')).toBe(text);
      }),
    );
  });
});
