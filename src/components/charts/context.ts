/** Hands a chart frame's layout to the marks drawn inside it. */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-layout');

/** What every chart's layout holds, whatever its scales: the frame's size and the plot's edges in pixels. */
export interface PlotArea {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A plot area with a scale on each axis (linear, power, time or band): what the axes read. */
export interface AxesLayout<X = number, Y = number> extends PlotArea {
  x: (value: X) => number;
  y: (value: Y) => number;
}

/** `read` returns the current layout, so marks stay reactive to resizes. */
export function setLayout<L>(read: () => L) {
  setContext(KEY, read);
}

export function getLayout<L>(): () => L {
  return getContext<() => L>(KEY);
}
