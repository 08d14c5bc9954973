/**
 * Publishing a copy of the app with the data on screen (see
 * lib/export/publish.ts): what goes inside, the download, and where the
 * dialog stands. The copy is made in a worker of its own, started when
 * someone publishes, so the page never waits on the zip.
 */
import { Selected } from '../lib/table/selected';
import { fileStem } from '../lib/export/data-files';
import { extraColumns, extraValues } from '../lib/export/records';
import { formatBytes } from '../lib/charts/format';
import { editsToJson, type LexiconEdits } from '../lib/scoring/lexicon-edits';
import type { PublishRequest, PublishResponse } from '../workers/protocol';
import type { Dataset } from './dataset.svelte';

export type PublishStatus = 'idle' | 'working' | 'done' | 'failed';

export class Publisher {
  #dataset: Dataset;
  #edits: () => LexiconEdits;
  status = $state<PublishStatus>('idle');
  /** What happened, in words. */
  message = $state('');
  /** The query string the copy opens on, once published. */
  search = $state('');

  /** `edits` gives the lexicon edits the copy scores with. */
  constructor(dataset: Dataset, edits: () => LexiconEdits = () => new Map()) {
    this.#dataset = dataset;
    this.#edits = edits;
  }

  /** Builds the copy with the statements on screen and the page's `search`, and downloads it. */
  async publish(search: string) {
    this.status = 'working';
    this.message = 'Making the copy…';
    try {
      const edits = this.#edits();
      // One line of JSON: it goes into an attribute of the copy's index.html.
      const lexicon = edits.size ? JSON.stringify(JSON.parse(editsToJson(edits))) : '';
      const copy = await inWorker({ type: 'publish', base: document.baseURI, search, data: await this.#data(), lexicon });
      const name = `${fileStem(this.#dataset.name)}-published.zip`;
      saveFile(new Blob([copy.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
      this.search = copy.search;
      this.status = 'done';
      this.message = `Downloaded ${name} (${formatBytes(copy.zip.length)}, ${copy.files} files).`;
    } catch (error) {
      this.status = 'failed';
      this.message = `The copy could not be made: ${(error as Error).message}.`;
    }
  }

  /**
   * The data to put inside: the file as it was given; as JSON when its columns or its sheet were
   * picked by hand (the file's own columns kept, as in the JSON download); none for the demo.
   */
  async #data(): Promise<{ name: string; blob: Blob } | null> {
    const dataset = this.#dataset;
    const from = dataset.loadedFrom;
    if (!from || dataset.isDefault) return null;
    if (from.columns || from.sheet) {
      // The copy opens without asking for columns or a sheet: the statements go in under the names the reader knows.
      const extra = extraColumns(dataset.extraColumns);
      const statements = new Selected(dataset.table).statements().map((s) => {
        const { id, text, group, speaker, source, date, url, provenance, label } = s;
        const values = extraValues(s, extra);
        return Object.fromEntries([
          ...Object.entries({ id, text, group, speaker, source, date, url, provenance, label }),
          ...extra.names.map((name, i) => [name, values[i]] as const),
        ]);
      });
      return { name: `${fileStem(from.name)}.json`, blob: new Blob([JSON.stringify({ statements })], { type: 'application/json' }) };
    }
    if (from.source.kind === 'file') return { name: from.name, blob: from.source.file };
    const response = await fetch(from.source.url);
    if (!response.ok) throw new Error(`${from.name} could not be read again (${response.status})`);
    return { name: from.name, blob: await response.blob() };
  }
}

/** One request to a publish worker of its own, which ends with the answer. */
function inWorker(request: PublishRequest): Promise<{ zip: Uint8Array; search: string; files: number }> {
  const worker = new Worker(new URL('../workers/publish.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PublishResponse>) => {
      worker.terminate();
      const answer = event.data;
      if (answer.type === 'published') resolve(answer);
      else reject(new Error(answer.message));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('the worker making it stopped unexpectedly; try again'));
    };
    worker.postMessage(request);
  });
}

/** Saves a blob under a file name through the browser's own download. */
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
