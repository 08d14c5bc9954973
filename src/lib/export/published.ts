/**
 * How a published copy opens on its data: its index.html carries the query
 * string it was published with in a <meta> tag (no inline script: the CSP
 * forbids it), and a visit without a query string starts from it.
 */

import { editsFromJson } from '../scoring/lexicon-edits';

/** The file the built app lists its own files in (written by vite.config.ts). */
export const PUBLISH_MANIFEST = 'publish-files.json';
/** The <meta name> holding a published copy's query string. */
export const PUBLISHED_META = 'stakeholder-sentiment:published';
/** The <meta name> holding the lexicon edits a copy was published with, as the lexicon's JSON. */
export const PUBLISHED_LEXICON_META = 'stakeholder-sentiment:lexicon';
/** Longest lexicon JSON a copy may carry. */
export const MAX_LEXICON = 64 * 1024;
/** Longest query string a published copy may start from. */
const MAX_SEARCH = 4000;

/** The lexicon edits a copy was published with, when `content` holds them; otherwise null. */
export function publishedLexicon(content: string | null | undefined): Map<string, number | null> | null {
  if (!content || content.length > MAX_LEXICON) return null;
  const edits = editsFromJson(content);
  return edits instanceof Map && edits.size ? edits : null;
}

/** The query string a published copy starts from, when `content` is one; otherwise null. */
export function publishedStart(content: string | null | undefined): string | null {
  if (!content || !content.startsWith('?') || content.length > MAX_SEARCH) return null;
  // A query string only: no fragment, no line breaks, nothing that could leave the page's own address.
  return /^\?[^#\s]*$/.test(content) ? content : null;
}

/**
 * The address a user says they will host the copy at, as the copy's folder (ending in "/") or its
 * index.html. "example.org/report" means https://example.org/report/.
 */
export function readHostAddress(text: string): { url: string } | { error: string } {
  const value = text.trim();
  if (!value) return { error: 'Type the address your copy will have, e.g. https://example.org/report/.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
  } catch {
    return { error: `"${value.slice(0, 80)}" is not a web address; type one like https://example.org/report/.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: 'The address should start with https:// (or http://), as a web page’s does.' };
  }
  url.search = '';
  url.hash = '';
  const last = url.pathname.split('/').pop() ?? '';
  if (last && !last.includes('.')) url.pathname += '/';
  return { url: url.href };
}
