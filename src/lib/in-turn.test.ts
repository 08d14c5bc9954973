import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inTurn } from './in-turn';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('inTurn', () => {
  it('runs each step in a task of its own, in order, none at once', () => {
    const ran: string[] = [];
    inTurn([() => ran.push('views'), () => ran.push('checks')]);
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['views']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['views', 'checks']);
  });

  it('runs no step after it is cancelled, even from between two steps', () => {
    const ran: string[] = [];
    const cancel = inTurn([() => ran.push('views'), () => ran.push('checks')]);
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(ran).toEqual(['views']);
  });
});
