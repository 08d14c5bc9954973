/**
 * A reader's changes to the domain lexicon: words added, weights changed,
 * words removed. Kept apart from the defaults, so "reset" is dropping them,
 * and passed to the scorer as data (it never writes into any lexicon).
 */
import type { DomainWord } from './domain';

/** Word -> new weight, or null for a default word removed. */
export type LexiconEdits = ReadonlyMap<string, number | null>;

export interface LexiconRow {
  word: string;
  weight: number;
  reason: string;
  status: 'default' | 'edited' | 'added';
}

const WORD = /^[^\s.,/#!?$%^&*;:{}=_`"~()]+( [^\s.,/#!?$%^&*;:{}=_`"~()]+)*$/;

/** A word as the scorer sees it (lower case, single spaces), or an error in words. */
export function normaliseWord(raw: string): string | { error: string } {
  const word = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!word) return { error: 'Type a word first.' };
  if (word.length > 60) return { error: 'Words are at most 60 characters.' };
  if (!WORD.test(word)) return { error: `"${word}" holds punctuation the scorer splits words on (. , ; ! ? " and the like).` };
  return word;
}

export function validWeight(weight: number): boolean {
  return Number.isFinite(weight) && weight >= -5 && weight <= 5;
}

/** The lexicon the scorer uses: defaults with the edits applied. */
export function effectiveLexicon(defaults: readonly DomainWord[], edits: LexiconEdits): Map<string, number> {
  const lexicon = new Map(defaults.map((d) => [d.word, d.weight]));
  for (const [word, weight] of edits) {
    if (weight === null) lexicon.delete(word);
    else lexicon.set(word, weight);
  }
  return lexicon;
}

/** Rows for the editor: every default word (unless removed) and every added one, sorted by word. */
export function lexiconRows(defaults: readonly DomainWord[], edits: LexiconEdits): LexiconRow[] {
  const byWord = new Map(defaults.map((d) => [d.word, d]));
  const rows: LexiconRow[] = [];
  for (const [word, weight] of effectiveLexicon(defaults, edits)) {
    const known = byWord.get(word);
    const status = !known ? 'added' : edits.has(word) ? 'edited' : 'default';
    rows.push({ word, weight, reason: known?.reason ?? 'Added by you.', status });
  }
  return rows.sort((a, b) => a.word.localeCompare(b.word));
}

/** The edits as JSON a reader can keep and load again. */
export function editsToJson(edits: LexiconEdits): string {
  return JSON.stringify({ format: 'stakeholder-sentiment-lexicon', version: 1, edits: Object.fromEntries(edits) }, null, 2);
}

/** Edits from JSON written by editsToJson, or an error saying what is wrong. */
export function editsFromJson(text: string): Map<string, number | null> | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'That file is not valid JSON.' };
  }
  const edits = (value as { edits?: unknown } | null)?.edits;
  if (!edits || typeof edits !== 'object' || Array.isArray(edits)) {
    return { error: 'That file has no "edits" object; export a lexicon from this app to see the format.' };
  }
  const result = new Map<string, number | null>();
  for (const [raw, weight] of Object.entries(edits)) {
    const word = normaliseWord(raw);
    if (typeof word !== 'string') return { error: `"${raw.slice(0, 40)}": ${word.error}` };
    if (weight !== null && !(typeof weight === 'number' && validWeight(weight))) {
      return { error: `"${word}" has weight ${JSON.stringify(weight)?.slice(0, 20)}; weights are numbers from −5 to 5, or null to remove.` };
    }
    result.set(word, weight);
  }
  return result;
}
