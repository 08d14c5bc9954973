import { describe, expect, it } from 'vitest';
import { scheduleBuilds, type Timers } from './build-scheduler';

/** A clock that moves only when a piece is built, and queues of tasks and frames run by hand. */
function fakeTimers() {
  let time = 0;
  const tasks: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const timers: Timers = {
    now: () => time,
    task: (run) => tasks.push(run),
    cancelTask: () => tasks.splice(0),
    frame: (run) => frames.push(run),
    cancelFrame: () => frames.splice(0),
  };
  return {
    timers,
    advance: (ms: number) => (time += ms),
    runTask: () => tasks.shift()?.(),
    runFrame: () => frames.shift()?.(),
    pending: () => ({ tasks: tasks.length, frames: frames.length }),
  };
}

describe('scheduleBuilds', () => {
  it('builds nothing in the first task, then as many pieces as fit the budget per task, and leaves the last to the drawing', () => {
    const fake = fakeTimers();
    const built: number[] = [];
    const perTask: number[] = [];
    let drawn = 0;
    // Each piece takes 25 ms on the fake clock: a 40 ms budget starts two per task.
    const pieces = [0, 1, 2, 3, 4, 5].map((i) => () => {
      built.push(i);
      fake.advance(25);
    });
    scheduleBuilds(pieces, () => drawn++, 40, fake.timers);
    perTask.push(built.length);
    while (fake.pending().tasks) {
      const before = built.length;
      fake.runTask();
      perTask.push(built.length - before);
    }
    expect({ perTask, built, drawn, frames: fake.pending().frames }).toEqual({ perTask: [0, 2, 2, 1], built: [0, 1, 2, 3, 4], drawn: 0, frames: 1 });
    fake.runFrame();
    expect(drawn).toBe(1);
  });

  it('draws in the next frame when at most one piece is left to build', () => {
    const fake = fakeTimers();
    let drawn = 0;
    scheduleBuilds([() => {}], () => drawn++, 40, fake.timers);
    expect(fake.pending()).toEqual({ tasks: 0, frames: 1 });
    fake.runFrame();
    expect(drawn).toBe(1);
  });

  it('builds and draws nothing more once cancelled', () => {
    const fake = fakeTimers();
    const built: number[] = [];
    let drawn = 0;
    const cancel = scheduleBuilds([1, 2, 3].map((i) => () => built.push(i)), () => drawn++, 40, fake.timers);
    cancel();
    fake.runTask();
    fake.runFrame();
    expect({ built, drawn }).toEqual({ built: [], drawn: 0 });
  });
});
