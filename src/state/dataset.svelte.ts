/**
 * The loaded dataset. Owns the scoring worker; the page only ever sees
 * finished, scored statements. A load that fails or is cancelled leaves what
 * was on screen exactly as it was, and says why.
 */
import { FactsBuilder, factsOf, type DatasetFacts } from '../lib/aggregate/facts';
import { GroupStatsBuilder } from '../lib/aggregate/groups';
import { UniqueIds } from '../lib/data/unique-ids';
import { whenIdle } from '../lib/idle';
import type { ColumnChoice, Field } from '../lib/data/columns';
import { unpackScored } from '../lib/scoring/pack';
import type { GroupStats, RowIssue, Scored } from '../lib/types';
import type { LexiconEntries, Read, Source, WorkerRequest, WorkerResponse } from '../workers/protocol';

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
  #worker: Worker | undefined;
  /**
   * A worker started in an idle moment for the next load. Each load runs in a worker that has done
   * nothing else: the worker that had loaded the demo and worked out its other methods spent about
   * a tenth longer on 100,000 statements, its compiled code probably fitted to that other work (the
   * whole load ends a few percent sooner). Dropping the old worker also frees all it held.
   */
  #spare: Worker | undefined;
  #cancelSpare = () => {};
  #request = 0;
  /**
   * Scored slices of the load under way, kept aside until it finishes, what they show so far (facts
   * and group statistics), and their ids made unique: the worker leaves these to the page, which
   * has time for them while it waits.
   */
  #incoming: Scored[] = [];
  #facts = new FactsBuilder();
  #stats = new GroupStatsBuilder();
  #ids = new UniqueIds();

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
  statements = $state.raw<Scored[]>([]);
  /** Each group's statistics over all the statements, counted as they arrived; set together with `statements`. */
  stats = $state.raw<GroupStats[] | undefined>(undefined);
  issues = $state.raw<RowIssue[]>([]);
  skipped = $state(0);
  unreadableDates = $state(0);
  replacedCharacters = $state(0);
  /** The file's own columns that no field took (see Statement.extra), for the downloads. */
  extraColumns = $state.raw<string[]>([]);
  /** The stand-in columns that fed the text or the group for want of better ones, by name (see the protocol). */
  standIns = $state.raw<Partial<Record<'text' | 'group', string>>>({});
  /** Groups, sources and the like over all the statements (see facts.ts); set together with `statements`. */
  facts = $state.raw<DatasetFacts>(factsOf([]));
  /** Every group in the data, in order of first appearance. */
  groups = $derived(this.facts.groups);
  /** Called after a load succeeds, e.g. to reset filters that belonged to the old data. */
  onloaded: ((dataset: Dataset) => void) | undefined;
  /** Whether the statements are being scored again after a lexicon edit. */
  rescoring = $state(false);
  /**
   * Each statement's polarity under plain AFINN and under our rules without the domain lexicon, in the
   * order of `statements`; null until asked for with `requestMethods`. A rescore keeps them: neither depends on the lexicon edits.
   */
  methods = $state.raw<{ afinn: Float64Array; noDomain: Float64Array } | null>(null);
  #methodsRequest = 0;
  /** The statements as they were scored before the last rescore, to list what an edit changed; null after a load. */
  previous = $state.raw<Scored[] | null>(null);
  /** The domain lexicon to score with, when the page has a reader's edits; otherwise the default one. */
  lexicon: (() => LexiconEntries) | undefined;

  /** Loads statements from a file or a same-origin path; `isDefault` marks the demo data. */
  load(source: Source, name: string, options: { columns?: ColumnChoice; sheet?: string; isDefault?: boolean } = {}) {
    this.#request += 1;
    this.#startIncoming();
    this.status = 'loading';
    this.error = '';
    this.columnsRequest = null;
    this.sheetRequest = null;
    this.progress = { bytes: 0, totalBytes: source.kind === 'file' ? source.file.size : 0, rows: 0 };
    this.#pendingDefault = options.isDefault ?? false;
    this.#pending = { source, name, columns: options.columns, sheet: options.sheet };
    const request: WorkerRequest = { type: 'load', id: this.#request, ...this.#pending, lexicon: this.lexicon?.() };
    // Whatever the old worker was doing is for statements this load replaces.
    this.#cancelSpare();
    this.#worker?.terminate();
    this.#worker = this.#spare;
    this.#spare = undefined;
    this.#ensureWorker().postMessage(request);
  }

  /** Scores what is loaded again with the current lexicon; the views update when it is done. */
  rescore() {
    if (this.status !== 'ready' || !this.#loaded) return;
    this.#request += 1;
    this.#startIncoming();
    this.rescoring = true;
    const request: WorkerRequest = { type: 'rescore', id: this.#request, ...this.#loaded, lexicon: this.lexicon?.() };
    this.#ensureWorker().postMessage(request);
  }

  /** Asks the worker for the other methods' polarities, once per load. */
  requestMethods() {
    if (this.status !== 'ready' || !this.#loaded || this.methods || this.#methodsRequest === this.#request) return;
    this.#methodsRequest = this.#request;
    this.#ensureWorker().postMessage({ type: 'methods', id: this.#request, ...this.#loaded } satisfies WorkerRequest);
  }

  /** Stops the load under way; what was on screen stays. */
  cancel() {
    if (this.status !== 'loading') return;
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#request += 1;
    this.#startIncoming();
    this.error = 'Loading cancelled; the statements on screen are unchanged.';
    this.#settle();
  }

  /** Where the statements on screen were read from (a file, or a path on this site); undefined before a load. */
  get loadedFrom(): Read | undefined {
    return this.#loaded;
  }

  #pendingDefault = false;
  /** Where the load under way reads from, and where the statements on screen came from: the worker reads them again to rescore. */
  #pending: Read | undefined;
  #loaded = $state.raw<Read | undefined>(undefined);

  #ensureWorker(): Worker {
    this.#worker ??= this.#startWorker();
    return this.#worker;
  }

  #startWorker(): Worker {
    const worker = new Worker(new URL('../workers/score.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.#receive(event.data);
    worker.onerror = () => {
      if (worker === this.#spare) {
        this.#spare = undefined;
        return;
      }
      this.error = 'The scoring worker stopped unexpectedly; the statements on screen are unchanged. Try again.';
      this.#worker = undefined;
      this.#settle();
    };
    return worker;
  }

  /** Starts the next load's worker once the page is idle, unless there is one or a load starts first. */
  #prepareSpare() {
    this.#cancelSpare();
    this.#cancelSpare = whenIdle(() => (this.#spare ??= this.#startWorker()));
  }

  #startIncoming() {
    this.#incoming = [];
    this.#facts = new FactsBuilder();
    this.#stats = new GroupStatsBuilder();
    this.#ids = new UniqueIds();
  }

  #settle() {
    this.status = this.statements.length ? 'ready' : 'empty';
    this.#prepareSpare();
  }

  #receive(message: WorkerResponse) {
    if (message.type === 'methods') {
      // Answers the load it was asked about, unless another load has finished since.
      if (message.id === this.#methodsRequest && message.afinn.length === this.statements.length) {
        this.methods = { afinn: message.afinn, noDomain: message.noDomain };
      }
      return;
    }
    if (message.id !== this.#request) return;
    switch (message.type) {
      case 'progress':
        this.progress = { bytes: message.bytes, totalBytes: message.totalBytes, rows: message.rows };
        break;
      case 'statements': {
        const packed = message.statements;
        const rows = unpackScored(packed);
        for (let i = 0; i < rows.length; i++) {
          const statement = rows[i]!;
          statement.id = this.#ids.take(statement.id);
          this.#incoming.push(statement);
          this.#stats.addPacked(statement, packed, i);
        }
        this.#facts.add(rows);
        break;
      }
      case 'loaded':
        this.statements = this.#incoming;
        this.facts = this.#facts.result();
        this.stats = this.#stats.result();
        this.#startIncoming();
        this.issues = message.issues;
        this.skipped = message.skipped;
        this.unreadableDates = message.unreadableDates;
        this.replacedCharacters = message.replacedCharacters;
        this.extraColumns = message.extraColumns ?? [];
        this.standIns = message.standIns ?? {};
        this.name = message.name;
        this.bytes = message.bytes;
        this.isDefault = this.#pendingDefault;
        this.#loaded = this.#pending;
        this.previous = null;
        this.methods = null;
        this.#methodsRequest = 0;
        this.status = 'ready';
        this.onloaded?.(this);
        this.#prepareSpare();
        break;
      case 'rescored':
        if (!sameIds(this.#incoming, this.statements)) {
          // Read again, the source no longer holds the statements on screen.
          this.#startIncoming();
          this.rescoring = false;
          this.error = `The scores could not be updated: ${this.name} has changed since it was loaded. Load it again to apply the lexicon.`;
          break;
        }
        this.previous = this.statements;
        this.statements = this.#incoming;
        this.facts = this.#facts.result();
        this.stats = this.#stats.result();
        this.#startIncoming();
        this.rescoring = false;
        break;
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
        this.error = message.message + (this.statements.length ? ' The statements on screen are unchanged.' : '');
        this.#settle();
        break;
    }
  }
}

function sameIds(a: readonly Scored[], b: readonly Scored[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}
