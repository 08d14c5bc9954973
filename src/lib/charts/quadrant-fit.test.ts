import { describe, expect, it } from 'vitest';
import { selectedOf } from '../table/table.fixture';
import { axisTitle, beyondCount, outsideCount } from './quadrant-fit';

describe('axisTitle', () => {
  it.each([
    ['concern', 'groups', false, 'Mean concern (negative word weights) →'],
    ['enthusiasm', 'groups', true, 'Mean enthusiasm →'],
    ['concern', 'statements', false, 'Concern (negative word weights, √ scale) →'],
    ['enthusiasm', 'statements', true, 'Enthusiasm (√ scale) →'],
  ] as const)('%s on the %s fit, narrow %s: %s', (axis, fit, narrow, title) => {
    expect(axisTitle(axis, fit, narrow)).toBe(title);
  });
});

describe('outsideCount and beyondCount', () => {
  const statements = selectedOf([
    { enthusiasm: 1, concern: 1 },
    { enthusiasm: 5, concern: 0 },
    { enthusiasm: 0.5, concern: 3 },
    { enthusiasm: 2, concern: 2 },
  ]);

  it('counts the statements beyond a window on either axis, edges inside', () => {
    expect(outsideCount(statements, { x: [0.5, 2], y: [0.5, 2] })).toBe(2);
  });

  it('counts the statements scoring above the top on either axis', () => {
    expect([beyondCount(statements, 2), beyondCount(statements, 5)]).toEqual([2, 0]);
  });
});
