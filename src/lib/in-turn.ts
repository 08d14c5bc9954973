/**
 * `steps` run one per task, in order, each in a task after the one before: for work that would
 * block input for as long as it all takes if done in one. Returns how to cancel the steps not run yet.
 */
export function inTurn(steps: readonly (() => void)[]): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (next: number) => {
    if (next === steps.length) return;
    timer = setTimeout(() => {
      steps[next]!();
      run(next + 1);
    }, 0);
  };
  run(0);
  return () => clearTimeout(timer);
}
