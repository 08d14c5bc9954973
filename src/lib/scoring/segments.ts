/** Splits a statement into plain and scored pieces, for highlighting as text (never as HTML). */
import type { Contribution } from '../types';

export interface Segment {
  text: string;
  /** The contribution this piece is, if it scored. */
  contribution?: Contribution;
}

export function segments(text: string, contributions: readonly Contribution[]): Segment[] {
  const ordered = [...contributions].sort((a, b) => a.start - b.start);
  const pieces: Segment[] = [];
  let at = 0;
  for (const contribution of ordered) {
    if (contribution.start < at || contribution.end > text.length) continue;
    if (contribution.start > at) pieces.push({ text: text.slice(at, contribution.start) });
    pieces.push({ text: text.slice(contribution.start, contribution.end), contribution });
    at = contribution.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
