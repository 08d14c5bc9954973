/**
 * Hashtags of words run together ("#panicattacks"): split into the words they are made of, so the
 * rules read them as words.
 */
import type { Tokens } from './tokenize';

/** The tokens with each splittable hashtag replaced by its words, in `out`; `tokens` itself when none splits. */
export function splitHashtags(tokens: Tokens, out: Tokens, piecesOf: (i: number) => string[] | undefined): Tokens {
  let first = -1;
  for (let i = 0; i < tokens.length && first < 0; i++) if (tokens.hashtag(i) && piecesOf(i)) first = i;
  if (first < 0) return tokens;
  out.length = 0;
  for (let i = 0; i < tokens.length; i++) {
    const parts = i >= first && tokens.hashtag(i) ? piecesOf(i) : undefined;
    if (!parts) {
      out.push(tokens.word[i]!, tokens.start[i]!, tokens.end[i]!, tokens.flags(i), tokens.hash[i]!);
      continue;
    }
    let at = tokens.start[i]!;
    parts.forEach((part, k) => {
      out.push(part, at, at + part.length, k === 0 ? tokens.flags(i) : 0);
      at += part.length;
    });
  }
  return out;
}

/**
 * The fewest known words that spell `word` whole ("panicattacks" → panic,
 * attacks), at least two of them and one that scores; undefined when there is
 * no such split.
 */
export function splitIntoWords(word: string, known: (part: string) => boolean): string[] | undefined {
  if (word.length < 4 || word.length > 40 || !/^[a-z]+$/.test(word)) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 20); start < end; start++) {
      const before = best[start];
      const part = word.slice(start, end);
      if (!before || !known(part) || (part.length === 1 && part !== 'i' && part !== 'a')) continue;
      if (!best[end] || before.length + 1 < best[end]!.length) best[end] = [...before, part];
    }
  }
  const found = best[word.length];
  return found && found.length >= 2 ? found : undefined;
}

