/**
 * The selection as files: CSV with the method card as a comment line and a
 * header row naming each field, and JSON as `{ method, statements: [...] }`.
 * Both carry the reader's labels, and both can be loaded back into the app.
 */
import type { Scored } from '../types';
import { methodText, type MethodCard } from './method-card';
import { csvHeader, csvLine, extraColumns, recordWithExtra } from './records';

/** Labels a person gave, by statement id. */
export type Labels = ReadonlyMap<string, string>;

/**
 * The card as a "# " comment line. Spreadsheets split a line at commas and
 * semicolons, so those (and quotes and line breaks) are replaced: the whole
 * line stays one cell that starts with "#", which no spreadsheet reads as a formula.
 */
export function csvComment(card: MethodCard): string {
  const text = methodText(card)
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
    .replace(/[,;]/g, ' /')
    .replace(/"/g, "'");
  return `# Stakeholder Sentiment method card | ${text}`;
}

/**
 * The CSV download: our columns, then every column of the user's file that no field took
 * (`columns`, the dataset's extra columns), so nothing of theirs is lost on the way through.
 */
export function selectionCsv(statements: readonly Scored[], card: MethodCard, labels: Labels = new Map(), columns: readonly string[] = []): string {
  const extra = extraColumns(columns);
  const lines = [csvComment(card), csvHeader(extra), ...statements.map((s) => csvLine(s, labels.get(s.id) ?? s.label, extra))];
  return lines.join('\r\n') + '\r\n';
}

export interface JsonAbout {
  dataset: string;
  /** The selection, as words: "All groups" or the group names. */
  selection: string;
  /** ISO timestamp of the export. */
  exported: string;
}

/** The JSON download: each statement's record has the file's own columns after ours, as in the CSV. */
export function selectionJson(
  statements: readonly Scored[],
  about: JsonAbout,
  card: MethodCard,
  labels: Labels = new Map(),
  columns: readonly string[] = [],
): string {
  const extra = extraColumns(columns);
  return JSON.stringify(
    {
      ...about,
      method: card,
      count: statements.length,
      statements: statements.map((s) => recordWithExtra(s, labels.get(s.id) ?? s.label, extra)),
    },
    null,
    2,
  );
}

/** A file name from the dataset's name: letters, digits and dashes only. */
export function fileStem(name: string): string {
  const stem = name
    .replace(/\.[a-z0-9]+$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'statements';
}
