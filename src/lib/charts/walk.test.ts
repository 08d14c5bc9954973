import { describe, expect, it } from 'vitest';
import { walkKey } from './walk';

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
