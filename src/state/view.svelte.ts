/** What the views show: the filters read from the URL, the selection, and group statistics. */
import { select } from '../lib/aggregate/filter';
import { groupStats } from '../lib/aggregate/groups';
import { groupColors } from '../lib/charts/palette';
import { inTurn } from '../lib/in-turn';
import type { Fit } from '../lib/charts/quadrant-fit';
import { isFiltered, serializeFilters } from '../lib/url/filters';
import { DEFAULT_FIT, parseFit, serializeFit } from '../lib/url/fit';
import { readParams, type UrlParams } from '../lib/url/params';
import { parseWords, serializeWords, type ChartWords } from '../lib/url/words';
import { Selected } from '../lib/table/selected';
import { EMPTY_TABLE } from '../lib/table/table';
import type { Filters, GroupStats } from '../lib/types';
import type { Dataset } from './dataset.svelte';

/** Where the view reads its query string and writes changes: the page URL, or an element's attributes. */
export interface SearchSource {
  readonly search: string;
  push(search: string): void;
}

/** Below this many statements every view follows a filter change at once: there is little to wait for. */
const LATER_FROM = 20_000;

/** What a view below the main chart follows: the selection and its group statistics. */
type Following = { selection: Selected; stats: GroupStats[] };
const NOTHING_YET: Following = { selection: new Selected(EMPTY_TABLE), stats: [] };

export class View {
  #dataset: Dataset;
  #url: SearchSource;
  /** The shown groups as a Set: the legend asks once per group, and there may be thousands. */
  #shown: Set<string> | null;
  /** Every URL parameter, checked against the loaded groups once data is there, with notices. */
  parsed: UrlParams;
  /** The chart's title, subtitle, note and byline, with notices about them. */
  words: { words: ChartWords; notices: string[] };
  /** What the main chart is fitted to (the group map or every statement), with notices about it. */
  fit: { fit: Fit; notices: string[] };
  filters: Filters;
  /** The rows of the dataset's table the filters keep, in table order. */
  selection: Selected;
  stats: GroupStats[];
  /** Every group's statistics under the filters other than the group filter: hidden groups too, so they can be picked again. */
  statsAllGroups: GroupStats[];
  /** Every source named in the data, sorted. */
  sources: string[];
  /** Statements per group in the whole dataset, for the legend. */
  counts: Map<string, number>;
  colors: Map<string, string>;
  /**
   * The selection and its group statistics for the over-time chart and the table below the main
   * chart: the same as `selection` and `stats`, one task later once there are many statements.
   */
  later = $state.raw<Following>(NOTHING_YET);
  /** The same for "Check the numbers", one task after `later`: each of the two is a task of its own. */
  last = $state.raw<Following>(NOTHING_YET);
  /** Statements in the dataset whose score rests on too few words. */
  insufficient: number;

  constructor(dataset: Dataset, url: SearchSource) {
    this.#dataset = dataset;
    this.#url = url;
    this.sources = $derived(dataset.facts.sources);
    const ready = () => dataset.status === 'ready';
    // The filters are read from the query string without the words and the fit: that string stays the
    // same while a title is typed or the fit switched, so neither filters the statements again.
    const search = $derived(serializeFit(DEFAULT_FIT, serializeWords({}, url.search)));
    this.parsed = $derived(
      readParams(search, location.href, ready() ? dataset.groups : undefined, ready() ? this.sources : undefined),
    );
    this.words = $derived(parseWords(url.search));
    this.fit = $derived(parseFit(url.search));
    this.filters = $derived(this.parsed.filters);
    this.#shown = $derived(this.filters.groups === null ? null : new Set(this.filters.groups));
    this.selection = $derived(select(dataset.table, this.filters));
    // Each group's statistics over the whole dataset were counted as the statements arrived. While
    // the only filter is by group, a shown group's statistics are exactly these, so a group filter
    // change only picks groups; any other filter counts them again over the selection.
    this.stats = $derived(
      isFiltered({ ...this.filters, groups: null })
        ? groupStats(this.selection, dataset.groups)
        : dataset.stats.filter((g) => this.isShown(g.group)),
    );
    this.statsAllGroups = $derived.by(() => {
      const others = { ...this.filters, groups: null };
      if (!isFiltered(others)) return dataset.stats;
      if (this.filters.groups === null) return this.stats;
      return groupStats(select(dataset.table, others), dataset.groups);
    });
    this.counts = $derived(new Map(dataset.stats.map((g) => [g.group, g.count])));
    this.colors = $derived(groupColors(dataset.groups, this.counts));
    this.insufficient = $derived(dataset.facts.insufficient);
    // The views below the main chart follow in two tasks after it, so that a filter change over a
    // large dataset is a few short tasks the page can answer input between, not one long one. In
    // one task they took as long as the main chart's own (about 100 ms at 1,000,000 statements).
    $effect(() => {
      const next = { selection: this.selection, stats: this.stats };
      if (next.selection.length < LATER_FROM) {
        this.later = next;
        this.last = next;
        return;
      }
      return inTurn([() => (this.later = next), () => (this.last = next)]);
    });
  }

  isShown(group: string): boolean {
    return this.#shown === null || this.#shown.has(group);
  }

  setFilters(filters: Filters) {
    this.#url.push(serializeFilters(filters, this.#url.search));
  }

  /** Fits the main chart to the group map or to every statement; a step in the history, as a filter is. */
  setFit(fit: Fit) {
    this.#url.push(serializeFit(fit, this.#url.search));
  }

  /** Changes some filters, keeping the others. */
  update(change: Partial<Filters>) {
    this.setFilters({ ...this.filters, ...change });
  }

  clear() {
    this.setFilters({ groups: null });
  }

  /** Shows or hides one group; showing every group clears the parameter. */
  toggleGroup(group: string, shown: boolean) {
    const all = this.#dataset.groups;
    const next = all.filter((g) => (g === group ? shown : this.isShown(g)));
    this.update({ groups: next.length === all.length ? null : next });
  }
}
