/**
 * A person's own labels for statements, kept in localStorage per dataset so a
 * review survives a reload, and merged over any labels the file carried.
 */
import { LABELS, readLabel, type Label } from '../lib/aggregate/labels';
import type { Scored } from '../lib/types';

const PREFIX = 'stakeholder-sentiment:labels:';

function stored(key: string): Map<string, Label> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
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
  #key = '';
  /** Labels given in this browser, by statement id. */
  own = $state.raw<ReadonlyMap<string, Label>>(new Map());

  /** Switches to the labels stored for this dataset. */
  use(dataset: string) {
    this.#key = PREFIX + dataset;
    this.own = stored(this.#key);
  }

  set(id: string, label: Label | null) {
    const own = new Map(this.own);
    if (label) own.set(id, label);
    else own.delete(id);
    this.own = own;
    try {
      if (own.size) localStorage.setItem(this.#key, JSON.stringify(Object.fromEntries(own)));
      else localStorage.removeItem(this.#key);
    } catch {
      // Storage blocked or full: the labels hold for this visit only.
    }
  }

  clear() {
    this.own = new Map();
    try {
      localStorage.removeItem(this.#key);
    } catch {
      // Nothing stored to remove.
    }
  }
}

/** Every statement's label: the person's own where given, else the file's when it can be read. */
export function mergedLabels(statements: readonly Scored[], own: ReadonlyMap<string, Label>): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const s of statements) {
    const label = own.get(s.id) ?? (s.label ? readLabel(s.label) : null);
    if (label) labels.set(s.id, label);
  }
  return labels;
}
