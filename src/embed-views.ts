/**
 * The views that can stand alone: in an iframe (`?embed=NAME`), in the custom element
 * (`view="NAME"`) and from `npm run export -- --view NAME`. The embed app, the embed dialog, the
 * element and the export command all read this list; adding a view is one entry.
 *
 * Each chart's code loads only when it is shown (`load`), so the export command can read the list
 * in Node, and the element's bundle carries only the charts it shows.
 */
import type { Component, ComponentProps } from 'svelte';
import { otherGroups } from './lib/charts/palette';
import type { View } from './state/view.svelte';

export interface EmbedView<C extends Component<any> = Component<any>> {
  /** Its name in `?embed=`, `view=` and `--view`. */
  name: string;
  /** What the embed dialog calls it, and the embedded frame's title. */
  title: string;
  /** Whether the custom element shows it. */
  element: boolean;
  /** Whether `npm run export` can save it: the command saves what the dashboard's download buttons give. */
  exported: boolean;
  load: () => Promise<{ default: C }>;
  /** Its props over a view of the data; a reader of an embed cannot change the filters, so picking does nothing. */
  props: (view: View) => ComponentProps<C>;
}

/** Keeps each entry's props checked against its own chart. */
const entry = <C extends Component<any>>(view: EmbedView<C>): EmbedView => view as unknown as EmbedView;
const nothing = () => {};

export const EMBED_VIEWS: readonly EmbedView[] = [
  entry({
    name: 'quadrant',
    title: 'Enthusiasm vs concern',
    element: true,
    exported: true,
    load: () => import('./components/charts/EnthusiasmConcern.svelte'),
    props: (view) => ({
      statements: view.selection,
      stats: view.stats,
      colors: view.colors,
      otherGroups: otherGroups(view.colors, view.stats.map((g) => g.group)),
      evidence: view.filters.evidence,
      fit: view.fit.fit,
    }),
  }),
  entry({
    name: 'groups',
    title: 'Group comparison',
    element: false,
    exported: false,
    load: () => import('./components/charts/GroupComparison.svelte'),
    props: (view) => ({ stats: view.stats, colors: view.colors, onpick: nothing }),
  }),
  entry({
    name: 'timeline',
    title: 'Over time',
    element: false,
    exported: false,
    load: () => import('./components/charts/OverTime.svelte'),
    props: (view) => ({ statements: view.selection, colors: view.colors, onrange: nothing }),
  }),
  entry({
    name: 'table',
    title: 'Statements table',
    element: false,
    exported: false,
    load: () => import('./components/StatementTable.svelte'),
    props: (view) => ({ statements: view.selection, colors: view.colors }),
  }),
];

/** The view of that name among `views`, if there is one. */
export function embedView(name: string, views: readonly EmbedView[] = EMBED_VIEWS): EmbedView | undefined {
  return views.find((view) => view.name === name);
}

/** Names as a reader lists them: "a", "a or b", "a, b or c"; `quote` wraps each one. */
export function namesInWords(views: readonly EmbedView[], quote = (name: string) => name): string {
  const names = views.map((view) => quote(view.name));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}
