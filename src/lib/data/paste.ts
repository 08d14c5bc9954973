/**
 * Text pasted onto the page -> a file to load. A spreadsheet copies a range as
 * tab-separated lines, its header row first: that is a table, loaded as TSV
 * (its columns recognised, or picked, as for any file). Anything else is taken
 * as plain lines, one statement each, which need a group from the user.
 */

export type Pasted = { kind: 'table'; tsv: string; rows: number } | { kind: 'lines'; lines: string[] };

/** What the pasted text holds, or null when it holds nothing to load. */
export function readPaste(text: string): Pasted | null {
  const normalised = text.replace(/\r\n?/g, '\n');
  const lines = normalised.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return null;
  // A header of two or more cells and at least one row under it: a table, as spreadsheets copy one.
  if (lines.length >= 2 && lines[0]!.includes('\t')) return { kind: 'table', tsv: normalised.trim() + '\n', rows: lines.length - 1 };
  return { kind: 'lines', lines: lines.map((line) => line.trim()) };
}

/** Plain lines with the group the user gave, as NDJSON: one record per line, so no character in them can split a field. */
export function linesFile(lines: readonly string[], group: string): string {
  return lines.map((text) => JSON.stringify({ text, group })).join('\n') + '\n';
}
