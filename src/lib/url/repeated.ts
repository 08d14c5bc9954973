/**
 * A parameter given more than once (`?groups=A&groups=B`). Every reader of the query string uses
 * the first, as URLSearchParams.get does for `data`, `dataset` and `embed`, and the page says so.
 * Merging two `groups` would be a guess: a link edited by adding `&groups=B` at its end means B
 * instead of A, not A and B.
 */
import { decodePart } from './decode';

/** One notice per name among `names` that `search` gives more than once, in the order they first appear. */
export function repeatedNotices(search: string, names: readonly string[]): string[] {
  const times = new Map<string, number>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const raw = pair.split('=')[0]!;
    const name = decodePart(raw) ?? raw;
    if (names.includes(name)) times.set(name, (times.get(name) ?? 0) + 1);
  }
  return [...times].filter(([, n]) => n > 1).map(([name, n]) => `The link gives "${name}" ${n} times: used the first and ignored the rest.`);
}
