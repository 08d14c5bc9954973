/**
 * Just enough XML for the parts of a workbook: attributes of a tag, and text
 * with its entities and Office's own _xHHHH_ escapes decoded. Workbook XML is
 * machine-written and flat, so regular expressions over it are enough; no DOM
 * is needed (a worker has none) and no entity is ever expanded beyond the five
 * XML names and numeric references, so no "billion laughs" can grow.
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text from XML: entities decoded, then _x000D_ and the like (Office's escapes for characters XML cannot hold). */
export function xmlText(raw: string): string {
  let text = raw.includes('&')
    ? raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name[0] !== '#') return NAMED[name] ?? whole;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      })
    : raw;
  if (text.includes('_x')) text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

/** A tag's attributes by name, the namespace prefix dropped (r:id is id). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1]!.replace(/^.*:/, ''), xmlText(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** Every element `name` in the text, as its attributes and inner text ('' for an empty one). */
export function* elements(xml: string, name: string): Generator<{ attributes: Map<string, string>; inner: string }> {
  const pattern = new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, 'g');
  for (const m of xml.matchAll(pattern)) yield { attributes: attributes(m[1]!), inner: m[2] ?? '' };
}

/** The text of a shared or inline string: its <t> runs joined, phonetic guides (<rPh>) left out. */
export function stringText(inner: string): string {
  const plain = inner.includes('<rPh') ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
  let text = '';
  for (const m of plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += m[1] ?? '';
  return xmlText(text);
}
