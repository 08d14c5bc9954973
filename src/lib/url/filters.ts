/**
 * The selection <-> the query string. Group names are joined by commas, each
 * percent-encoded on its own, so a name holding a comma survives the trip.
 */
import type { Filters } from '../types';

export interface ParsedFilters {
  filters: Filters;
  /** What was ignored, in words a user reads. */
  notices: string[];
}

/** Raw key/value pairs; `+` is a space as in form encoding. Values stay encoded. */
function rawParams(search: string): [string, string][] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    });
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Reads the filters from a query string. `known` lists the groups the data
 * has; names outside it are dropped with a notice.
 */
export function parseFilters(search: string, known?: readonly string[]): ParsedFilters {
  const notices: string[] = [];
  let groups: string[] | null = null;
  for (const [key, value] of rawParams(search)) {
    if (decode(key) !== 'groups') continue;
    const names: string[] = [];
    for (const part of value === '' ? [] : value.split(',')) {
      const name = decode(part)?.trim();
      if (!name) {
        notices.push('Ignored an unreadable group name in the link.');
        continue;
      }
      if (known && !known.includes(name)) notices.push(`Ignored unknown group "${name}" in the link.`);
      else if (!names.includes(name)) names.push(name);
    }
    groups = names;
  }
  return { filters: { groups }, notices };
}

/** Writes the filters as a query string ('' when nothing is filtered), keeping other parameters. */
export function serializeFilters(filters: Filters, search = ''): string {
  const kept = rawParams(search).filter(([key]) => decode(key) !== 'groups');
  const pairs = kept.map(([key, value]) => `${key}=${value}`);
  if (filters.groups !== null) pairs.push(`groups=${filters.groups.map(encodeURIComponent).join(',')}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}
