/**
 * The `data` URL parameter: a path to a statements file on this app's own
 * origin. Anything else (another site, a protocol-relative URL, javascript:,
 * data:, blob:) is refused with a reason, so a shared link can never make the
 * app fetch from elsewhere.
 */
export type DataParam = { url: string; name: string } | { error: string } | null;

export function readDataParam(search: string, pageUrl: string): DataParam {
  const raw = new URLSearchParams(search).get('data');
  if (raw === null) return null;
  const value = raw.trim();
  if (value === '') return { error: 'Ignored an empty "data" parameter in the link; showing the demo data.' };
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { error: `Ignored the "data" parameter: "${shorten(value)}" is not a path to a file.` };
  }
  const page = new URL(pageUrl);
  if (url.origin !== page.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return {
      error:
        `Refused to load "${shorten(value)}": the "data" parameter may only name a file on this site ` +
        `(${page.origin}), so that a link cannot make your browser fetch from elsewhere.`,
    };
  }
  const last = url.pathname.split('/').pop() || 'statements';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A stray % in the path: show it as written.
  }
  return { url: url.pathname + url.search, name };
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
