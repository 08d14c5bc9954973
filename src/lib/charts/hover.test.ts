import { describe, expect, it } from 'vitest';
import { describeStatement, MarkHover, walkKey } from './hover';

describe('walkKey', () => {
  it.each([
    ['ArrowRight', 2, 5, { kind: 'move', to: 3 }],
    ['ArrowDown', 2, 5, { kind: 'move', to: 3 }],
    ['ArrowLeft', 2, 5, { kind: 'move', to: 1 }],
    ['ArrowUp', 2, 5, { kind: 'move', to: 1 }],
    ['ArrowRight', 4, 5, { kind: 'move', to: 4 }],
    ['ArrowLeft', 0, 5, { kind: 'move', to: 0 }],
    ['ArrowLeft', -1, 5, { kind: 'move', to: 0 }],
    ['ArrowRight', -1, 5, { kind: 'move', to: 0 }],
    ['Home', 3, 5, { kind: 'move', to: 0 }],
    ['End', 1, 5, { kind: 'move', to: 4 }],
    ['Enter', 1, 5, { kind: 'select' }],
    [' ', 1, 5, { kind: 'select' }],
    ['Escape', 1, 5, { kind: 'clear' }],
    ['Escape', -1, 0, { kind: 'clear' }],
    ['ArrowRight', -1, 0, null],
    ['Tab', 1, 5, null],
    ['a', 1, 5, null],
  ] as const)('%j from %i of %i marks: %j', (key, at, count, step) => {
    expect(walkKey(key, at, count)).toEqual(step);
  });
});

/**
 * Marks 'a', 'b', 'c' in keyboard order, holding the active and selected ids as a chart does
 * with the callbacks. `focusable` gives each mark its own focus, as the SVG marks have.
 */
function chart({ active = null, selected = null, focusable = false }: { active?: string | null; selected?: string | null; focusable?: boolean } = {}) {
  const ids = ['a', 'b', 'c'];
  const state = { active, selected, focused: -1, prevented: 0 };
  const hover = new MarkHover({
    count: () => ids.length,
    idAt: (place) => ids[place]!,
    placeOf: (id) => ids.indexOf(id),
    activeId: () => state.active,
    selectedId: () => state.selected,
    onactivate: (id) => void (state.active = id),
    onselect: (id) => void (state.selected = id),
    focusMark: focusable ? (place) => void (state.focused = place) : undefined,
  });
  const press = (key: string, at?: number) => hover.key({ key, preventDefault: () => void state.prevented++ }, at);
  return { hover, state, press };
}

describe('MarkHover', () => {
  it.each([
    ['ArrowRight', 'a', 'b'],
    ['ArrowDown', 'a', 'b'],
    ['ArrowLeft', 'b', 'a'],
    ['ArrowUp', 'c', 'b'],
    ['ArrowRight', 'c', 'c'],
    ['ArrowRight', null, 'a'],
    ['End', 'a', 'c'],
    ['Home', 'c', 'a'],
  ] as const)('%s from %s makes %s active, and the page does not scroll', (key, from, to) => {
    const { state, press } = chart({ active: from });
    press(key);
    expect([state.active, state.prevented]).toEqual([to, 1]);
  });

  it('an arrow on marks that each take focus moves the focus, which then makes the mark active', () => {
    const { state, press } = chart({ active: 'a', focusable: true });
    press('ArrowRight', 0);
    expect([state.focused, state.active]).toEqual([1, 'a']);
  });

  it.each(['Enter', ' '])('%j selects the active mark', (key) => {
    const { state, press } = chart({ active: 'b' });
    press(key);
    expect([state.selected, state.prevented]).toEqual(['b', 1]);
  });

  it('Enter on a focused mark selects that mark, whichever the pointer is over', () => {
    const { state, press } = chart({ active: 'c', focusable: true });
    press('Enter', 0);
    expect(state.selected).toBe('a');
  });

  it('Enter with no active mark selects nothing', () => {
    const { state, press } = chart({ selected: 'b' });
    press('Enter');
    expect(state.selected).toBe('b');
  });

  it('Escape lets go of the selected and the active mark, and leaves the key to the page', () => {
    const { state, press } = chart({ active: 'a', selected: 'b' });
    press('Escape');
    expect(state).toEqual({ active: null, selected: null, focused: -1, prevented: 0 });
  });

  it('keys the walk does not use are left to the page', () => {
    const { state, press } = chart({ active: 'a' });
    press('Tab');
    expect(state).toEqual({ active: 'a', selected: null, focused: -1, prevented: 0 });
  });

  it.each([
    [null, 'b', 'b'],
    ['a', 'b', 'b'],
    ['b', 'b', null],
    ['b', null, null],
  ] as const)('with %s selected, a click on %s leaves %s selected', (selected, clicked, after) => {
    const { hover, state } = chart({ selected });
    hover.toggle(clicked);
    expect(state.selected).toBe(after);
  });

  it('hovering a mark makes it active, leaving it lets go', () => {
    const { hover, state } = chart();
    hover.hover('c');
    expect(state.active).toBe('c');
    hover.hover(null);
    expect(state.active).toBeNull();
  });

  it.each([
    [null, undefined, 'a'],
    ['c', undefined, 'c'],
    ['gone', undefined, 'a'],
    [null, 'b', 'b'],
    ['c', 'b', 'b'],
  ] as const)('with %s active, focus on %s makes %s active', (active, focused, after) => {
    const { hover, state } = chart({ active });
    hover.focus(focused);
    expect(state.active).toBe(after);
  });

  it('blur lets go of the active mark and keeps the selection', () => {
    const { hover, state } = chart({ active: 'a', selected: 'b' });
    hover.blur();
    expect([state.active, state.selected]).toEqual([null, 'b']);
  });

  it.each([
    [null, 0],
    ['a', 0],
    ['c', 2],
    ['gone', 0],
  ] as const)('with %s active, mark %i holds the tab stop', (active, place) => {
    expect(chart({ active }).hover.tabStop()).toBe(place);
  });
});

describe('describeStatement', () => {
  const statement = { speaker: 'Ana Ruiz', group: 'Actors', enthusiasm: 1.25, concern: 0, words: 20, scoredWords: 3 };
  it.each([
    [statement, 'Ana Ruiz, Actors: enthusiasm 1.3, concern 0'],
    [{ ...statement, speaker: '' }, 'Unknown speaker, Actors: enthusiasm 1.3, concern 0'],
    [{ ...statement, scoredWords: 0, enthusiasm: 0 }, 'Ana Ruiz, Actors: enthusiasm 0, concern 0, insufficient evidence'],
  ])('%j reads %j', (s, words) => {
    expect(describeStatement(s)).toBe(words);
  });
});
