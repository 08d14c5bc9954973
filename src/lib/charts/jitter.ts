/**
 * A small, repeatable offset per statement, so statements with identical
 * scores (many share 0,0) stay visible side by side. Same id, same offset.
 *
 * The hash picks one of 3,600 angles and one of 1,000 distances; their cosines,
 * sines and square roots come from tables worked out once, with the very
 * expressions that computing them each time would use, so every offset is the
 * same to the last bit; only the ids' hashes are kept, one number a statement.
 */
const ANGLES = 3600;
const DISTANCES = 1000;
const COS = Float64Array.from({ length: ANGLES }, (_, k) => Math.cos(k * (Math.PI / 1800)));
const SIN = Float64Array.from({ length: ANGLES }, (_, k) => Math.sin(k * (Math.PI / 1800)));
const ROOT = Float64Array.from({ length: DISTANCES }, (_, k) => Math.sqrt(k / DISTANCES));

/** FNV-1a of the id, as an unsigned 32-bit number. */
function hashId(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/**
 * Every id's hash, worked out once per table (keyed by its id column) and freed with it: hashing
 * the ids again at each layer count was a fifth of the layer counting in a group toggle. 4 bytes a
 * statement.
 */
const HASHES = new WeakMap<readonly string[], Uint32Array>();

/** The hashes of `ids`, in order; see unitJitterOf. */
export function idHashes(ids: readonly string[]): Uint32Array {
  let hashes = HASHES.get(ids);
  if (!hashes) {
    hashes = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++) hashes[i] = hashId(ids[i]!);
    HASHES.set(ids, hashes);
  }
  return hashes;
}

/**
 * The offset for a radius of 1, written into `out` (x then y): the caller scales it by its radius,
 * and a loop over many statements need not allocate.
 */
export function unitJitter(id: string, out: Float64Array): void {
  unitJitterOf(hashId(id), out);
}

/** The same, from the id's hash (see idHashes). */
export function unitJitterOf(hash: number, out: Float64Array): void {
  const distance = ROOT[(hash >>> 12) % DISTANCES]!;
  out[0] = COS[hash % ANGLES]! * distance;
  out[1] = SIN[hash % ANGLES]! * distance;
}
