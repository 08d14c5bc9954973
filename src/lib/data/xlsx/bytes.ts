/**
 * A source's bytes on their way to the reader, in the browser's worker and in
 * `npm run score` alike: its first bytes looked at before it is read (a
 * workbook is told from text by them), and a workbook gathered whole, since
 * its directory is at its end.
 */
import { concat } from '../decode';
import { DataError } from '../errors';
import { isZip } from './zip';

/** A workbook is read whole: up to this size. */
export const MAX_WORKBOOK = 100 * 1024 * 1024;

/** The first bytes of a stream, whether they open a ZIP archive (an .xlsx workbook or another), and the whole stream again, those bytes included. */
export async function peek(bytes: AsyncIterable<Uint8Array>): Promise<{ zip: boolean; all: AsyncIterable<Uint8Array> }> {
  const iterator = bytes[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* all() {
    if (!first.done) yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { zip: !first.done && isZip(first.value), all: all() };
}

/** The stream's bytes in one array; a DataError past MAX_WORKBOOK, saying what to do instead. */
export async function gather(bytes: AsyncIterable<Uint8Array>, name: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of bytes) {
    length += chunk.byteLength;
    if (length > MAX_WORKBOOK) {
      throw new DataError(
        `${name} is a workbook of more than ${MAX_WORKBOOK / 1048576} MB, more than this app reads from a workbook. ` +
          'Save the sheet as CSV, which loads in a stream, and load that.',
      );
    }
    parts.push(chunk);
  }
  return concat(parts, length);
}
