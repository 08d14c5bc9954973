/**
 * The selection <-> the query string. Group names are joined by commas, each
 * percent-encoded on its own, so a name holding a comma survives the trip.
 */
import { isoDate } from '../data/dates';
import type { Filters } from '../types';
import { decodePart } from './decode';
import { repeatedNotices } from './repeated';

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

const FILTER_KEYS = ['groups', 'q', 'source', 'from', 'to', 'region', 'evidence'];
/** Longest search text a link may carry, and the search box takes. */
export const MAX_QUERY = 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the filters from a query string. `known` lists the groups the data
 * has and `sources` its sources; values outside them are dropped with a notice.
 */
export function parseFilters(search: string, known?: readonly string[], sources?: readonly string[]): ParsedFilters {
  const notices: string[] = [];
  const filters: Filters = { groups: null };
  const seen = new Set<string>();
  for (const [key, raw] of rawParams(search)) {
    const name = decodePart(key);
    if (name === null || !FILTER_KEYS.includes(name) || seen.has(name)) continue;
    seen.add(name);
    if (name === 'groups') {
      filters.groups = readGroups(raw, known, notices);
      continue;
    }
    const value = decodePart(raw);
    if (value === null) notices.push(`Ignored ${name === 'q' ? 'the search' : `"${name}"`} in the link: it is not readable text.`);
    else if (name === 'q') {
      const text = value.trim();
      if (text.length > MAX_QUERY) notices.push(`Shortened the search in the link to ${MAX_QUERY} characters.`);
      if (text) filters.q = text.slice(0, MAX_QUERY);
    } else if (name === 'source') {
      const text = value.trim();
      if (sources && text && !sources.includes(text)) notices.push(`Ignored unknown source "${text.slice(0, 60)}" in the link.`);
      else if (text) filters.source = text;
    } else if (name === 'region') {
      const parts = value.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
      const [c0, c1, e0, e1] = parts as [number, number, number, number];
      if (parts.length === 4 && parts.every(Number.isFinite) && c0 <= c1 && e0 <= e1) filters.region = [c0, c1, e0, e1];
      else notices.push('Ignored "region" in the link: it should be four numbers, concern from,to then enthusiasm from,to.');
    } else if (name === 'evidence') {
      if (value === 'dim' || value === 'hide') filters.evidence = value;
      else notices.push(`Ignored "evidence" in the link: it should be "dim" or "hide".`);
    } else if (name === 'from' || name === 'to') {
      if (ISO_DATE.test(value) && isoDate(value) === value) filters[name] = value;
      else notices.push(`Ignored "${name}" in the link: "${value.slice(0, 30)}" is not a date like 2024-03-22.`);
    }
  }
  notices.push(...repeatedNotices(search, FILTER_KEYS));
  // Kept, not dropped: the page shows what its address says, and a date typed into one field while
  // the other is set must not take the other away. The notice says why nothing is selected.
  if (filters.from && filters.to && filters.from > filters.to) {
    notices.push(`No statement is selected: "from" (${filters.from}) is after "to" (${filters.to}). Change one of the dates, or clear them.`);
  }
  return { filters, notices };
}

/** Notices name at most this many unknown groups, each cut to 60 characters, so a crafted link cannot flood the page. */
const MAX_NAMED = 5;

/**
 * The groups a link names that the data has. When it names groups and none of them can be shown
 * (made on other data, or names that cannot be read), every group is shown (null) rather than none,
 * and the notice says so. An empty list (`groups=`) is the reader's own choice of no groups.
 */
function readGroups(value: string, known: readonly string[] | undefined, notices: string[]): string[] | null {
  const knownSet = known ? new Set(known) : undefined;
  const names = new Set<string>();
  const unknown: string[] = [];
  let unreadable = 0;
  for (const part of value === '' ? [] : value.split(',')) {
    const name = decodePart(part)?.trim();
    if (!name) unreadable += 1;
    else if (knownSet && !knownSet.has(name)) unknown.push(name);
    else names.add(name);
  }
  if (unreadable) notices.push(`Ignored ${unreadable === 1 ? 'an unreadable group name' : `${unreadable} unreadable group names`} in the link.`);
  if (unknown.length) {
    const shown = unknown.slice(0, MAX_NAMED).map((n) => `"${n.length > 60 ? `${n.slice(0, 59)}…` : n}"`);
    const more = unknown.length > MAX_NAMED ? ` and ${unknown.length - MAX_NAMED} more` : '';
    notices.push(`Ignored unknown group${unknown.length === 1 ? '' : 's'} ${shown.join(', ')}${more} in the link.`);
  }
  if (names.size === 0 && (unknown.length || unreadable)) {
    notices.push(
      unreadable
        ? 'None of the group names in the link can be used here, so every group is shown.'
        : 'None of the groups named in the link is in this data, so every group is shown.',
    );
    return null;
  }
  return [...names];
}

/** Writes the filters as a query string ('' when nothing is filtered), keeping other parameters. */
export function serializeFilters(filters: Filters, search = ''): string {
  const kept = rawParams(search).filter(([key]) => !FILTER_KEYS.includes(decodePart(key) ?? ''));
  const pairs = kept.map(([key, value]) => `${key}=${value}`);
  if (filters.groups !== null) pairs.push(`groups=${filters.groups.map(encodeURIComponent).join(',')}`);
  for (const key of ['q', 'source', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) pairs.push(`${key}=${encodeURIComponent(value)}`);
  }
  if (filters.region) pairs.push(`region=${filters.region.map((v) => Math.round(v * 100) / 100).join(',')}`);
  if (filters.evidence) pairs.push(`evidence=${filters.evidence}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** Whether any filter narrows the selection. */
export function isFiltered(filters: Filters): boolean {
  return (
    filters.groups !== null ||
    !!(filters.q || filters.source || filters.from || filters.to || filters.region) ||
    filters.evidence === 'hide'
  );
}
