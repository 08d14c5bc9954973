/** One part of a query string (a name or a value) as text: `+` is a space, and %XX its byte; null when it cannot be read. */
export function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
