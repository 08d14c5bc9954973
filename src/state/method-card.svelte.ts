/**
 * The method card of what a view shows: the one place the dashboard, an embed and the custom
 * element make it, so every chart says in the same words how its numbers were made.
 */
import { methodCard, type MethodCard } from '../lib/export/method-card';
import type { LexiconEdits } from '../lib/scoring/lexicon-edits';
import type { Dataset } from './dataset.svelte';
import type { View } from './view.svelte';

const NO_EDITS: LexiconEdits = new Map();

export class MethodCardState {
  /** The card for the selection as it is now, dated today. */
  current: MethodCard;

  /** `edits` gives the lexicon edits the statements were scored with; none by default. */
  constructor(dataset: Pick<Dataset, 'name'>, view: Pick<View, 'filters' | 'selection'>, edits: () => LexiconEdits = () => NO_EDITS) {
    this.current = $derived(
      methodCard({ edits: edits(), filters: view.filters, statements: view.selection.length, dataset: dataset.name, date: new Date() }),
    );
  }
}
