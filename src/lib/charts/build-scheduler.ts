/**
 * Builds a list of costly pieces in tasks of a bounded length, then draws
 * once, in an animation frame. Used by the canvas marks: after a load every
 * colour's layer is new, and building them all in one task would block input
 * for as long. The first task builds nothing, so the page's own work after an
 * update runs first; the last piece is left to the drawing itself, so a
 * change that leaves one piece to build draws in the next frame straight away.
 */

/** The clock and the two ways of waiting the scheduler uses; the page's own by default. */
export interface Timers {
  now(): number;
  /** Runs `run` in a later task. */
  task(run: () => void): unknown;
  cancelTask(handle: unknown): void;
  /** Runs `run` before the next paint. */
  frame(run: () => void): unknown;
  cancelFrame(handle: unknown): void;
}

export const pageTimers: Timers = {
  now: () => performance.now(),
  task: (run) => setTimeout(run, 0),
  cancelTask: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  frame: (run) => requestAnimationFrame(run),
  cancelFrame: (handle) => cancelAnimationFrame(handle as number),
};

/**
 * Runs `pieces` but the last, in tasks that stop starting pieces once `budgetMs` have passed, and
 * then `draw` in a frame. Returns a function that cancels whatever has not run yet.
 */
export function scheduleBuilds(pieces: readonly (() => void)[], draw: () => void, budgetMs: number, timers: Timers = pageTimers): () => void {
  const waiting = [...pieces];
  let task: unknown;
  let frame: unknown;
  let cancelled = false;
  const step = (first: boolean) => {
    if (cancelled) return;
    const until = timers.now() + budgetMs;
    while (!first && waiting.length > 1 && timers.now() < until) waiting.shift()!();
    if (waiting.length > 1) task = timers.task(() => step(false));
    else frame = timers.frame(draw);
  };
  step(true);
  return () => {
    cancelled = true;
    if (task !== undefined) timers.cancelTask(task);
    if (frame !== undefined) timers.cancelFrame(frame);
  };
}
