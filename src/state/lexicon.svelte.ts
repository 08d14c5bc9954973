/**
 * The reader's edits to the domain lexicon, kept in this browser (IndexedDB,
 * see kept.svelte.ts) so they survive a reload, and the effective lexicon the
 * worker scores with.
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
import { PUBLISHED_LEXICON_META, publishedLexicon } from '../lib/export/published';
import { dropLegacy, LEGACY_LEXICON, readLegacy, type Kept } from './kept.svelte';

/** The edits a published copy was published with (in its index.html), or null outside a published copy. */
export function publishedEdits(): Map<string, number | null> | null {
  return publishedLexicon(document.querySelector<HTMLMetaElement>(`meta[name="${PUBLISHED_LEXICON_META}"]`)?.content);
}

const KEY = 'lexicon';

/** Edits from their kept JSON, checked as an imported file is; none when unreadable. */
function readEdits(json: string | null | undefined): Map<string, number | null> {
  const result = editsFromJson(json ?? '');
  return result instanceof Map ? result : new Map();
}

export class LexiconState {
  #kept: Kept | undefined;
  /** The edits a published copy carries; none elsewhere. */
  #published: LexiconEdits;
  edits = $state.raw<LexiconEdits>(new Map());
  /** Settles once the kept edits are read: the first load scores with them. */
  ready: Promise<void>;
  rows = $derived(lexiconRows(DOMAIN_WORDS, this.edits));
  entries: LexiconEntries = $derived([...effectiveLexicon(DOMAIN_WORDS, this.edits)]);
  /** Called after every change, e.g. to score again. */
  onchange: (() => void) | undefined;

  /**
   * Without `kept` the edits last for this visit only (tests, embeds). `published` are the edits a
   * published copy carries: its reader starts from them until they make edits of their own.
   */
  constructor(kept?: Kept, published?: LexiconEdits | null) {
    this.#kept = kept;
    this.#published = published ?? new Map();
    this.edits = this.#published;
    this.ready = kept ? this.#restore(kept) : Promise.resolve();
  }

  async #restore(kept: Kept) {
    const json = await kept.read<string>(KEY);
    if (json !== undefined) {
      this.edits = readEdits(json);
      return;
    }
    // Edits from before the app kept them in IndexedDB move there once.
    const legacy = readLegacy(LEGACY_LEXICON);
    if (legacy === null) return;
    this.edits = readEdits(legacy);
    if (await kept.write(KEY, editsToJson(this.edits), 'your lexicon edits')) dropLegacy(LEGACY_LEXICON);
  }

  #commit(edits: Map<string, number | null>) {
    this.edits = edits;
    if (edits.size) void this.#kept?.write(KEY, editsToJson(edits), 'your lexicon edits');
    else void this.#kept?.remove(KEY);
    this.onchange?.();
  }

  /** Drops the reader's edits without scoring again, e.g. when the data is forgotten (a published copy's stay). */
  forget() {
    this.edits = this.#published;
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
