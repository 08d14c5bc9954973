/**
 * A person's own labels for statements, kept in this browser per dataset
 * (IndexedDB, see kept.svelte.ts) so a review survives a reload, and merged
 * over any labels the file carried.
 */
import { LABELS, readLabel, type Label } from '../lib/aggregate/labels';
import type { StatementTable } from '../lib/table/table';
import { dropLegacy, LEGACY_LABELS, readLegacy, type Kept } from './kept.svelte';

const PREFIX = 'labels:';

/** Labels from their kept JSON (`{ id: label }`), only the known labels; none when unreadable. */
function readLabels(json: string | null | undefined): Map<string, Label> {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    const labels = new Map<string, Label>();
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [id, label] of Object.entries(parsed)) {
        if ((LABELS as readonly unknown[]).includes(label)) labels.set(id, label as Label);
      }
    }
    return labels;
  } catch {
    return new Map();
  }
}

export class LabelState {
  #kept: Kept | undefined;
  #dataset = '';
  /** Labels given in this browser, by statement id. */
  own = $state.raw<ReadonlyMap<string, Label>>(new Map());

  /** Without `kept` the labels last for this visit only. */
  constructor(kept?: Kept) {
    this.#kept = kept;
  }

  /** Switches to the labels kept for this dataset; they arrive a moment later. */
  use(dataset: string) {
    this.#dataset = dataset;
    this.own = new Map();
    void this.#restore(dataset);
  }

  async #restore(dataset: string) {
    const kept = this.#kept;
    if (!kept) return;
    let json = await kept.read<string>(PREFIX + dataset);
    // Labels from before the app kept them in IndexedDB move there once.
    const legacy = json === undefined ? readLegacy(LEGACY_LABELS + dataset) : null;
    if (legacy !== null) json = legacy;
    if (dataset !== this.#dataset || json === undefined) return;
    // Labels given while the kept ones were read win.
    this.own = new Map([...readLabels(json), ...this.own]);
    if (legacy !== null && (await kept.write(PREFIX + dataset, JSON.stringify(Object.fromEntries(this.own)), 'your labels'))) {
      dropLegacy(LEGACY_LABELS + dataset);
    }
  }

  set(id: string, label: Label | null) {
    const own = new Map(this.own);
    if (label) own.set(id, label);
    else own.delete(id);
    this.own = own;
    if (own.size) void this.#kept?.write(PREFIX + this.#dataset, JSON.stringify(Object.fromEntries(own)), 'your labels');
    else void this.#kept?.remove(PREFIX + this.#dataset);
  }

  clear() {
    this.own = new Map();
    void this.#kept?.remove(PREFIX + this.#dataset);
  }
}

/** Every statement's label: the person's own where given, else the file's when it can be read. */
export function mergedLabels(table: StatementTable, own: ReadonlyMap<string, Label>): Map<string, Label> {
  const labels = new Map<string, Label>();
  // Each label the file writes is read once; most statements have none.
  const read = table.label.values.map((raw) => (raw ? readLabel(raw) : null));
  const codes = table.label.codes;
  // Most files have no labels and most people none of their own: then no id needs looking at
  // (at 1,000,000 statements, looking each one up froze the page for a third of a second).
  if (own.size === 0 && read.every((label) => label === null)) return labels;
  for (let i = 0; i < table.length; i++) {
    const id = table.id[i]!;
    const label = (own.size ? own.get(id) : undefined) ?? read[codes[i]!];
    if (label) labels.set(id, label);
  }
  return labels;
}
