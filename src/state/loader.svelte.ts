/**
 * Where the statements on screen come from, and what follows each load: a `data` link first, else
 * the file kept from the last visit, else the demo; then the user's own file, the demo again, or
 * nothing kept at all. Every load and rescore scores with the reader's lexicon edits.
 */
import defaultData from '../../data/statements.csv?url';
import { debounce } from '../lib/debounce';
import type { DataParam } from '../lib/url/data-param';
import type { Dataset } from './dataset.svelte';
import type { DataKeeper } from './keeper.svelte';
import type { Kept } from './kept.svelte';
import type { LabelState } from './labels.svelte';
import type { LexiconState } from './lexicon.svelte';
import type { UrlState } from './url.svelte';

export const DEMO_NAME = 'Sora in Hollywood (demo data)';

export class Loader {
  #dataset: Dataset;
  #url: UrlState;
  #kept: Kept;
  #keeper: DataKeeper;
  #lexicon: LexiconState;
  #labels: LabelState;
  /** Set when the user loads other data, so the old data's groups and source leave the URL once it is on screen. */
  #resetUrl = false;
  /** How many loads have finished: the views that follow the main chart come back one by one after each. */
  loads = $state(0);

  constructor(parts: { dataset: Dataset; url: UrlState; kept: Kept; keeper: DataKeeper; lexicon: LexiconState; labels: LabelState }) {
    const { dataset, lexicon } = parts;
    this.#dataset = dataset;
    this.#url = parts.url;
    this.#kept = parts.kept;
    this.#keeper = parts.keeper;
    this.#lexicon = lexicon;
    this.#labels = parts.labels;
    dataset.lexicon = () => lexicon.entries;
    // Edits come in bursts (typing a weight): score again once they settle.
    lexicon.onchange = debounce(() => dataset.rescore(), 250);
    dataset.onloaded = () => {
      this.#labels.use(dataset.name);
      // The file a link was made on, loaded by its reader, is the view as shared: its groups and
      // source stay. Any other data drops them, as they name the old data's groups and sources.
      const asShared = this.#keeper.loaded(this.#resetUrl);
      if (this.#resetUrl) this.#url.replace(this.#url.without(...(asShared ? ['data'] : ['groups', 'source', 'data'])));
      this.#resetUrl = false;
      this.loads += 1;
    };
  }

  /** The first load: the link's data, else the kept file, else the demo; each scored with the kept edits. */
  async start(data: DataParam) {
    const fromLink = data && 'url' in data ? data : null;
    const [, file] = await Promise.all([this.#lexicon.ready, fromLink ? undefined : this.#keeper.restore()]);
    if (fromLink) this.#dataset.load({ kind: 'url', url: fromLink.url }, fromLink.name);
    else if (file) this.#dataset.load({ kind: 'file', file: file.file }, file.name, { columns: file.columns, sheet: file.sheet });
    else this.#demo(false);
  }

  /** The user's own file, dropped or chosen. */
  file(file: File) {
    this.#resetUrl = true;
    this.#dataset.load({ kind: 'file', file }, file.name);
  }

  /** Back to the demo: the user's file is no longer kept; their edits and labels are. */
  backToDemo() {
    void this.#keeper.dropFile();
    this.#demo();
  }

  /** Removes everything this browser keeps (file, lexicon edits, labels) and shows the demo. */
  async forget() {
    await this.#kept.forget();
    this.#lexicon.forget();
    this.#labels.clear();
    this.#demo();
  }

  #demo(reset = true) {
    this.#resetUrl = reset;
    this.#dataset.load({ kind: 'url', url: defaultData }, DEMO_NAME, { isDefault: true });
  }
}
