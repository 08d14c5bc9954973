/**
 * The main chart's fit in the URL: `fit=statements` when the chart is fitted to
 * every statement, nothing for the group map (the default), so a link, an
 * embed, a published copy and an export show the fit that was on screen.
 */
import type { Fit } from '../charts/quadrant-fit';
import { decodePart } from './decode';
import { repeatedNotices } from './repeated';

export const DEFAULT_FIT: Fit = 'groups';
const FITS: readonly Fit[] = ['groups', 'statements'];

/** Reads `fit` from a query string; an unknown value, or a second `fit`, is ignored with a notice. */
export function parseFit(search: string): { fit: Fit; notices: string[] } {
  const notices = repeatedNotices(search, ['fit']);
  const pair = search
    .replace(/^\?/, '')
    .split('&')
    .find((p) => decodePart(p.split('=')[0]!) === 'fit');
  if (pair === undefined) return { fit: DEFAULT_FIT, notices };
  const at = pair.indexOf('=');
  const value = decodePart(at < 0 ? '' : pair.slice(at + 1));
  if (FITS.includes(value as Fit)) return { fit: value as Fit, notices };
  const shown = value === null ? 'it is not readable text' : `"${value.slice(0, 30)}" is neither "groups" nor "statements"`;
  return { fit: DEFAULT_FIT, notices: [`Ignored "fit" in the link: ${shown}, so the chart shows the group map.`, ...notices] };
}

/** The query string with this fit (the default written as no parameter) and every other parameter kept. */
export function serializeFit(fit: Fit, search = ''): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair && decodePart(pair.split('=')[0]!) !== 'fit');
  if (fit !== DEFAULT_FIT) kept.push(`fit=${fit}`);
  return kept.length ? `?${kept.join('&')}` : '';
}
