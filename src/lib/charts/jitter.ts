/**
 * A small, repeatable offset per statement, so statements with identical
 * scores (many share 0,0) stay visible side by side. Same id, same offset.
 *
 * The hash picks one of 3,600 angles and one of 1,000 distances; their cosines,
 * sines and square roots come from tables worked out once, with the very
 * expressions that computing them each time would use, so every offset is the
 * same to the last bit; only each id's two places in those tables are kept, one number a
 * statement.
 */
import { hashOf } from '../string-set';

const ANGLES = 3600;
const DISTANCES = 1000;
const COS = Float64Array.from({ length: ANGLES }, (_, k) => Math.cos(k * (Math.PI / 1800)));
const SIN = Float64Array.from({ length: ANGLES }, (_, k) => Math.sin(k * (Math.PI / 1800)));
const ROOT = Float64Array.from({ length: DISTANCES }, (_, k) => Math.sqrt(k / DISTANCES));

/** An id's places in the tables: its angle in the low 12 bits, its distance above them. */
function jitterCode(id: string): number {
  return codeOf(hashOf(id));
}

/** The places for an id of this hashOf. */
function codeOf(signedHash: number): number {
  const hash = signedHash >>> 0;
  return (((hash >>> 12) % DISTANCES) << 12) | hash % ANGLES;
}

/**
 * Every id's code, worked out once per table (keyed by its id column) and freed with it: hashing
 * the ids again at each layer count was a fifth of the layer counting in a group toggle. Kept
 * reduced to small whole numbers, so placing a million marks needs no division of a 32-bit hash.
 * 4 bytes a statement.
 */
const CODES = new WeakMap<readonly string[], Uint32Array>();

/** The codes of `ids`, in order; see unitJitterOf. `hashes`, when given, are hashOf each id, as the table builder keeps them. */
export function jitterCodes(ids: readonly string[], hashes?: Int32Array): Uint32Array {
  let codes = CODES.get(ids);
  if (!codes) {
    codes = new Uint32Array(ids.length);
    if (hashes?.length === ids.length) for (let i = 0; i < ids.length; i++) codes[i] = codeOf(hashes[i]!);
    else for (let i = 0; i < ids.length; i++) codes[i] = jitterCode(ids[i]!);
    CODES.set(ids, codes);
  }
  return codes;
}

/**
 * The offset for a radius of 1, written into `out` (x then y): the caller scales it by its radius,
 * and a loop over many statements need not allocate.
 */
export function unitJitter(id: string, out: Float64Array): void {
  unitJitterOf(jitterCode(id), out);
}

/** The same, from the id's code (see jitterCodes). */
export function unitJitterOf(code: number, out: Float64Array): void {
  const distance = ROOT[code >>> 12]!;
  const angle = code & 4095;
  out[0] = COS[angle]! * distance;
  out[1] = SIN[angle]! * distance;
}
