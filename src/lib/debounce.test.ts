import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('debounce', () => {
  // Calls at these times (ms), then the clock runs on: how often the task ran.
  it.each([
    { calls: [0], runs: 1 },
    { calls: [0, 100, 200], runs: 1 },
    { calls: [0, 300], runs: 2 },
    { calls: [0, 249, 498], runs: 1 },
    { calls: [0, 250], runs: 2 },
  ])('calls at $calls run the task $runs time(s)', ({ calls, runs }) => {
    const task = vi.fn();
    const call = debounce(task, 250);
    let now = 0;
    for (const at of calls) {
      vi.advanceTimersByTime(at - now);
      now = at;
      call();
    }
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(runs);
  });

  it('waits for the burst to settle before running', () => {
    const task = vi.fn();
    const call = debounce(task, 250);
    call();
    vi.advanceTimersByTime(200);
    call();
    vi.advanceTimersByTime(200);
    expect(task).not.toHaveBeenCalled();
  });
});
