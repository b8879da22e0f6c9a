/**
 * Whether text that JSON.parse refused is the beginning of some valid JSON (RFC 8259): then the
 * file was cut short ("truncated": copy again) rather than never being JSON ("not-json"). One
 * pass, constant work per character, an explicit stack, so any input finishes in linear time.
 * It runs only after JSON.parse has failed.
 */

/**
 * What must come next: a value; a value or ']' (just after '['); a key or '}' (just after '{');
 * a key (after ',' in an object); ':' (after a key); or ',' / a close (after a complete value).
 */
type State = 'value' | 'value-or-close' | 'key-or-close' | 'key' | 'colon' | 'after';

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const HEX = /[0-9a-fA-F]/;

/** True when `text` is a prefix (possibly all) of a valid JSON text. */
export function isJsonPrefix(text: string): boolean {
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  const n = text.length;

  /** Scans a string from its opening quote; returns the index after it, or -1 if invalid, n if cut. */
  const string = (start: number): number => {
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c < 0x20) return -1;
      if (c === 0x5c) {
        if (j + 1 >= n) return n;
        const e = text[j + 1]!;
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (j + k >= n) return n;
            if (!HEX.test(text[j + k]!)) return -1;
          }
          j += 6;
        } else if ('"\\/bfnrt'.includes(e)) j += 2;
        else return -1;
      } else j++;
    }
    return n;
  };

  /** Scans a number; returns the index after it, -1 if invalid, n if it runs to the end. */
  const number = (start: number): number => {
    let j = start;
    if (text.charCodeAt(j) === 0x2d) j++;
    if (j >= n) return n;
    if (text.charCodeAt(j) === 0x30) j++;
    else if (isDigit(text.charCodeAt(j))) while (j < n && isDigit(text.charCodeAt(j))) j++;
    else return -1;
    if (j < n && text[j] === '.') {
      j++;
      if (j >= n) return n;
      if (!isDigit(text.charCodeAt(j))) return -1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    if (j < n && (text[j] === 'e' || text[j] === 'E')) {
      j++;
      if (j < n && (text[j] === '+' || text[j] === '-')) j++;
      if (j >= n) return n;
      if (!isDigit(text.charCodeAt(j))) return -1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    return j;
  };

  const literal = (start: number): number => {
    for (const word of ['true', 'false', 'null']) {
      if (word[0] !== text[start]) continue;
      for (let k = 1; k < word.length; k++) {
        if (start + k >= n) return n;
        if (text[start + k] !== word[k]) return -1;
      }
      return start + word.length;
    }
    return -1;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (WS.has(c)) {
      i++;
      continue;
    }
    const ch = text[i]!;
    switch (state) {
      case 'value':
      case 'value-or-close': {
        if (state === 'value-or-close' && ch === ']') {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (ch === '{') {
          stack.push('{');
          state = 'key-or-close';
          i++;
        } else if (ch === '[') {
          stack.push('[');
          state = 'value-or-close';
          i++;
        } else {
          const end = ch === '"' ? string(i) : ch === '-' || isDigit(c) ? number(i) : literal(i);
          if (end < 0) return false;
          i = end;
          state = 'after';
        }
        break;
      }
      case 'key-or-close':
      case 'key': {
        if (state === 'key-or-close' && ch === '}') {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (ch !== '"') return false;
        const end = string(i);
        if (end < 0) return false;
        i = end;
        state = 'colon';
        break;
      }
      case 'colon':
        if (ch !== ':') return false;
        i++;
        state = 'value';
        break;
      case 'after': {
        const top = stack.at(-1);
        if (top === undefined) return false;
        if (ch === ',') state = top === '{' ? 'key' : 'value';
        else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) stack.pop();
        else return false;
        i++;
        break;
      }
    }
  }
  return true;
}
