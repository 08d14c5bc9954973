import { describe, expect, it } from 'vitest';
import { warmLayers } from './warm-layers';

describe('warming the canvas layers', () => {
  it('counts every made-up mark in both scales, and only once per page', () => {
    expect([warmLayers(), warmLayers()]).toEqual([40_000, 0]);
  });
});
