/**
 * A word's other forms: the base words an inflected or derived form may take its weight from,
 * whether it is a comparative, and the word without curly apostrophes or quotes around it.
 */
import type { Entry } from './word-info';
import { BOOSTERS, DOWNTONERS, isNegator } from './words';

/** "happier" (happy), "nicer" (nice), "greater" (great): a comparative of a word some list scores. */
export function isComparative(word: string, exact: (word: string) => Entry | undefined): boolean {
  if (word.length < 5 || !word.endsWith('er')) return false;
  if (word.endsWith('ier') && exact(word.slice(0, -3) + 'y')) return true;
  return exact(word.slice(0, -2)) !== undefined || exact(word.slice(0, -1)) !== undefined;
}

const SUFFIXES: [string, string][] = [
  ['s', ''],
  ['es', ''],
  ['ies', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['ied', 'y'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['ily', 'y'],
  ['ness', ''],
  ['iness', 'y'],
  ['ier', 'y'],
  ['iest', 'y'],
  // No plain -er: it makes nouns of verbs as often as comparatives ("player" is no "play").
  ['est', ''],
  ['est', 'e'],
];

/** Inflected and derived forms the lists lack ("lacks", "sucked", "superbly", "sadness", "happier"), tried only when the word itself is missing. */
export function stems(word: string): string[] {
  if (!/^[a-z]+$/.test(word) || BOOSTERS.has(word) || DOWNTONERS.has(word) || isNegator(word)) return [];
  const found: string[] = [];
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) found.push(word.slice(0, -suffix.length) + replacement);
  }
  return found;
}

const APOSTROPHES = /[\u2018\u2019]/g;
const EDGE_QUOTES = /^['\-[\]<>]+|['\-[\]<>]+$/g;

/** Curly apostrophes become straight ones, and quotes or dashes around a word go. */
export function clean(word: string): string {
  return word.replace(APOSTROPHES, "'").replace(EDGE_QUOTES, '') || word;
}
