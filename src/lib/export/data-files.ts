/**
 * The selection as files: CSV with a header row naming each field, and JSON
 * as `{ statements: [...] }` with a little about where it came from. Both can
 * be loaded back into the app.
 */
import type { Scored } from '../types';
import { csvHeader, csvLine, scoredRecord } from './records';

export function selectionCsv(statements: readonly Scored[]): string {
  return [csvHeader(), ...statements.map(csvLine)].join('\r\n') + '\r\n';
}

export interface JsonAbout {
  dataset: string;
  /** The selection, as words: "All groups" or the group names. */
  selection: string;
  /** ISO timestamp of the export. */
  exported: string;
}

export function selectionJson(statements: readonly Scored[], about: JsonAbout): string {
  return JSON.stringify(
    {
      ...about,
      scoring: 'AFINN-165 and emoji (sentiment package) with Stakeholder Sentiment rules and domain lexicon',
      count: statements.length,
      statements: statements.map(scoredRecord),
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
