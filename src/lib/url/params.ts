/**
 * Every URL parameter goes through here: the one place that says what a link
 * may ask of the app. Known parameters are read by their own parsers; anything
 * else is ignored with a notice, never an error.
 */
import type { Filters } from '../types';
import { readDataParam, type DataParam } from './data-param';
import { decodePart } from './decode';
import { parseFilters } from './filters';
import { readMadeOn, type MadeOn } from './made-on';
import { repeatedNotices } from './repeated';
import { WORD_KEYS } from './words';

/**
 * Parameters this version acts on. The chart's words and its fit are read apart, by words.ts and
 * fit.ts: they change how the chart is drawn, not which statements it shows.
 */
const KNOWN = new Set(['groups', 'q', 'source', 'from', 'to', 'region', 'evidence', 'data', 'embed', 'dataset', 'fit', ...WORD_KEYS]);
/** Parameters read here with URLSearchParams.get, which takes the first of a repeated one (the filters' reader says its own). */
const READ_HERE = ['data', 'dataset', 'embed'];
/** Parameters of the URL contract that this version does not act on yet. */
const PLANNED = new Map([['view', 'other views']]);
/** Notices name at most this many unknown parameters, so a crafted link cannot flood the page. */
const MAX_NAMED = 5;

export interface UrlParams {
  filters: Filters;
  data: DataParam;
  /** The data the link was made on (`dataset`), when it says. */
  madeOn: MadeOn | null;
  notices: string[];
}

export function readParams(
  search: string,
  pageUrl: string,
  knownGroups?: readonly string[],
  knownSources?: readonly string[],
): UrlParams {
  const { filters, notices } = parseFilters(search, knownGroups, knownSources);
  const data = readDataParam(search, pageUrl);
  if (data && 'error' in data) notices.push(data.error);
  const made = readMadeOn(search);
  if (made && 'error' in made) notices.push(made.error);
  notices.push(...repeatedNotices(search, READ_HERE));
  const unknown: string[] = [];
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const raw = pair.split('=')[0]!;
    const name = decodePart(raw) ?? raw;
    if (KNOWN.has(name)) continue;
    const planned = PLANNED.get(name);
    if (planned) notices.push(`Ignored "${name}" in the link: this version has no ${planned} yet.`);
    else if (!unknown.includes(name)) unknown.push(name);
  }
  if (unknown.length) {
    const named = unknown.slice(0, MAX_NAMED).map((n) => `"${n.length > 40 ? `${n.slice(0, 39)}…` : n}"`);
    const more = unknown.length > MAX_NAMED ? ` and ${unknown.length - MAX_NAMED} more` : '';
    notices.push(`Ignored unknown ${unknown.length === 1 ? 'parameter' : 'parameters'} ${named.join(', ')}${more} in the link.`);
  }
  return { filters, data, madeOn: made && 'error' in made ? null : made, notices: [...new Set(notices)] };
}
