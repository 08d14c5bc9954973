/**
 * Publish: a copy of the built app with the user's data inside, as a zip for
 * any static host. The app's own files come from the list the build writes
 * (PUBLISH_MANIFEST), fetched from the app's own folder; the data goes to
 * data/, and index.html opens on it and on the filters of the moment through
 * the app's `data` parameter, which only loads from the copy's own site.
 * fflate's zipSync runs where it is called (its async functions start blob:
 * workers, which the CSP blocks).
 */
import { zipSync, type Zippable } from 'fflate';
import { decodePart } from '../url/decode';
import { fileStem } from './data-files';
import { MAX_LEXICON, PUBLISH_MANIFEST, PUBLISHED_LEXICON_META, PUBLISHED_META } from './published';

/** Parameters that describe where data came from on this site, replaced in the copy. */
const LOCAL = ['data', 'dataset', 'embed'];
/** Files larger than this are stored with the fastest compression, so a big file does not hold the page long. */
const LARGE = 8 * 1024 * 1024;
const SAFE_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._\-/]+$/;

/** The paths the build listed, checked: relative, inside the app's folder, nothing else. */
export function readManifest(json: unknown): string[] {
  const files = (json as { files?: unknown } | null)?.files;
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string' && SAFE_PATH.test(f)) || !files.includes('index.html')) {
    throw new Error(`the app's list of its own files (${PUBLISH_MANIFEST}) is missing or damaged; build the app again`);
  }
  return files as string[];
}

/** Where the data goes in the copy: data/ and a plain name with the file's own extension, so the reader knows its format. */
export function publishedDataPath(name: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? 'csv';
  return `data/${fileStem(name)}.${ext}`;
}

/** The copy's query string: the filters and words of the moment, and its own data file when it has one. */
export function publishedSearch(search: string, dataPath: string | null): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => {
      const name = pair.split('=')[0]!;
      return pair && !LOCAL.includes(decodePart(name) ?? name);
    });
  if (dataPath) kept.unshift(`data=${dataPath.split('/').map(encodeURIComponent).join('/')}`);
  return kept.length ? `?${kept.join('&')}` : '';
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * index.html with the meta tags that open it on `search` and score with `lexicon` (the edits' JSON,
 * none for the default lexicon); any earlier ones are replaced.
 */
export function publishedIndex(html: string, search: string, lexicon = ''): string {
  let without = html;
  for (const name of [PUBLISHED_META, PUBLISHED_LEXICON_META]) without = without.replace(new RegExp(`\\s*<meta name="${name}"[^>]*>`, 'g'), '');
  if (!without.includes('</head>')) throw new Error("the app's index.html has no </head>; build the app again");
  if (lexicon.length > MAX_LEXICON) throw new Error('the lexicon edits are too many to publish (more than 64 KB); remove some');
  const tags = [`<meta name="${PUBLISHED_META}" content="${escapeAttribute(search)}">`];
  if (lexicon) tags.push(`<meta name="${PUBLISHED_LEXICON_META}" content="${escapeAttribute(lexicon)}">`);
  return without.replace('</head>', `${tags.map((tag) => `  ${tag}\n`).join('')}  </head>`);
}

export interface PublishInput {
  /** The address of the app's folder (the page's base URL): its files are fetched from there. */
  base: string;
  /** The query string on screen. */
  search: string;
  /** The data to put inside, or null to publish the demo. */
  data: { name: string; bytes: Uint8Array } | null;
  /** The lexicon edits as JSON (editsToJson), so the copy scores as the page does; '' for the default lexicon. */
  lexicon?: string;
  /** Fetches one of the app's files from its own site. */
  fetch: (url: string) => Promise<Response>;
}

export interface Published {
  zip: Uint8Array;
  /** The query string the copy opens on. */
  search: string;
  /** How many files it holds. */
  files: number;
}

/** Builds the copy: fetches the app's files, adds the data, and zips them. */
export async function publishCopy({ base, search, data, lexicon = '', fetch }: PublishInput): Promise<Published> {
  const origin = new URL(base).origin;
  const get = async (path: string) => {
    const url = new URL(path, base);
    if (url.origin !== origin) throw new Error(`"${path}" is not on this site`);
    const response = await fetch(url.href);
    if (!response.ok) throw new Error(`"${path}" could not be fetched (${response.status})`);
    return response;
  };
  const files = readManifest(await (await get(PUBLISH_MANIFEST)).json());
  const dataPath = data ? publishedDataPath(data.name) : null;
  const start = publishedSearch(search, dataPath);
  const entries: Zippable = {};
  for (const path of files) {
    const bytes = new Uint8Array(await (await get(path)).arrayBuffer());
    entries[path] = path === 'index.html' ? new TextEncoder().encode(publishedIndex(new TextDecoder().decode(bytes), start, lexicon)) : bytes;
  }
  if (data && dataPath) entries[dataPath] = [data.bytes, { level: data.bytes.length > LARGE ? 1 : 6 }];
  return { zip: zipSync(entries, { level: 6 }), search: start, files: Object.keys(entries).length };
}

