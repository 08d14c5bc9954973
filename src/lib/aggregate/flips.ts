/**
 * What a lexicon edit changed: the statements whose quadrant moved, or whose
 * net crossed zero, between two scorings of the same statements.
 */
import { quadrantOf, type Quadrant } from '../charts/quadrant';
import type { StatementTable } from '../table/table';

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
export function findFlips(before: StatementTable, after: StatementTable): FlipReport {
  // A rescore keeps the rows in order, so row i is the same statement on both sides; otherwise match by id.
  const same = before.length === after.length && before.id.every((id, i) => id === after.id[i]);
  const flips: Flip[] = [];
  const moves = new Map<string, Move>();
  for (let i = 0; i < after.length; i++) {
    const j = same ? i : before.find(after.id[i]!);
    // A statement only on one side was added or dropped, not changed by the edit.
    if (j < 0) continue;
    const from = quadrantOf(before.enthusiasm[j]!, before.concern[j]!);
    const to = quadrantOf(after.enthusiasm[i]!, after.concern[i]!);
    const netBefore = before.net[j]!;
    const netAfter = after.net[i]!;
    if (from === to && Math.sign(netBefore) === Math.sign(netAfter)) continue;
    flips.push({ id: after.id[i]!, group: after.groupOf(i), text: after.text[i]!, from, to, netBefore, netAfter });
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
