import { describe, expect, it } from 'vitest';
import { EMBED_VIEWS, embedView, namesInWords, type EmbedView } from './embed-views';

const named = (...names: string[]) => names.map((name) => ({ name }) as EmbedView);

describe('the embeddable views', () => {
  it('are named once each, each with a title', () => {
    const names = EMBED_VIEWS.map((view) => view.name);
    expect(new Set(names).size).toBe(names.length);
    expect(EMBED_VIEWS.every((view) => view.title.length > 0)).toBe(true);
  });

  it.each([
    { name: 'quadrant', found: 'quadrant' },
    { name: 'table', found: 'table' },
    { name: 'Quadrant', found: undefined },
    { name: '', found: undefined },
  ])('"$name" finds $found', ({ name, found }) => {
    expect(embedView(name)?.name).toBe(found);
  });

  it.each([
    { names: [], words: '' },
    { names: ['quadrant'], words: 'quadrant' },
    { names: ['quadrant', 'groups'], words: 'quadrant or groups' },
    { names: ['quadrant', 'groups', 'timeline', 'table'], words: 'quadrant, groups, timeline or table' },
  ])('$names read "$words"', ({ names, words }) => {
    expect(namesInWords(named(...names))).toBe(words);
  });

  it('quotes each name when asked', () => {
    expect(namesInWords(named('quadrant', 'groups'), (name) => `"${name}"`)).toBe('"quadrant" or "groups"');
  });
});
