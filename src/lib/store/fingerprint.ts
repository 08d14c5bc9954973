/**
 * A short name for a set of statements, so a link can say which data it was
 * made on and the page can tell whether that data is the one loaded. It reads
 * the count, every group with its count, and the first and last statements
 * (id, group, text): enough to tell two files apart, without a pass over the
 * text of 100,000 statements after each load.
 */
import type { StatementTable } from '../table/table';

/** Statements read in full at each end. */
const ENDS = 20;

/** Eight hex digits of FNV-1a; the same statements give the same fingerprint in any browser. */
export function dataFingerprint(table: StatementTable): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    // A separator no field holds, so "ab"+"c" and "a"+"bc" differ.
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  const n = table.length;
  add(String(n));
  // Group codes follow first appearance, the order the groups are hashed in.
  const counts = new Array<number>(table.group.values.length).fill(0);
  for (let i = 0; i < n; i++) counts[table.group.codes[i]!]!++;
  table.group.values.forEach((group, code) => add(`${group}=${counts[code]}`));
  for (let i = 0; i < n; i++) {
    if (i === ENDS && n > 2 * ENDS) i = n - ENDS;
    add(table.id[i]!);
    add(table.groupOf(i));
    add(table.text[i]!);
  }
  return hash.toString(16).padStart(8, '0');
}
