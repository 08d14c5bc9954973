/**
 * Moves label positions apart along one axis so that none are closer than
 * `gap`, keeping them within [min, max] and as near their anchors as it can.
 * Returns new positions in the input order.
 */
export function dodge(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]!);
  const placed = order.map((i) => positions[i]!);
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (let k = 1; k < placed.length; k++) {
      const overlap = gap - (placed[k]! - placed[k - 1]!);
      if (overlap > 0.01) {
        placed[k - 1]! -= overlap / 2;
        placed[k]! += overlap / 2;
        moved = true;
      }
    }
    // Push back inside the bounds from both ends.
    for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, min + k * gap);
    for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, max - (placed.length - 1 - k) * gap);
    if (!moved) break;
  }
  const result = new Array<number>(positions.length);
  order.forEach((i, k) => (result[i] = placed[k]!));
  return result;
}
