/** The selection: which rows of the statement table the current filters keep. */
import { filtersText } from '../export/method-card';
import { isInsufficient } from '../scoring/evidence';
import { Selected } from '../table/selected';
import type { Coded, StatementTable } from '../table/table';
import type { Filters } from '../types';

/**
 * What every view says when the filters leave no statement, and the way back. It names no control
 * a view may lack (an embed has no legend), so each view can say it as it is.
 */
export const NONE_SELECTED = 'No statements are selected. Show at least one group, or clear the filters, to see some.';

/**
 * Why the filters leave no statement, said above the views, with the way back; '' when the page says
 * it already ("from" after "to" has its own notice). A chart in someone else's page (`shared`) has
 * no controls: it says whose filters they are instead.
 */
export function whyNone(filters: Filters, shared = false): string {
  if (filters.groups?.length === 0) {
    return shared ? 'Every group is hidden in the filters this chart was made with.' : 'Every group is hidden: tick a group in the legend, or Show all, to see its statements.';
  }
  if (filters.from && filters.to && filters.from > filters.to) return '';
  const which = filtersText(filters);
  return shared
    ? `No statement passes the filters this chart was made with (${which}).`
    : `No statement passes the filters (${which}): change them, or Clear filters to see every statement.`;
}

/**
 * The rows the filters keep (of `within`, rows in table order, when given), in table order. A coded field's test is
 * made once per distinct value, not once per row: a group filter over a million rows reads one
 * byte per row.
 */
export function select(table: StatementTable, filters: Filters, within?: Uint32Array): Selected {
  const has = filters.q ? searchFor(filters.q) : null;
  const { source, from, to, region } = filters;
  const hide = filters.evidence === 'hide';
  if (filters.groups === null && !has && !source && !from && !to && !region && !hide) return new Selected(table, within);
  const groups = filters.groups === null ? null : new Set(filters.groups);
  const groupOk = groups && passing(table.group, (g) => groups.has(g));
  const sourceOk = source ? passing(table.source, (s) => s === source) : null;
  const dateOk = from || to ? passing(table.date, (d) => d !== '' && (!from || d >= from) && (!to || d <= to)) : null;
  const speakerHas = has ? passing(table.speaker, (s) => has(s)) : null;
  const sourceHas = has ? passing(table.source, (s) => has(s)) : null;
  const foldedText = has ? foldedTexts(table.text) : null;
  const { enthusiasm, concern, words, scoredWords, text } = table;
  // Read through locals: a filter change runs this loop once over up to a million rows, mostly before
  // the engine has optimised it, and unoptimised each property read costs as much as the test itself.
  const groupCodes = table.group.codes;
  const sourceCodes = table.source.codes;
  const dateCodes = table.date.codes;
  const speakerCodes = table.speaker.codes;
  const evidence = { words: 0, scoredWords: 0 };
  const count = within ? within.length : table.length;
  const kept = new Uint32Array(count);
  let n = 0;
  for (let k = 0; k < count; k++) {
    const i = within ? within[k]! : k;
    if (groupOk && !groupOk[groupCodes[i]!]) continue;
    if (sourceOk && !sourceOk[sourceCodes[i]!]) continue;
    if (dateOk && !dateOk[dateCodes[i]!]) continue;
    if (region && !(concern[i]! >= region[0] && concern[i]! <= region[1] && enthusiasm[i]! >= region[2] && enthusiasm[i]! <= region[3])) continue;
    if (hide) {
      evidence.words = words[i]!;
      evidence.scoredWords = scoredWords[i]!;
      if (isInsufficient(evidence)) continue;
    }
    if (has && !(has(text[i]!, foldedText![i] ?? text[i]!.toLowerCase()) || speakerHas![speakerCodes[i]!] || sourceHas![sourceCodes[i]!])) continue;
    kept[n++] = i;
  }
  return new Selected(table, kept.slice(0, n));
}

/** A Latin letter with an accent (Latin-1, Latin Extended-A and B, Latin Extended Additional), or a combining mark. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;
const EVERY_ACCENTED = new RegExp(ACCENTED.source, 'g');

/**
 * Lower case, with the accents of Latin letters taken off: "Café" and "cafe" read alike. Other
 * scripts, and letters such as ø or ł that carry no separate mark, stay as they are.
 */
function folded(text: string): string {
  return text.toLowerCase().replace(EVERY_ACCENTED, (ch) => ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/**
 * Whether a text holds the search, in any case and with or without accents ("cafe" finds "Café",
 * "café" finds "cafe"). `foldedText` is the text as folded, when the caller has it (its lower case
 * when it has no accent, see foldedTexts); without it the text is folded here.
 */
export function searchFor(query: string): (text: string, foldedText?: string) => boolean {
  const plain = folded(query);
  return (text, foldedText) => (foldedText ?? (ACCENTED.test(text) ? folded(text) : text.toLowerCase())).includes(plain);
}

/**
 * Per text, its folded form where a letter with an accent makes it differ from the text in lower
 * case, else undefined: worked out at a table's first search and kept with its texts, so each search
 * after it folds nothing. Curly quotes, dashes and emoji need no folding and cost nothing here.
 */
const FOLDED = new WeakMap<readonly string[], (string | undefined)[]>();

function foldedTexts(texts: readonly string[]): (string | undefined)[] {
  let kept = FOLDED.get(texts);
  if (!kept) {
    kept = texts.map((text) => (ACCENTED.test(text) ? folded(text) : undefined));
    FOLDED.set(texts, kept);
  }
  return kept;
}

/** Per distinct value of a coded column, whether it passes the test (1) or not (0). */
function passing(column: Coded, test: (value: string) => boolean): Uint8Array {
  const ok = new Uint8Array(column.values.length);
  for (let v = 0; v < ok.length; v++) ok[v] = test(column.values[v]!) ? 1 : 0;
  return ok;
}
