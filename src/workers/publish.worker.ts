/**
 * Makes a published copy off the page: fetching the app's files and zipping
 * them with the data takes seconds for a large file (30 MB of CSV took 2.6 s
 * at the fastest compression here), which on the page would freeze it.
 */
import { publishCopy } from '../lib/export/publish';
import type { PublishRequest, PublishResponse } from './protocol';

self.onmessage = async (event: MessageEvent<PublishRequest>) => {
  const { base, search, data, lexicon } = event.data;
  let response: PublishResponse;
  try {
    const bytes = data ? { name: data.name, bytes: new Uint8Array(await data.blob.arrayBuffer()) } : null;
    const copy = await publishCopy({ base, search, data: bytes, lexicon, fetch: (url) => fetch(url) });
    response = { type: 'published', ...copy };
  } catch (error) {
    response = { type: 'failed', message: (error as Error).message };
  }
  self.postMessage(response, response.type === 'published' ? { transfer: [response.zip.buffer] } : {});
};
