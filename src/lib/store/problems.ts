/**
 * What to tell a person when the browser will not keep their data: a full
 * store, or one that is blocked (private windows, storage turned off). Either
 * way what is on screen stays; only a reload would lose it.
 */

/** Whether an error from IndexedDB means the store is full. */
export function isFull(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (name === 'AbortError' && /quota/i.test(String((error as Error).message)));
}

/** The sentence for a failed write of `what` ("your file", "your labels"…). */
export function keepProblem(error: unknown, what: string): string {
  if (isFull(error)) {
    return (
      `This browser's storage for this site is full, so ${what} could not be kept: it stays on screen, but a reload ` +
      'would lose it. Free some space (or remove other sites\u2019 data) and load it again to keep it.'
    );
  }
  return (
    `This browser does not let the app keep data (a private window, or site data turned off), so ${what} will be ` +
    'gone after a reload. Everything on screen stays until then.'
  );
}

/** The sentence for a failed read at start-up. */
export function restoreProblem(): string {
  return (
    'This browser does not let the app read what it kept (a private window, or site data turned off), so a file, ' +
    'lexicon edits or labels from an earlier visit are not here. What you load stays on screen until you reload.'
  );
}
