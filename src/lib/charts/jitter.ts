/**
 * A small, repeatable offset per statement, so statements with identical
 * scores (many share 0,0) stay visible side by side. Same id, same offset.
 *
 * The hash picks one of 3,600 angles and one of 1,000 distances; their cosines,
 * sines and square roots come from tables worked out once, with the very
 * expressions that computing them each time would use, so every offset is the
 * same to the last bit and a 100,000-statement chart need not cache them.
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
 * The offset for a radius of 1, written into `out` (x then y): the caller scales it by its radius,
 * and a loop over many statements need not allocate.
 */
export function unitJitter(id: string, out: Float64Array): void {
  const hash = hashId(id);
  const distance = ROOT[(hash >>> 12) % DISTANCES]!;
  out[0] = COS[hash % ANGLES]! * distance;
  out[1] = SIN[hash % ANGLES]! * distance;
}
