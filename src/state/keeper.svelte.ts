/**
 * Keeps the user's file in this browser after each load, gives it back at
 * start-up, and keeps the link's `dataset` parameter saying which data is on
 * screen. A link made on data that is not loaded here gets a notice naming
 * that data (see lib/url/made-on.ts).
 */
import { dataFingerprint } from '../lib/store/fingerprint';
import { madeOnNotice, madeOnValue, readMadeOn, type MadeOn } from '../lib/url/made-on';
import type { Dataset } from './dataset.svelte';
import type { Kept, KeptFile } from './kept.svelte';
import type { UrlState } from './url.svelte';

const FILE = 'file';

export class DataKeeper {
  #kept: Kept;
  #dataset: Dataset;
  #url: UrlState;
  /** The file given back at start-up: it is kept already. */
  #restored: Blob | undefined;
  /**
   * The data the page's link was made on, until the reader first loads data of their own choosing.
   * Remembered apart from the URL: when other data is shown first (the demo) the link stops naming it.
   */
  #sharedOn: MadeOn | null;
  /** Which data the link was made on, when that is not the data on screen; '' otherwise. */
  linkNotice = $state('');
  /** The fingerprint of the statements on screen. */
  fingerprint = $state('');

  constructor(kept: Kept, dataset: Dataset, url: UrlState) {
    this.#kept = kept;
    this.#dataset = dataset;
    this.#url = url;
    const made = readMadeOn(url.search);
    this.#sharedOn = made && !('error' in made) ? made : null;
  }

  /** The file kept from an earlier visit, as a File to load, or undefined. */
  async restore(): Promise<(KeptFile & { file: File }) | undefined> {
    const kept = await this.#kept.read<KeptFile>(FILE);
    if (!kept || !(kept.file instanceof Blob) || typeof kept.name !== 'string') return undefined;
    const file = kept.file instanceof File ? kept.file : new File([kept.file], kept.name);
    this.#restored = file;
    return { ...kept, file };
  }

  /**
   * After a load: keeps a newly loaded file, and says in the link which data is on screen. `fresh` is
   * true when the user chose other data, so the old link's notice no longer applies. Returns whether
   * that data is exactly the statements the page's link was made on, so its filters are the view as
   * shared; only the first data the user chooses is compared.
   */
  loaded(fresh: boolean): boolean {
    const dataset = this.#dataset;
    const from = dataset.loadedFrom;
    this.fingerprint = dataFingerprint(dataset.table);
    const own = from?.source.kind === 'file';
    const made = readMadeOn(this.#url.search);
    const asShared = fresh && this.#sharedOn?.fingerprint === this.fingerprint;
    if (fresh) this.#sharedOn = null;
    // A `dataset` that cannot be read leaves the link below, so its notice stays here rather than
    // going with it; a load the user chose says nothing about the link they came by.
    const loaded = { name: dataset.name, fingerprint: this.fingerprint, isDefault: dataset.isDefault };
    this.linkNotice = fresh || !made ? '' : 'error' in made ? made.error : madeOnNotice(made, loaded);
    // Only a user's own file needs naming: the demo and a `data` path are named by the link itself.
    const search = this.#url.without('dataset');
    const value = own ? madeOnValue({ name: dataset.name, fingerprint: this.fingerprint }) : '';
    this.#url.replace(value ? `${search ? `${search}&` : '?'}dataset=${value}` : search);
    if (from?.source.kind === 'file' && from.source.file !== this.#restored) {
      const record: KeptFile = { file: from.source.file, name: from.name, columns: from.columns, sheet: from.sheet, fingerprint: this.fingerprint };
      this.#restored = from.source.file;
      void this.#kept.write(FILE, record, `your file "${from.name}"`);
    }
    return asShared;
  }

  /** The user went back to the demo: their file is no longer kept (their edits and labels are). */
  async dropFile() {
    this.#restored = undefined;
    await this.#kept.remove(FILE);
  }

  /** What a kept file's record says, without loading it: for an embed deciding whether it shows that data. */
  async keptFingerprint(): Promise<string | undefined> {
    return (await this.#kept.read<KeptFile>(FILE))?.fingerprint;
  }
}
