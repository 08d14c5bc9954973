/**
 * A small, repeatable offset per statement, so statements with identical
 * scores (many share 0,0) stay visible side by side. Same id, same offset.
 */
export function jitter(id: string, radius: number): [number, number] {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  const angle = ((hash >>> 0) % 3600) * (Math.PI / 1800);
  const distance = radius * Math.sqrt(((hash >>> 12) % 1000) / 1000);
  return [Math.cos(angle) * distance, Math.sin(angle) * distance];
}
