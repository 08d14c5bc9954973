/**
 * A reproducible random sample of statements for a person to label: the same
 * seed gives the same sample, so a review can be resumed or shared.
 */

/** mulberry32: a 32-bit PRNG, small and good enough to pick a review sample (not for anything secret). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Up to `size` ids drawn without replacement, the same for the same seed, skipping ids in `exclude`. */
export function sampleIds(ids: readonly string[], size: number, seed: number, exclude?: ReadonlySet<string>): string[] {
  // A Set drops repeated ids, so the sample never holds one statement twice.
  const pool = [...new Set(ids)].filter((id) => !exclude?.has(id));
  const take = Math.min(Math.max(0, Math.floor(size)), pool.length);
  const random = mulberry32(seed);
  // Partial Fisher–Yates: only the first `take` places are shuffled.
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
