/**
 * The groups a chart can draw legibly: with many groups (a social-media dump
 * can have thousands), charts keep the largest ones and say so, while the
 * legend, the table and the data still hold every group.
 */
import type { GroupStats } from '../types';

export const CHART_GROUPS = 24;

/** The `limit` groups with most statements, in their original order. */
export function largestGroups<T extends Pick<GroupStats, 'group' | 'count'>>(stats: readonly T[], limit = CHART_GROUPS): T[] {
  if (stats.length <= limit) return [...stats];
  const keep = new Set(
    [...stats]
      .sort((a, b) => b.count - a.count || a.group.localeCompare(b.group))
      .slice(0, limit)
      .map((g) => g.group),
  );
  return stats.filter((g) => keep.has(g.group));
}

/** "Showing the 24 largest of 10,000 groups." or '' when all are shown. */
export function largestNote(shown: number, total: number): string {
  return shown < total ? `Showing the ${shown} largest of ${total.toLocaleString('en-US')} groups.` : '';
}
