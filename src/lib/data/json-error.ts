/**
 * Where a JSON text first goes wrong, as line and column. JSON.parse says
 * what broke but, in current engines, often not where; this walks the text
 * (iteratively, so deep nesting cannot overflow the stack) to find out.
 * Only called after JSON.parse has failed.
 */
import { shorten } from './messages';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** Offset of the first character that breaks the JSON grammar (text.length when it ends too soon). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return i++, true;
      if (c < 0x20) return false;
      if (c === 0x5c) i++;
    }
    return false;
  };
  const token = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  /** true, false or null; when one is misspelt, stop at the character that departs from it, as engines report. */
  const literal = (): boolean => {
    if (token(LITERAL)) return true;
    const word = ['true', 'false', 'null'].find((w) => w[0] === text[i]);
    if (word) for (let k = 0; k < word.length && text[i] === word[k]; k++) i++;
    return false;
  };
  const key = (): boolean => {
    space();
    if (!string()) return false;
    space();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  for (;;) {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? '}' : ']');
      i++;
      space();
      if (text[i] === stack[stack.length - 1]) {
        stack.pop();
        i++;
      } else {
        if (c === '{' && !key()) return i;
        continue;
      }
    } else if (!(c === '"' ? string() : (c === '-' || (c! >= '0' && c! <= '9') ? token(NUMBER) : literal()))) {
      return i;
    }
    // After a value: close what is open, or move on to the next element.
    for (;;) {
      space();
      const close = stack[stack.length - 1];
      if (close === undefined) return i < text.length ? i : -1;
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return i;
      i++;
      if (close === '}' && !key()) return i;
      break;
    }
  }
}

/** What broke, without the engine's snippet or position: "unexpected token 'o'". */
export function jsonReason(error: Error): string {
  // Engines add a snippet of the text, or a position, after the reason: keep the reason only.
  const reason = /^(.*?)(?:, "|, \.\.\.|\.? in JSON| is not valid JSON| at position \d|$)/s.exec(error.message)![1]!;
  return shorten(reason.charAt(0).toLowerCase() + reason.slice(1), 120);
}

// The wording of a position lives with the other messages; tests and callers still find it here.
export { lineAndColumn } from './messages';
