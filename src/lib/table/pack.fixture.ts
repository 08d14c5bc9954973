/** For tests: scores given as plain objects, packed as the worker packs the ones it makes. */
import type { Score, Statement } from '../types';
import { SlicePacker, type PackedScored } from './pack';
import { Tally, reasonsCode } from '../scoring/tally';

/** A tally holding `score` as it is (`scored` is the count of its contributions). */
export function tallyOf(score: Score): Tally {
  const tally = new Tally();
  for (const c of score.contributions) tally.push(c.token, c.start, c.end, c.weight, reasonsCode(c.reasons));
  ({ enthusiasm: tally.enthusiasm, concern: tally.concern, net: tally.net, words: tally.words } = score);
  ({ enthusiasmPerWord: tally.enthusiasmPerWord, concernPerWord: tally.concernPerWord, netPerWord: tally.netPerWord } = score);
  ({ polarity: tally.polarity, quadrant: tally.quadrant } = score);
  return tally;
}

/** Packs statements with their scores (scores[i] belongs to statements[i]); slices of one load share a `packer`. */
export function packScored(statements: readonly Statement[], scores: readonly Score[], packer = new SlicePacker(statements.length)): PackedScored {
  for (let i = 0; i < statements.length; i++) packer.add(statements[i]!, tallyOf(scores[i]!));
  return packer.take();
}
