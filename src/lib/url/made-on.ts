/**
 * The `dataset` URL parameter: which data a link was made on, as the data's
 * name and fingerprint (`dataset=statements.csv~1a2b3c4d`). A user's own file
 * cannot travel in a link, so a link opened where that file is not loaded says
 * so, instead of silently filtering other data by groups it does not have.
 */
import { withoutBidiControls } from '../bidi';

export interface MadeOn {
  name: string;
  /** Eight hex digits, see lib/store/fingerprint.ts. */
  fingerprint: string;
}

/** Longest data name a link may carry. */
const MAX_NAME = 120;
const VALUE = /^([\s\S]+)~([0-9a-f]{8})$/;

/** The parameter's value for this data. */
export function madeOnValue({ name, fingerprint }: MadeOn): string {
  return `${encodeURIComponent(clean(name).slice(0, MAX_NAME))}~${fingerprint}`;
}

/** Reads `dataset` from a query string: the data it names, null when absent, or a notice when unreadable. */
export function readMadeOn(search: string): MadeOn | { error: string } | null {
  const raw = new URLSearchParams(search).get('dataset');
  if (raw === null) return null;
  const match = VALUE.exec(raw.trim());
  const name = match ? clean(match[1]!).trim() : '';
  if (!match || !name) return { error: 'Ignored "dataset" in the link: it should be a data name, "~" and eight hex digits.' };
  return { name: name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name, fingerprint: match[2]! };
}

/** What the loaded data is, for the comparison. */
export interface Loaded extends MadeOn {
  isDefault: boolean;
}

/** '' when the link's data is the loaded one; otherwise a sentence saying which data the link was made on. */
export function madeOnNotice(madeOn: MadeOn, loaded: Loaded): string {
  if (madeOn.fingerprint === loaded.fingerprint) return '';
  const made = `This link was made on "${madeOn.name}" (fingerprint ${madeOn.fingerprint})`;
  if (loaded.isDefault) {
    return (
      `${made}, which is not loaded in this browser: showing the demo data instead, and only the filters that fit it. ` +
      `Load "${madeOn.name}" to see the view as it was shared.`
    );
  }
  return (
    `${made}; the data here is "${loaded.name}" (fingerprint ${loaded.fingerprint}), so the view may differ from the ` +
    `one shared. Load "${madeOn.name}" to see it as it was.`
  );
}

/** Control characters never reach the page's text, nor bidi controls that would reorder the notice (lib/bidi.ts). */
function clean(text: string): string {
  return withoutBidiControls(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
}
