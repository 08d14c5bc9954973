import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS, modelLabel, readLabel } from './labels';

describe('readLabel', () => {
  it.each([
    ['enthusiastic', 'enthusiastic'],
    ['  Positive ', 'enthusiastic'],
    ['POS', 'enthusiastic'],
    ['enthusiasm', 'enthusiastic'],
    ['+', 'enthusiastic'],
    ['Concerned', 'concerned'],
    ['negative', 'concerned'],
    ['neg', 'concerned'],
    ['concern', 'concerned'],
    ['-', 'concerned'],
    ['mixed', 'mixed'],
    ['Both', 'mixed'],
    ['conflicted', 'mixed'],
    ['neutral', 'neutral'],
    ['none', 'neutral'],
    ['reserved', 'neutral'],
    ['0', 'neutral'],
    ['1', 'enthusiastic'],
    ['-1', 'concerned'],
  ])('reads %j as %s', (raw, label) => {
    expect(readLabel(raw)).toBe(label);
  });

  it.each(['', '   ', 'maybe', 'pos neg', 'constructor', '__proto__', 'toString'])('cannot read %j', (raw) => {
    expect(readLabel(raw)).toBeNull();
  });

  it('reads every label back whatever its case and padding', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LABELS), fc.boolean(), fc.stringMatching(/^[ \t]{0,3}$/), (label, upper, pad) => {
        const written = pad + (upper ? label.toUpperCase() : label) + pad;
        expect(readLabel(written)).toBe(label);
      }),
    );
  });
});

describe('modelLabel', () => {
  // The scorer's quadrants: reserved below enthusiasm + concern = 2, then a side at least twice the other leans, inclusive.
  it.each([
    [2, 0, 'enthusiastic'],
    [5, 2.5, 'enthusiastic'],
    [1, 2, 'concerned'],
    [0, 7, 'concerned'],
    [2, 2, 'mixed'],
    [1.9, 2, 'mixed'],
    [0, 0, 'neutral'],
    [0.9, 0.9, 'neutral'],
  ])('enthusiasm %d, concern %d → %s', (enthusiasm, concern, label) => {
    expect(modelLabel({ enthusiasm, concern })).toBe(label);
  });
});
