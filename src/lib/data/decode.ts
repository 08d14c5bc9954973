/**
 * Bytes -> text, one chunk at a time. Refuses what is plainly not a text file
 * (images, archives, PDFs) from its first bytes, reads UTF-16 when it starts
 * with its byte-order mark, and otherwise UTF-8 with a TextDecoder in stream
 * mode, so a character split across two chunks is never broken.
 *
 * A CSV saved by Excel on Windows is often Windows-1252 (Western European), not
 * UTF-8: "Grüne" is then the bytes 47 72 FC 6E 65, which UTF-8 cannot read. The
 * first character beyond ASCII decides: if UTF-8 cannot read it, the file is read
 * as Windows-1252 from there on (the bytes before it were ASCII, which both read
 * alike). A file that starts as valid UTF-8 stays UTF-8, any broken bytes further
 * on shown as � and counted.
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
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old-style Office file (an Excel 97–2003 .xls workbook, or a .doc)'],
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
  /** The encoding the text was read with, known once the chunks are done. */
  encoding(): Encoding;
}

export type Encoding = ReturnType<typeof sniffEncoding> | 'windows-1252';

/** Whether UTF-8 can read these bytes; an unfinished character at their end counts against them only at the `final` end. */
function readsAsUtf8(bytes: Uint8Array, final: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !final });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the first byte beyond ASCII is, or -1. Most files are ASCII throughout and are looked
 * through whole: four bytes at a time where they are aligned.
 */
export function firstNonAscii(bytes: Uint8Array): number {
  const start = (4 - (bytes.byteOffset % 4)) % 4;
  if (bytes.length <= start) return bytes.findIndex((b) => b > 0x7f);
  let i = 0;
  for (; i < start; i++) if (bytes[i]! > 0x7f) return i;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (bytes.length - i) >> 2);
  let w = 0;
  while (w < words.length && (words[w]! & 0x80808080) === 0) w++;
  for (i += w * 4; i < bytes.length; i++) if (bytes[i]! > 0x7f) return i;
  return -1;
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
  let encoding: Encoding = 'utf-8';
  async function* chunks(): AsyncGenerator<string> {
    let decoder: TextDecoder | undefined;
    /** Set while a UTF-8 file has shown only ASCII: the first chunk with more decides UTF-8 or Windows-1252. */
    let undecided = false;
    // The first bytes decide the encoding, however the stream happens to be cut: gather HEAD of them first.
    let head: Uint8Array[] = [];
    let headLength = 0;
    const begin = (): Uint8Array => {
      const first = concat(head, headLength);
      head = [];
      encoding = sniffEncoding(first);
      decoder = new TextDecoder(encoding);
      undecided = encoding === 'utf-8';
      return first;
    };
    /** The first bytes beyond ASCII when they came too near a chunk's end to tell the encoding by. */
    let held: Uint8Array | undefined;
    const decide = (from: Uint8Array, final: boolean) => {
      undecided = false;
      if (!readsAsUtf8(from, final)) {
        encoding = 'windows-1252';
        decoder = new TextDecoder(encoding);
      }
    };
    const decode = (chunk: Uint8Array): string => {
      let input = chunk;
      if (undecided) {
        if (held) [input, held] = [concat([held, chunk], held.length + chunk.length), undefined];
        const at = firstNonAscii(input);
        // A character of UTF-8 is up to four bytes: closer to the end than that, wait for the next chunk.
        if (at >= 0 && at > input.length - 4) [held, input] = [input.slice(at), input.subarray(0, at)];
        else if (at >= 0) decide(input.subarray(at, at + 4), false);
      }
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
    if (held) decide(held, true);
    // Held bytes go through in stream mode, then the decoder is flushed: Node reads a lone
    // non-stream call to a fresh Windows-1252 decoder as Latin-1, turning € into a control character.
    const rest = (held ? decoder!.decode(held, { stream: true }) : '') + decoder!.decode();
    replaced += count(rest);
    if (rest) yield rest;
  }
  return { chunks: chunks(), replaced: () => replaced, encoding: () => encoding };
}

/** The parts, `length` bytes in all, in one array (the part itself when there is one). */
export function concat(parts: Uint8Array[], length: number): Uint8Array {
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
