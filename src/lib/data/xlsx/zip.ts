/**
 * The parts of a ZIP archive (an .xlsx workbook is one), read with limits set
 * before anything is unpacked. A workbook is untrusted input: its directory may
 * lie about sizes, and a few kilobytes can inflate to gigabytes. So each part
 * is inflated a slice at a time through fflate's synchronous stream (no worker
 * of its own, which our CSP would block), its output counted as it comes, and
 * the read stops the moment a part outgrows what its directory declared or
 * what we allow.
 */
import { Inflate } from 'fflate';
import { DataError } from '../errors';
import * as say from '../messages';

/** Whether these first bytes open a ZIP archive: an .xlsx workbook, or some other archive (readWorkbook tells them apart). */
export const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  compressedSize: number;
  /** The unpacked size the directory declares. */
  size: number;
  /** Where the entry's local header starts. */
  header: number;
}

/** Compressed bytes handed to the inflater at a time: one slice can inflate to at most ~1,000 times its size. */
const SLICE = 16 * 1024;
const DAMAGED = say.damagedWorkbook();

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The archive's directory, by part name. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  // The end record sits in the last 22 bytes, before a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new DataError(DAMAGED);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new DataError(DAMAGED);
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      header: u32(bytes, at + 42),
    };
    entries.set(entry.name, entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/**
 * Unpacks an entry a piece at a time into `each`; throws a DataError naming `what` when it would
 * unpack to more than `limit` bytes, or to more than its directory declared.
 */
export function unpack(bytes: Uint8Array, entry: ZipEntry, limit: number, what: string, each: (piece: Uint8Array) => void) {
  if (entry.size > limit || entry.size === 0xffffffff) throw tooLarge(what, limit);
  const local = entry.header;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new DataError(DAMAGED);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new DataError(DAMAGED);
  if (entry.method === 0) {
    each(data.subarray(0, entry.size));
    return;
  }
  if (entry.method !== 8) throw new DataError(say.unknownPacking(what));
  let out = 0;
  const inflater = new Inflate((piece) => {
    out += piece.length;
    if (out > entry.size) throw new DataError(say.zipBomb(what));
    each(piece);
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(DAMAGED);
  }
  if (out !== entry.size) throw new DataError(DAMAGED);
}

/** An entry unpacked whole, for the small parts (the workbook, its relations, styles, shared strings). */
export function unpackWhole(bytes: Uint8Array, entry: ZipEntry, limit: number, what: string): Uint8Array {
  const whole = new Uint8Array(Math.min(entry.size, limit));
  let at = 0;
  unpack(bytes, entry, limit, what, (piece) => {
    whole.set(piece, at);
    at += piece.length;
  });
  return whole;
}

export function tooLarge(what: string, limit: number): DataError {
  return new DataError(say.partTooLarge(what, limit));
}
