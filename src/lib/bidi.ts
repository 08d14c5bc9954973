/**
 * Names from a file (a group, a speaker, a source) and the file's own name are set into the app's
 * sentences: "Actors: enthusiasm 2.1, concern 0.4". A bidirectional embedding, override or isolate
 * control in such a name opens a run that the name alone should close; left open (or closed where
 * the name ends), it reorders what follows or disguises the name itself ("report\u202Evsc.exe" shows
 * as "reportexe.csv"). These controls are taken out where names come in.
 *
 * The direction marks (U+200E, U+200F, and the Arabic letter mark U+061C) stay. A mark opens
 * nothing: it is read as one strong letter would be, so it can do no more to a sentence than a
 * Hebrew or Arabic letter in the name could, and right-to-left names use it to keep a number or a
 * full stop on the side they mean.
 */

/** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** The name without bidirectional embedding, override and isolate controls; direction marks kept. */
export function withoutBidiControls(name: string): string {
  // Most names hold none: the test alone costs less than a replace that copies.
  return ANY_CONTROL.test(name) ? name.replace(CONTROLS, '') : name;
}
