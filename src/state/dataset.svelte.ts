/**
 * The loaded dataset: what is on screen, and the load under way. The page only
 * ever sees finished, scored statements, in one columnar table (see
 * lib/table). A load that fails or is cancelled leaves what was on screen
 * exactly as it was, and says why.
 */
import { factsOf, type DatasetFacts } from '../lib/aggregate/facts';
import { withoutBidiControls } from '../lib/bidi';
import { GroupStatsBuilder, type ScoreColumns } from '../lib/aggregate/groups';
import type { ColumnChoice, Field } from '../lib/data/columns';
import { TableBuilder, read } from '../lib/table/builder';
import type { PackedScored } from '../lib/table/pack';
import { EMPTY_TABLE, type StatementTable } from '../lib/table/table';
import type { GroupStats, RowIssue } from '../lib/types';
import type { LexiconEntries, SourceToRead, Source, WorkerResponse } from '../workers/protocol';
import { ScoringWorker } from './scoring-worker';

export type DatasetStatus = 'empty' | 'loading' | 'ready';

/** The worker could not recognise the text or group column: the user picks them. */
export interface ColumnsRequest {
  message: string;
  headers: string[];
  samples: string[][];
  /** The column recognised for each field that could be, by name. */
  guess: Partial<Record<Field, string>>;
  /** Load again with these columns. */
  choose(choice: ColumnChoice): void;
}

/** A workbook with several sheets: the user picks the one with the statements. */
export interface SheetRequest {
  message: string;
  sheets: string[];
  /** Load again from this sheet. */
  choose(sheet: string): void;
}

export class Dataset {
  #worker: ScoringWorker;
  /**
   * The load under way: its table as the slices arrive, and each group's statistics counted
   * slice by slice, while the page is otherwise waiting for the worker.
   */
  #incoming = new TableBuilder();
  #stats = new GroupStatsBuilder();

  status = $state<DatasetStatus>('empty');
  /** Bytes and rows read so far in the current load. */
  progress = $state({ bytes: 0, totalBytes: 0, rows: 0 });
  /** Why the last load failed or stopped, or ''. */
  error = $state('');
  columnsRequest = $state<ColumnsRequest | null>(null);
  sheetRequest = $state<SheetRequest | null>(null);
  /** What is on screen: its name, size, statements, and what was skipped. */
  name = $state('');
  bytes = $state(0);
  isDefault = $state(false);
  /** The statements on screen, one column per field. */
  table = $state.raw<StatementTable>(EMPTY_TABLE);
  /** Each group's statistics over all the statements, counted as they arrived; set together with `table`. */
  stats = $state.raw<GroupStats[]>([]);
  issues = $state.raw<RowIssue[]>([]);
  skipped = $state(0);
  unreadableDates = $state(0);
  replacedCharacters = $state(0);
  /** The file was not UTF-8 and was read as Windows-1252. */
  readAsWindows1252 = $state(false);
  /** The file's own columns that no field took, named as in the file: the table's `extra` columns, in order. */
  extraColumns = $state.raw<string[]>([]);
  /** The stand-in columns that fed the text or the group for want of better ones, by name (see the protocol). */
  standIns = $state.raw<Partial<Record<'text' | 'group', string>>>({});
  /** Groups, sources and the like over all the statements (see facts.ts); set together with `table`. */
  facts = $state.raw<DatasetFacts>(factsOf(EMPTY_TABLE));
  /** Every group in the data, in order of first appearance. */
  groups = $derived(this.facts.groups);
  /** Called after a load succeeds, e.g. to reset filters that belonged to the old data. */
  onloaded: ((dataset: Dataset) => void) | undefined;
  /** Whether the statements are being scored again after a lexicon edit. */
  rescoring = $state(false);
  /**
   * Each statement's polarity under plain AFINN and under our rules without the domain lexicon, by
   * table row; null until asked for with `requestMethods`. A rescore keeps them: neither depends on the lexicon edits.
   */
  otherMethods = $state.raw<{ afinn: Float32Array; noDomain: Float32Array } | null>(null);
  #methodsRequest = 0;
  /** The statements as they were scored before the last rescore, to list what an edit changed; null after a load. */
  previous = $state.raw<StatementTable | null>(null);
  /** The domain lexicon to score with, when the page has a reader's edits; otherwise the default one. */
  lexicon: (() => LexiconEntries) | undefined;

