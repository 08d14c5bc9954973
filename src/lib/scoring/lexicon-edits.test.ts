import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOMAIN_WORDS } from './domain';
import { editsFromJson, editsToJson, effectiveLexicon, lexiconRows, normaliseWord } from './lexicon-edits';
import { createScorer } from './score';

const defaults = [
  { word: 'replace', weight: -2, reason: 'jobs' },
  { word: 'partnership', weight: 2, reason: 'together' },
];

describe('lexicon edits', () => {
  const edits = new Map<string, number | null>([
    ['replace', -3],
    ['partnership', null],
    ['sora', 1],
  ]);

  it('applies edits, removals and additions over the defaults', () => {
    expect([...effectiveLexicon(defaults, edits)]).toEqual([
      ['replace', -3],
      ['sora', 1],
    ]);
    expect(lexiconRows(defaults, edits).map((r) => [r.word, r.weight, r.status])).toEqual([
      ['replace', -3, 'edited'],
      ['sora', 1, 'added'],
    ]);
  });

  it('changes scores only through the scorer it is given to', () => {
    const edited = createScorer({ domain: effectiveLexicon(DOMAIN_WORDS, new Map([['sora', 3]])) });
    expect(edited('Sora is here').enthusiasm).toBe(3);
    expect(createScorer()('Sora is here').enthusiasm).toBe(0);
    // A removed domain word falls back to the general lists ("talent" is praise there, 0 in the domain lexicon).
    const removed = createScorer({ domain: effectiveLexicon(DOMAIN_WORDS, new Map([['talent', null]])) });
    expect(removed('talent').enthusiasm).toBe(createScorer({ domain: false })('talent').enthusiasm);
  });

  it('round-trips through JSON, and refuses bad files clearly', () => {
    expect(editsFromJson(editsToJson(edits))).toEqual(edits);
    expect(editsFromJson('{')).toEqual({ error: 'That file is not valid JSON.' });
    expect(editsFromJson('{"edits": {"good": 9}}')).toMatchObject({ error: expect.stringContaining('from −5 to 5') });
    expect(editsFromJson('{"edits": {"a.b": 1}}')).toMatchObject({ error: expect.stringContaining('punctuation') });
    expect(editsFromJson('[]')).toMatchObject({ error: expect.stringContaining('no "edits"') });
  });

  it('normalises words, and never throws on any text', () => {
    expect(normaliseWord('  Opt   Out ')).toBe('opt out');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = normaliseWord(text);
        if (typeof result === 'string') expect(result).toBe(result.trim().toLowerCase());
      }),
    );
  });
});
