/**
 * The reader's edits to the domain lexicon, kept in localStorage so they
 * survive a reload, and the effective lexicon the worker scores with.
 */
import { DOMAIN_WORDS } from '../lib/scoring/domain';
import {
  editsFromJson,
  editsToJson,
  effectiveLexicon,
  lexiconRows,
  type LexiconEdits,
} from '../lib/scoring/lexicon-edits';
import type { LexiconEntries } from '../workers/protocol';

const KEY = 'stakeholder-sentiment:lexicon';

function stored(): Map<string, number | null> {
  try {
    const result = editsFromJson(localStorage.getItem(KEY) ?? '');
    return result instanceof Map ? result : new Map();
  } catch {
    return new Map();
  }
}

export class LexiconState {
  edits = $state.raw<LexiconEdits>(stored());
  rows = $derived(lexiconRows(DOMAIN_WORDS, this.edits));
  entries: LexiconEntries = $derived([...effectiveLexicon(DOMAIN_WORDS, this.edits)]);
  /** Called after every change, e.g. to score again. */
  onchange: (() => void) | undefined;

  #commit(edits: Map<string, number | null>) {
    this.edits = edits;
    try {
      if (edits.size) localStorage.setItem(KEY, editsToJson(edits));
      else localStorage.removeItem(KEY);
    } catch {
      // Storage blocked: the edits hold for this visit only.
    }
    this.onchange?.();
  }

  set(word: string, weight: number) {
    const isDefault = DOMAIN_WORDS.find((d) => d.word === word);
    const edits = new Map(this.edits);
    if (isDefault && isDefault.weight === weight) edits.delete(word);
    else edits.set(word, weight);
    this.#commit(edits);
  }

  remove(word: string) {
    const edits = new Map(this.edits);
    if (DOMAIN_WORDS.some((d) => d.word === word)) edits.set(word, null);
    else edits.delete(word);
    this.#commit(edits);
  }

  reset() {
    this.#commit(new Map());
  }

  toJson(): string {
    return editsToJson(this.edits);
  }

  /** Replaces the edits with a file's; returns an error in words, or ''. */
  fromJson(text: string): string {
    const result = editsFromJson(text);
    if (!(result instanceof Map)) return result.error;
    this.#commit(result);
    return '';
  }
}
