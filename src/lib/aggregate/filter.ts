/** The selection: which statements the current filters keep. */
import type { Filters } from '../types';

export function applyFilters<T extends { group: string }>(rows: readonly T[], filters: Filters): T[] {
  if (filters.groups === null) return rows.slice();
  const keep = new Set(filters.groups);
  return rows.filter((row) => keep.has(row.group));
}
