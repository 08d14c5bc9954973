/** The selection: which statements the current filters keep. */
import { isInsufficient } from '../scoring/evidence';
import type { Filters, Score, Statement } from '../types';

type Filterable = Pick<Statement, 'group' | 'text' | 'speaker' | 'source' | 'date'> & Pick<Score, 'enthusiasm' | 'concern' | 'words' | 'scored'>;

export function applyFilters<T extends Filterable>(rows: readonly T[], filters: Filters): T[] {
  const groups = filters.groups === null ? null : new Set(filters.groups);
  const q = filters.q?.toLowerCase();
  const { source, from, to, region } = filters;
  const hide = filters.evidence === 'hide';
  if (!groups && !q && !source && !from && !to && !region && !hide) return rows.slice();
  return rows.filter(
    (row) =>
      (!groups || groups.has(row.group)) &&
      (!source || row.source === source) &&
      (!from || (row.date !== '' && row.date >= from)) &&
      (!to || (row.date !== '' && row.date <= to)) &&
      (!region ||
        (row.concern >= region[0] && row.concern <= region[1] && row.enthusiasm >= region[2] && row.enthusiasm <= region[3])) &&
      (!hide || !isInsufficient(row)) &&
      (!q ||
        row.text.toLowerCase().includes(q) ||
        row.speaker.toLowerCase().includes(q) ||
        row.source.toLowerCase().includes(q)),
  );
}
