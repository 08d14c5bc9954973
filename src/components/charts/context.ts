/** Hands a chart frame's layout to the marks drawn inside it. */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-layout');

/** `read` returns the current layout, so marks stay reactive to resizes. */
export function setLayout<L>(read: () => L) {
  setContext(KEY, read);
}

export function getLayout<L>(): () => L {
  return getContext<() => L>(KEY);
}
