/**
 * `task` once calls to the returned function have stopped for `wait` milliseconds: for edits that
 * come in bursts (typing a lexicon weight), so the work they start is done once they settle.
 */
export function debounce(task: () => void, wait: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(task, wait);
  };
}
