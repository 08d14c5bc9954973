import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filtersText, lexiconHash, lexiconText, methodCard, methodText, SENTIMENT_VERSION } from './method-card';

describe('method card', () => {
  it('names the sentiment version that is installed', () => {
    const installed = JSON.parse(readFileSync('node_modules/sentiment/package.json', 'utf8')).version;
    expect(SENTIMENT_VERSION).toBe(installed);
  });

  it('hashes the edits, whatever order they were made in', () => {
    const a = new Map<string, number | null>([['sora', 2], ['slop', null]]);
    const b = new Map<string, number | null>([['slop', null], ['sora', 2]]);
    expect(lexiconHash(a)).toMatch(/^[0-9a-f]{8}$/);
    expect(lexiconHash(a)).toBe(lexiconHash(b));
    expect(lexiconHash(new Map([['sora', 3]]))).not.toBe(lexiconHash(new Map([['sora', 2]])));
    // FNV-1a of the empty string is its offset basis.
    expect(lexiconHash(new Map())).toBe('811c9dc5');
  });

  it('says whether the lexicon is the default one', () => {
    expect(lexiconText(new Map())).toBe('default domain lexicon');
    expect(lexiconText(new Map([['sora', 2]]))).toMatch(/^edited domain lexicon \(1 word changed, #[0-9a-f]{8}\)$/);
  });

  it.each([
    [{ groups: null }, 'none'],
    [{ groups: [] }, 'groups: none'],
    [{ groups: ['Actors', 'Screenwriters'], q: 'jobs' }, 'groups: Actors, Screenwriters; search: "jobs"'],
    [{ groups: null, from: '2024-03-01', to: '2024-03-31', evidence: 'hide' as const }, 'from 2024-03-01; to 2024-03-31; insufficient evidence hidden'],
    [{ groups: null, region: [0, 2.456, 1, 10] as [number, number, number, number] }, 'region: concern 0–2.46, enthusiasm 1–10'],
  ])('writes the filters %j as "%s"', (filters, text) => {
    expect(filtersText(filters)).toBe(text);
  });

  it('puts everything on one line for a CSV comment', () => {
    const card = methodCard({
      edits: new Map(),
      filters: { groups: ['Actors'] },
      statements: 1234,
      dataset: 'demo',
      date: new Date('2026-11-25T10:00:00Z'),
    });
    expect(methodText(card)).toMatch(
      /^Model: Stakeholder Sentiment scorer 2\.1: .* \| Lexicon: default domain lexicon \| Filters: groups: Actors \| Statements: 1,234 from demo \| Date: 2026-11-25$/,
    );
  });
});
