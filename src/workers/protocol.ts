/** Messages between the page and the scoring worker, tagged by `type`. */
import type { ColumnChoice, Field } from '../lib/data/columns';
import type { PackedScored } from '../lib/table/pack';
import type { RowIssue } from '../lib/types';

/** Where the statements come from: a file the user gave, or a path on this app's own origin. */
export type Source = { kind: 'file'; file: File } | { kind: 'url'; url: string };

/** The domain lexicon to score with, as [word, weight] pairs (the defaults with a reader's edits). */
export type LexiconEntries = [string, number][];

/** Statements to read: the worker keeps none between requests, so each request names its source. */
export interface SourceToRead {
  source: Source;
  /** Shown to the user: the file name, or a label for the default data. */
  name: string;
  /** The columns, when the user picked them. */
  columns?: ColumnChoice;
  /** A workbook's sheet, when the user picked one. */
  sheet?: string;
}

export type WorkerRequest =
  | ({
      type: 'load';
      id: number;
      /** The domain lexicon with a reader's edits; the default one when absent. */
      lexicon?: LexiconEntries;
    } & SourceToRead)
  /** Score the statements on screen again, read once more from their source, with another lexicon. */
  | ({ type: 'rescore'; id: number; lexicon?: LexiconEntries } & SourceToRead)
  /** Net of each statement on screen under the other methods, for the sensitivity check. */
  | ({ type: 'methods'; id: number } & SourceToRead);

export type WorkerResponse =
  | { type: 'progress'; id: number; bytes: number; totalBytes: number; rows: number }
  /** A slice of the scored statements, packed (see pack.ts); the page keeps them aside until `loaded`. */
  | { type: 'statements'; id: number; statements: PackedScored }
  | {
      type: 'loaded';
      id: number;
      name: string;
      bytes: number;
      /** The first rows that could not be used (at most ISSUE_LIMIT), and how many there were in all. */
      issues: RowIssue[];
      skipped: number;
      /** Date cells that could not be read and were left empty. */
      unreadableDates: number;
      /** Bytes that were not valid text and show as �. */
      replacedCharacters: number;
      /** The file was not UTF-8 and was read as Windows-1252 (Western European), as Excel on Windows saves CSV. */
      readAsWindows1252?: boolean;
      /** The file's own columns that no field took, named as in the file: each statement's `extra` holds their values. */
      extraColumns?: string[];
      /** The stand-in columns that fed the text or the group for want of better ones (a headline, the kind of source), by name. */
      standIns?: Partial<Record<'text' | 'group', string>>;
    }
  /** A rescore is done: the `statements` slices sent since replace the dataset's. */
  | { type: 'rescored'; id: number }
  /** Nets in load order: plain AFINN as `sentiment` scores it, and our rules without the domain lexicon. */
  | { type: 'methods'; id: number; afinn: Float32Array; noDomain: Float32Array }
  | {
      type: 'needs-columns';
      id: number;
      message: string;
      headers: string[];
      samples: string[][];
      /** The column recognised for each field that could be, by name. */
      guess?: Partial<Record<Field, string>>;
    }
  /** A workbook with several sheets: the user picks one, and the load starts again with it. */
  | { type: 'needs-sheet'; id: number; message: string; sheets: string[] }
  | { type: 'failed'; id: number; message: string };

/** Skipped rows listed in full up to this many; past it they are only counted. */
export const ISSUE_LIMIT = 1000;

/** Files larger than this are refused before reading. */
export const MAX_BYTES = 300 * 1024 * 1024;

/** Publish a copy of the app (see lib/export/publish.ts): the page asks, the publish worker fetches and zips. */
export interface PublishRequest {
  type: 'publish';
  /** The app's folder, whose files are fetched. */
  base: string;
  search: string;
  /** The data to put inside, as a file's bytes, or null for the demo. */
  data: { name: string; blob: Blob } | null;
  /** The lexicon edits as one line of JSON, or ''. */
  lexicon: string;
}

export type PublishResponse =
  | { type: 'published'; zip: Uint8Array; search: string; files: number }
  | { type: 'failed'; message: string };
