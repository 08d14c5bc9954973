/**
 * What a lexicon edit changed: the statements whose quadrant moved, or whose
 * net crossed zero, between two scorings of the same statements.
 */
import { quadrantOf, type Quadrant } from '../charts/quadrant';
import type { Scored } from '../types';

export interface Flip {
  id: string;
  group: string;
  text: string;
  from: Quadrant;
  to: Quadrant;
  netBefore: number;
  netAfter: number;
}

export interface Move {
  from: Quadrant;
  to: Quadrant;
  count: number;
}

export interface FlipReport {
  flips: Flip[];
  /** Grouped by from→to, largest count first, then from, then to (alphabetically). */
  moves: Move[];
}

/** Statements matched by id whose quadrant changed, or whose net changed sign; flips in the order of `after`. */
export function findFlips(before: readonly Scored[], after: readonly Scored[]): FlipReport {
  const earlier = new Map(before.map((s) => [s.id, s]));
  const flips: Flip[] = [];
  const moves = new Map<string, Move>();
  for (const s of after) {
    const old = earlier.get(s.id);
    // A statement only on one side was added or dropped, not changed by the edit.
    if (!old) continue;
    const from = quadrantOf(old.enthusiasm, old.concern);
    const to = quadrantOf(s.enthusiasm, s.concern);
    if (from === to && Math.sign(old.net) === Math.sign(s.net)) continue;
    flips.push({ id: s.id, group: s.group, text: s.text, from, to, netBefore: old.net, netAfter: s.net });
    const key = `${from}>${to}`;
    const move = moves.get(key) ?? { from, to, count: 0 };
    move.count++;
    moves.set(key, move);
  }
  return {
    flips,
    moves: [...moves.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
  };
}

/** One sentence for the report, such as "3 statements moved: 2 concerned → conflicted, 1 reserved, net changed sign." */
export function flipSummary(report: FlipReport): string {
  if (report.flips.length === 0) return 'No statement changed quadrant or sign.';
  const n = report.flips.length;
  const parts = report.moves.map((m) => {
    const count = m.count.toLocaleString('en-US');
    return m.from === m.to ? `${count} ${m.from}, net changed sign` : `${count} ${m.from} → ${m.to}`;
  });
  return `${n.toLocaleString('en-US')} statement${n === 1 ? '' : 's'} moved: ${parts.join(', ')}.`;
}
