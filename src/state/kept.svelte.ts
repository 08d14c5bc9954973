/**
 * What this browser keeps between visits, in IndexedDB (through idb-keyval):
 * the user's file, their lexicon edits and their labels. Nothing leaves the
 * machine. A store that is full or blocked never costs what is on screen: the
 * write fails, `problem` says so in words, and the page carries on.
 */
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ColumnChoice } from '../lib/data/columns';
import { keepProblem, restoreProblem } from '../lib/store/problems';

/** The file on screen, as it was given, and how to read it again. */
export interface KeptFile {
  file: Blob;
  name: string;
  /** The text and group columns, when the user picked them. */
  columns?: ColumnChoice;
  /** A workbook's sheet, when the user picked one. */
  sheet?: string;
  /** Of the statements read from it (see lib/store/fingerprint.ts). */
  fingerprint: string;
}

/** Keys the app used in localStorage before IndexedDB: read once, then removed. */
export const LEGACY_LEXICON = 'stakeholder-sentiment:lexicon';
export const LEGACY_LABELS = 'stakeholder-sentiment:labels:';

export class Kept {
  #store: UseStore | undefined;
  /** Why the last write or read failed, in words; '' when all is kept. */
  problem = $state('');
  /** Whether anything is kept: a file, edits or labels. */
  holding = $state(false);

  #db(): UseStore {
    // Opened on first use, so a browser without IndexedDB fails inside the promise, not here.
    this.#store ??= createStore('stakeholder-sentiment', 'kept');
    return this.#store;
  }

  /** The value kept under `key`, or undefined; a store that cannot be read gives undefined and a notice. */
  async read<T>(key: string): Promise<T | undefined> {
    try {
      const value = await get<T>(key, this.#db());
      if (value !== undefined) this.holding = true;
      return value;
    } catch {
      this.problem = restoreProblem();
      return undefined;
    }
  }

  /** Keeps `value` under `key`; `what` names it in a notice if it cannot be kept. Resolves to whether it was kept. */
  async write(key: string, value: unknown, what: string): Promise<boolean> {
    try {
      await set(key, value, this.#db());
      this.holding = true;
      if (this.problem) this.problem = '';
      return true;
    } catch (error) {
      this.problem = keepProblem(error, what);
      return false;
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await del(key, this.#db());
    } catch {
      // Nothing could be kept either, so there is nothing to remove.
    }
  }

  /** Removes everything kept, here and under the old localStorage keys. */
  async forget(): Promise<void> {
    this.holding = false;
    this.problem = '';
    try {
      for (const key of Object.keys(localStorage)) {
        if (key === LEGACY_LEXICON || key.startsWith(LEGACY_LABELS)) localStorage.removeItem(key);
      }
    } catch {
      // localStorage blocked: nothing was kept there.
    }
    try {
      await clear(this.#db());
    } catch {
      // Blocked: nothing was kept.
    }
  }
}

/** A value kept under an old localStorage key, or null. */
export function readLegacy(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Removes an old localStorage key once its value is kept here. */
export function dropLegacy(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Blocked: nothing to remove.
  }
}
