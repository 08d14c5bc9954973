/**
 * A short name for a set of statements, so a link can say which data it was
 * made on and the page can tell whether that data is the one loaded. It reads
 * the count, every group with its count, and the first and last statements
 * (id, group, text): enough to tell two files apart, without a pass over the
 * text of 100,000 statements after each load.
 */
import type { Statement } from '../types';

/** Statements read in full at each end. */
const ENDS = 20;

/** Eight hex digits of FNV-1a; the same statements give the same fingerprint in any browser. */
export function dataFingerprint(statements: readonly Pick<Statement, 'id' | 'group' | 'text'>[]): string {
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
  add(String(statements.length));
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.group, (counts.get(s.group) ?? 0) + 1);
  for (const [group, count] of counts) add(`${group}=${count}`);
  const ends = statements.length <= 2 * ENDS ? statements : [...statements.slice(0, ENDS), ...statements.slice(-ENDS)];
  for (const s of ends) {
    add(s.id);
    add(s.group);
    add(s.text);
  }
  return hash.toString(16).padStart(8, '0');
}
