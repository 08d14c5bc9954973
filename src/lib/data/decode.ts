/**
 * Bytes -> text, one chunk at a time. Refuses what is plainly not a text file
 * (images, archives, PDFs) from its first bytes, reads UTF-16 when it starts
 * with its byte-order mark, and otherwise UTF-8 with a TextDecoder in stream
 * mode, so a character split across two chunks is never broken.
 */
import { DataError } from './errors';
import * as say from './messages';

const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF file (WebP image, WAV or AVI)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an .xlsx or .docx file is one too)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old-style Office file (an Excel 97–2003 .xls workbook, or a .doc); save it as .xlsx or CSV'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x42, 0x5a, 0x68], 'a bzip2 archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
];

/** Throws a DataError when the first bytes show a file that is not text; returns the encoding to read it with. */
export function sniffEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  for (const [signature, kind] of SIGNATURES) {
    if (signature.every((byte, i) => head[i] === byte)) {
      throw new DataError(say.notText(kind));
    }
  }
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const nul = head.subarray(0, HEAD).indexOf(0);
  if (nul >= 0 && looksLikeUtf16(head)) {
    throw new DataError(say.utf16WithoutBom());
  }
  if (nul >= 0) {
    throw new DataError(say.binaryData(nul));
  }
  return 'utf-8';
}

export interface DecodedText {
  chunks: AsyncGenerator<string>;
  /** How many bytes could not be read as text and became U+FFFD, known once the chunks are done. */
  replaced(): number;
}

/** Bytes looked at to tell text from binary; a stream's first chunks are gathered until there are this many. */
const HEAD = 1024;

/** ASCII text in UTF-16 has a zero in every other byte: mostly at odd positions (LE) or even ones (BE). */
function looksLikeUtf16(head: Uint8Array): boolean {
  const n = Math.min(head.length, HEAD) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= (n / 2) * 0.6 && Math.min(even, odd) <= (n / 2) * 0.05;
}

/** Text chunks from byte chunks. The byte-order mark, if any, is dropped. */
export function decodeChunks(bytes: AsyncIterable<Uint8Array>): DecodedText {
  let replaced = 0;
  async function* chunks(): AsyncGenerator<string> {
    let decoder: TextDecoder | undefined;
    // The first bytes decide the encoding, however the stream happens to be cut: gather HEAD of them first.
    let head: Uint8Array[] = [];
    let headLength = 0;
    const begin = (): Uint8Array => {
      const first = concat(head, headLength);
      head = [];
      decoder = new TextDecoder(sniffEncoding(first));
      return first;
    };
    const decode = (input: Uint8Array): string => {
      const text = decoder!.decode(input, { stream: true });
      replaced += count(text);
      return text;
    };
    for await (const chunk of bytes) {
      let input = chunk;
      if (!decoder) {
        head.push(chunk);
        headLength += chunk.byteLength;
        if (headLength < HEAD) continue;
        input = begin();
      }
      const text = decode(input);
      if (text) yield text;
    }
    if (!decoder) {
      if (headLength === 0) return;
      const text = decode(begin());
      if (text) yield text;
    }
    const rest = decoder!.decode();
    replaced += count(rest);
    if (rest) yield rest;
  }
  return { chunks: chunks(), replaced: () => replaced };
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function count(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
