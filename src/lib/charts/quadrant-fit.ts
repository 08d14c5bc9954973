/**
 * What the main chart says about its fit: the axis titles of the group map
 * and of all statements, and how many statements each fit leaves beyond its
 * window (the scales clamp them onto its edges).
 */
import type { Selected } from '../table/selected';
import { quadrantLayout, type Domains } from './quadrant';

export type Fit = 'groups' | 'statements';

/** "Mean concern (negative word weights) →" on the group map; shorter on a narrow plot. */
export function axisTitle(axis: 'concern' | 'enthusiasm', fit: Fit, narrow: boolean): string {
  const name = fit === 'groups' ? `Mean ${axis}` : `${axis[0]!.toUpperCase()}${axis.slice(1)}`;
  const scale = fit === 'groups' ? '' : '√ scale';
  const detail = narrow ? scale : `${axis === 'concern' ? 'negative' : 'positive'} word weights${scale ? `, ${scale}` : ''}`;
  return `${name}${detail ? ` (${detail})` : ''} →`;
}

/** How many selected statements lie beyond a window over `domain` on either axis. */
export function outsideCount(selected: Selected, domain: Domains | [number, number]): number {
  const probe = quadrantLayout(100, 100, domain, { top: 0, right: 0, bottom: 0, left: 0 }, 1);
  // The bounds read once: a scale hands out a fresh copy of its domain at each call.
  const [x0, x1] = probe.x.domain() as [number, number];
  const [y0, y1] = probe.y.domain() as [number, number];
  const { enthusiasm, concern } = selected.table;
  const rows = selected.rows;
  let inside = 0;
  // An indexed loop: it runs once per filter change, mostly before the engine optimises it, and
  // iterating the typed array took three times as long there.
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const e = enthusiasm[i]!;
    const c = concern[i]!;
    if (c >= x0 && c <= x1 && e >= y0 && e <= y1) inside++;
  }
  return rows.length - inside;
}

/** How many selected statements score above `top` on either axis. */
export function beyondCount(selected: Selected, top: number): number {
  const { enthusiasm, concern } = selected.table;
  const rows = selected.rows;
  let n = 0;
  for (let k = 0; k < rows.length; k++) if (Math.max(enthusiasm[rows[k]!]!, concern[rows[k]!]!) > top) n++;
  return n;
}
