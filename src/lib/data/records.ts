/** JSON records (from a JSON document or NDJSON lines) as the cells a statement is read from. */

/** A JSON record's keys and cell texts; keys stay plain strings, so __proto__ is an ordinary column. */
export function entriesOf(record: unknown): [string, string][] {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return [];
  return Object.entries(record).map(([key, value]) => [key, cellText(value)]);
}

/** JSON values become text: numbers and booleans as written, objects, arrays and null as nothing. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