  /** `startWorker` makes the scoring worker; tests give a fake. */
  constructor(startWorker?: () => Worker) {
    this.#worker = new ScoringWorker(
      (message) => this.#receive(message),
      () => {
        this.error = 'The scoring worker stopped unexpectedly; the statements on screen are unchanged. Try again.';
        this.#settle();
      },
      startWorker,
    );
  }

  /** Loads statements from a file or a same-origin path; `isDefault` marks the demo data. */
  load(source: Source, fileName: string, options: { columns?: ColumnChoice; sheet?: string; isDefault?: boolean } = {}) {
    // The name is shown in the header and set into messages: a bidi control in it could make
    // "report\u202Evsc.exe" pass for "reportexe.csv" (lib/bidi.ts).
    const name = withoutBidiControls(fileName);
    this.#startIncoming();
    this.status = 'loading';
    this.error = '';
    this.columnsRequest = null;
    this.sheetRequest = null;
    this.progress = { bytes: 0, totalBytes: source.kind === 'file' ? source.file.size : 0, rows: 0 };
    this.#pendingDefault = options.isDefault ?? false;
    this.#pending = { source, name, columns: options.columns, sheet: options.sheet };
    this.#worker.load({ type: 'load', ...this.#pending, lexicon: this.lexicon?.() });
  }

  /** Scores what is loaded again with the current lexicon; the views update when it is done. */
  rescore() {
    if (this.status !== 'ready' || !this.#loaded) return;
    this.#startIncoming();
    this.rescoring = true;
    this.#worker.rescore({ type: 'rescore', ...this.#loaded, lexicon: this.lexicon?.() });
  }

  /** Asks the worker for the other methods' polarities, once per load. */
  requestMethods() {
    if (this.status !== 'ready' || !this.#loaded || this.otherMethods || this.#methodsRequest === this.#worker.current) return;
    this.#methodsRequest = this.#worker.methods({ type: 'methods', ...this.#loaded });
  }

  /** Stops the load under way; what was on screen stays. */
  cancel() {
    if (this.status !== 'loading') return;
    this.#worker.stop();
    this.#startIncoming();
    // Nothing may be on screen yet (the file kept from the last visit, cancelled as the page opens).
    this.error = this.table.length
      ? 'Loading cancelled; the statements on screen are unchanged.'
      : 'Loading cancelled, so no statements are loaded: load a file, or go back to the demo data.';
    this.#settle();
  }

  /** Where the statements on screen were read from (a file, or a path on this site); undefined before a load. */
  get loadedFrom(): SourceToRead | undefined {
    return this.#loaded;
  }

  #pendingDefault = false;
  /** Where the load under way reads from, and where the statements on screen came from: the worker reads them again to rescore. */
  #pending: SourceToRead | undefined;
  #loaded = $state.raw<SourceToRead | undefined>(undefined);

  #startIncoming() {
    this.#incoming = new TableBuilder();
    this.#stats = new GroupStatsBuilder();
  }

  #settle() {
    this.status = this.table.length ? 'ready' : 'empty';
    this.#worker.prepareSpare();
  }

  /** The load's table and statistics become what is on screen. */
  #show() {
    this.table = this.#incoming.finish();
    this.facts = factsOf(this.table);
    this.stats = this.#stats.result();
    this.#startIncoming();
  }

  #receive(message: WorkerResponse) {
    switch (message.type) {
      case 'methods':
        // Answers the load it was asked about, unless another load has finished since.
        if (message.id === this.#methodsRequest && message.afinn.length === this.table.length) {
          this.otherMethods = { afinn: message.afinn, noDomain: message.noDomain };
        }
        break;
      case 'progress':
        this.progress = { bytes: message.bytes, totalBytes: message.totalBytes, rows: message.rows };
        break;
      case 'statements': {
        const slice = message.statements;
        this.#incoming.append(slice);
        const scores = scoreColumns(slice, this.#incoming.tokens);
        const group = read(slice.values.group);
        for (let i = 0; i < slice.length; i++) this.#stats.add(scores, i, group(i));
        break;
      }
      case 'loaded':
        this.#show();
        this.issues = message.issues;
        this.skipped = message.skipped;
        this.unreadableDates = message.unreadableDates;
        this.replacedCharacters = message.replacedCharacters;
        this.readAsWindows1252 = message.readAsWindows1252 ?? false;
        this.extraColumns = message.extraColumns ?? [];
        this.standIns = message.standIns ?? {};
        this.name = message.name;
        this.bytes = message.bytes;
        this.isDefault = this.#pendingDefault;
        this.#loaded = this.#pending;
        this.previous = null;
        this.otherMethods = null;
        this.#methodsRequest = 0;
        this.status = 'ready';
        this.onloaded?.(this);
        this.#worker.prepareSpare();
        break;
      case 'rescored': {
        const before = this.table;
        const after = this.#incoming.finish();
        // Counted as the slices arrived: read before #startIncoming() replaces the counter.
        const stats = this.#stats.result();
        this.#startIncoming();
        this.rescoring = false;
        if (!sameIds(after.id, before.id)) {
          // Read again, the source no longer holds the statements on screen.
          this.error = `The scores could not be updated: ${this.name} has changed since it was loaded. Load it again to apply the lexicon.`;
          break;
        }
        this.previous = before;
        this.table = after;
        this.facts = factsOf(after);
        this.stats = stats;
        break;
      }
      case 'needs-columns': {
        const last = this.#pending!;
        this.#startIncoming();
        this.#settle();
        this.columnsRequest = {
          message: message.message,
          headers: message.headers,
          samples: message.samples,
          guess: message.guess ?? {},
          choose: (columns) => this.load(last.source, last.name, { columns, sheet: last.sheet }),
        };
        break;
      }
      case 'needs-sheet': {
        const last = this.#pending!;
        this.#startIncoming();
        this.#settle();
        this.sheetRequest = {
          message: message.message,
          sheets: message.sheets,
          choose: (sheet) => this.load(last.source, last.name, { sheet }),
        };
        break;
      }
      case 'failed':
        this.#startIncoming();
        this.rescoring = false;
        this.error = message.message + (this.table.length ? ' The statements on screen are unchanged.' : '');
        this.#settle();
        break;
    }
  }
}

/** A slice's score columns, as the group statistics read them; `tokens` is every token of the load so far. */
function scoreColumns(slice: PackedScored, tokens: string[]): ScoreColumns {
  const { enthusiasm, concern, net, polarity } = slice.numbers;
  return { enthusiasm, concern, net, polarity, entries: { offsets: slice.offsets, token: slice.token, tokens, weight: slice.weight } };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
