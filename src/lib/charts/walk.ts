/**
 * The keyboard walk over a chart's marks, shared by the SVG and the canvas
 * marks: arrow keys step through them in keyboard order (see points.ts),
 * Home and End jump to either end, Enter or Space selects the active mark and
 * Escape lets go of both. Pure: the marks act on what it returns.
 */

export type WalkStep =
  /** Make the mark at `to` active. */
  | { kind: 'move'; to: number }
  /** Select the active mark. */
  | { kind: 'select' }
  /** Clear the selection and the active mark. */
  | { kind: 'clear' };

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * What `key` does with the mark at `at` (-1 when none is active) among `count` marks, or null for
 * a key the walk leaves to the page. An arrow from no mark starts at the first one.
 */
export function walkKey(key: string, at: number, count: number): WalkStep | null {
  if (count <= 0) return key === 'Escape' ? { kind: 'clear' } : null;
  const step = STEPS[key];
  if (step !== undefined) return { kind: 'move', to: at < 0 ? 0 : Math.min(count - 1, Math.max(0, at + step)) };
  if (key === 'Home') return { kind: 'move', to: 0 };
  if (key === 'End') return { kind: 'move', to: count - 1 };
  if (key === 'Enter' || key === ' ') return { kind: 'select' };
  if (key === 'Escape') return { kind: 'clear' };
  return null;
}
