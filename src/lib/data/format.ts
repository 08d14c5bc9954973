/** Which grammar a statements file is written in, from its name or, failing that, its first characters. */

export type Format = 'csv' | 'tsv' | 'json' | 'ndjson';

/** JSON and NDJSON hold records of fields; CSV and TSV rows of columns. */
export function isStructured(format: Format | undefined): boolean {
  return format === 'json' || format === 'ndjson';
}

export function detectFormat(name: string, text: string): Format {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  if (extension === 'ndjson' || extension === 'jsonl') return 'ndjson';
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  const start = text.trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return /}\s*\r?\n\s*{/.test(start) ? 'ndjson' : 'json';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') && !firstLine.includes(',') ? 'tsv' : 'csv';
}
