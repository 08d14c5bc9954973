/**
 * Text made safe to stand in an XML file (the SVG download). XML 1.0 forbids most control
 * characters outright, even written as references (&#1; is as invalid as U+0001 itself), and a
 * lone surrogate cannot be encoded; a file holding either is not XML, and no SVG reader opens it.
 * Each becomes U+FFFD, the sign readers know for "a character was here". Markup never holds these
 * characters, so the pass can run over a whole serialised file.
 */

/** Characters XML 1.0 does not allow anywhere: C0 controls but tab, LF and CR; U+FFFE and U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafe(text: string): string {
  return text.toWellFormed().replace(NOT_XML, '\uFFFD');
}

/** Text for an XML text node or a double-quoted attribute: markup characters escaped, the rest made safe. */
export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
