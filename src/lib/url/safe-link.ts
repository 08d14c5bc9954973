/**
 * A statement's `url` becomes a link only when it is an absolute http(s)
 * address. javascript:, data:, relative paths and anything unparseable stay
 * text, so a file can never plant a script link in the page.
 */
export function safeHttpUrl(value: string): string | null {
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
