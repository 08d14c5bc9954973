/** The enthusiasm-vs-concern chart's layout: its scales, plus where its means, names and labels go. */
import type { ChartGuides, MeanMark } from '../../lib/charts/guides';
import type { QuadrantLayout } from '../../lib/charts/quadrant';

export interface MapLayout extends QuadrantLayout {
  /** The marked group means, in pixels. */
  means: MeanMark[];
  /** Half the width of a mean's mark. */
  markRadius: number;
  /** A plot under 400 px wide: smaller quadrant names, no parity label. */
  narrow: boolean;
  guides: ChartGuides;
}
