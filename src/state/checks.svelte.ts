/**
 * "Check the numbers": how the model agrees with a reader's labels, a sample of the selection for
 * them to label, how the groups' order holds under other scoring methods, and what the last
 * lexicon edit moved. Each is a class of its own; `Checks` holds the four for the dashboard.
 */
import { agreement, type Agreement } from '../lib/aggregate/agreement';
import { select } from '../lib/aggregate/filter';
import { findFlips, type FlipReport } from '../lib/aggregate/flips';
import type { Label } from '../lib/aggregate/labels';
import { sampleIds } from '../lib/aggregate/sample';
import { sensitivity, type Sensitivity } from '../lib/aggregate/sensitivity';
import type { Scored } from '../lib/types';
import type { Dataset } from './dataset.svelte';
import { mergedLabels, type LabelState } from './labels.svelte';
import type { View } from './view.svelte';

/** What the checks read: the loaded statements, what the view selects, and the reader's own labels. */
export interface CheckSources {
  dataset: Pick<Dataset, 'table' | 'previous' | 'otherMethods'>;
  view: Pick<View, 'selection' | 'filters' | 'last'>;
  labels: Pick<LabelState, 'own'>;
}

/** The reader's labels over the file's, and how the model agrees with them on the selection. */
export class LabelAgreement {
  /** Every labelled statement's label, the reader's own over the file's, by id. */
  labels: Map<string, Label>;
  /** The model against those labels, over the labelled statements in the selection. */
  result: Agreement;
  /** Statements in the selection with no label yet. */
  unlabelled: number;

  constructor({ dataset, view, labels }: CheckSources) {
    this.labels = $derived(mergedLabels(dataset.table, labels.own));
    // Only labelled statements matter: selecting among those few rows, rather than reading the
    // whole selection, keeps a filter change fast with 100,000 statements.
    const labelled = $derived.by(() => {
      const rows = [...this.labels.keys()].map((id) => dataset.table.find(id)).filter((i) => i >= 0);
      return Uint32Array.from(rows).sort();
    });
    this.result = $derived(agreement(select(dataset.table, view.filters, labelled).statements(), this.labels));
    this.unlabelled = $derived(view.selection.length - this.result.labelled);
  }
}

/** Statements drawn from the selection for the reader to label, none of them labelled already. */
export class ReviewSample {
  static readonly SIZE = 20;
  #view: CheckSources['view'];
  #agreement: LabelAgreement;
  /** The statements under review, or null when no review is open. */
  statements = $state.raw<Scored[] | null>(null);

  constructor(view: CheckSources['view'], agreement: LabelAgreement) {
    this.#view = view;
    this.#agreement = agreement;
  }

  /** Opens a review; the same seed over the same selection and labels draws the same statements. */
  start(seed = Math.floor(Math.random() * 2 ** 31)) {
    const selection = this.#view.selection;
    const shown = Array.from(selection.rows, (i) => selection.table.id[i]!);
    const ids = sampleIds(shown, ReviewSample.SIZE, seed, new Set(this.#agreement.labels.keys()));
    this.statements = ids.map((id) => selection.byId(id)!);
  }

  close() {
    this.statements = null;
  }
}

/** Whether the groups keep their order by mean polarity under plain AFINN and without the domain lexicon. */
export class MethodCheck {
  /** Null until the worker has sent the other methods' polarities. */
  result: Sensitivity | null;

  constructor({ dataset, view }: CheckSources) {
    this.result = $derived.by(() => {
      const other = dataset.otherMethods;
      return other ? sensitivity(view.last.selection, { afinn: other.afinn, full: dataset.table.polarity, noDomain: other.noDomain }) : null;
    });
  }
}

/** The statements the last lexicon edit moved to another quadrant or across zero. */
export class EditFlips {
  /** Null until the statements have been scored again after an edit. */
  report: FlipReport | null;

  constructor({ dataset }: CheckSources) {
    this.report = $derived(dataset.previous ? findFlips(dataset.previous, dataset.table) : null);
  }
}

export class Checks {
  agreement: LabelAgreement;
  review: ReviewSample;
  methods: MethodCheck;
  flips: EditFlips;

  constructor(sources: CheckSources) {
    this.agreement = new LabelAgreement(sources);
    this.review = new ReviewSample(sources.view, this.agreement);
    this.methods = new MethodCheck(sources);
    this.flips = new EditFlips(sources);
  }
}
