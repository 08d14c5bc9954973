/**
 * The hover-and-keyboard layer over a chart's marks, shared by the SVG marks
 * (a named button each, one of them the tab stop) and the canvas (one tab stop
 * for all of them), so both answer the pointer and the keys alike:
 *
 * - hover or focus makes a mark active, leaving or blurring lets go of it;
 * - a click selects a mark, and a click on the selected mark lets go of it;
 * - arrow keys step through the marks in keyboard order (see points.ts), Home
 *   and End jump to either end, Enter or Space selects the active mark and
 *   Escape lets go of both.
 *
 * Plain TypeScript: a mark component reads its props through the getters it
 * hands in, so the layer always sees the current ones and needs no runes.
 */
import type { Scored } from '../types';
import { isInsufficient } from '../scoring/evidence';
import { formatScore } from './format';

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

/**
 * A statement as a screen reader hears it, on an SVG mark's name and in the canvas's
 * announcement: "Ana Ruiz, Actors: enthusiasm 1.2, concern 0.4", with ", insufficient evidence"
 * after it for a statement drawn hollow.
 */
export function describeStatement(s: Pick<Scored, 'speaker' | 'group' | 'enthusiasm' | 'concern' | 'words' | 'scoredWords'>): string {
  const note = isInsufficient(s) ? ', insufficient evidence' : '';
  return `${s.speaker || 'Unknown speaker'}, ${s.group}: enthusiasm ${formatScore(s.enthusiasm)}, concern ${formatScore(s.concern)}${note}`;
}

/** What the layer reads from the marks and tells them; every reader is called when needed, so it sees current props. */
export interface MarkHoverOptions {
  /** How many marks can be walked. */
  count: () => number;
  /** The id of the mark at this place in keyboard order. */
  idAt: (place: number) => string;
  /** The place in keyboard order of the mark with this id, or -1 when it is not drawn. */
  placeOf: (id: string) => number;
  /** Id of the active (hovered or focused) statement, or null. */
  activeId: () => string | null;
  /** Id of the selected statement, or null. */
  selectedId: () => string | null;
  onactivate: (id: string | null) => void;
  onselect: (id: string | null) => void;
  /**
   * Moves the keyboard focus to the mark at this place, whose focus then makes it active (marks
   * that are elements each). Without it (one tab stop for all the marks), a step makes the mark
   * active directly.
   */
  focusMark?: (place: number) => void;
}

/** The key event's part the layer uses, so tests can press keys without a DOM. */
export interface KeyPress {
  key: string;
  preventDefault: () => void;
}

export class MarkHover {
  readonly #marks: MarkHoverOptions;

  constructor(marks: MarkHoverOptions) {
    this.#marks = marks;
  }

  /** The place in keyboard order of the active mark, or -1. */
  activePlace(): number {
    const id = this.#marks.activeId();
    return id === null ? -1 : this.#marks.placeOf(id);
  }

  /** The place of the mark that holds the tab stop when each mark is its own element: the active one, else the first. */
  tabStop(): number {
    return Math.max(0, this.activePlace());
  }

  /** The pointer over a mark (its id) or over none (null). */
  hover(id: string | null): void {
    this.#marks.onactivate(id);
  }

  /**
   * Keyboard focus on the mark with this id; without one (the single tab stop of all the marks),
   * the active mark stays active, or the first mark becomes it, so focus always shows a statement.
   */
  focus(id?: string): void {
    if (id !== undefined) return this.#marks.onactivate(id);
    const count = this.#marks.count();
    if (this.activePlace() < 0 && count > 0) this.#marks.onactivate(this.#marks.idAt(0));
  }

  /** Focus leaves the marks: nothing is active. */
  blur(): void {
    this.#marks.onactivate(null);
  }

  /** A click on a mark (its id) or beside every mark (null): selects it, or lets go of it when it is already selected. */
  toggle(id: string | null): void {
    this.#marks.onselect(id === this.#marks.selectedId() ? null : id);
  }

  /**
   * A key pressed on the mark at place `at` in keyboard order; by default the active mark's place
   * (the single tab stop's case). Keys the walk uses do not also scroll the page; Escape scrolls
   * nothing and is left as it comes.
   */
  key(event: KeyPress, at: number = this.activePlace()): void {
    const marks = this.#marks;
    const step = walkKey(event.key, at, marks.count());
    if (!step) return;
    if (step.kind === 'clear') {
      marks.onselect(null);
      marks.onactivate(null);
      return;
    }
    event.preventDefault();
    if (step.kind === 'select') {
      if (at >= 0) marks.onselect(marks.idAt(at));
    } else if (marks.focusMark) marks.focusMark(step.to);
    else marks.onactivate(marks.idAt(step.to));
  }
}
