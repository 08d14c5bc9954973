/** Cutting a long name short for a place that has room for only so much of it. */

/**
 * `text` as it is when it has at most `max` characters, else its first `max − 1` and an ellipsis:
 * "Independent visual effects artists, co…". Characters are code points, so a character outside the
 * Basic Multilingual Plane (most emoji) is never cut into its two halves; a flag or an emoji joined
 * from several may still be cut between its code points. Spaces before the ellipsis are dropped.
 */
export function shorten(text: string, max = 40): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  return `${characters.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/**
 * `text` shortened just enough that `widthOf` it is at most `width` pixels, keeping at least
 * `least` characters: for a chart that can measure its text, so a name of wide letters ("GGG…")
 * is cut as short as it must be and one of narrow letters no shorter.
 */
export function shortenToFit(text: string, width: number, widthOf: (text: string) => number, least = 6): string {
  if (widthOf(text) <= width) return text;
  // The longest cut that fits, found by halving: widths grow with the characters kept.
  let fits = least;
  let over = [...text].length;
  while (over - fits > 1) {
    const middle = Math.floor((fits + over) / 2);
    if (widthOf(shorten(text, middle)) <= width) fits = middle;
    else over = middle;
  }
  return shorten(text, fits);
}
