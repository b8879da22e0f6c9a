/**
 * From file content to a parsed JSON value: the size limit first (before any parsing), then
 * UTF-8, a leading byte-order mark dropped (Notepad writes one), JSON.parse, and on failure the
 * difference between a file cut short and one that never was JSON.
 */
import { fromUtf8 } from '../crypto/encoding';
import { done, fail, type Step } from './errors';
import { isJsonPrefix } from './jsonPrefix';

/** UTF-8 length of `text`, counting no further than `stop` (enough to compare with a limit). */
function utf8Length(text: string, stop: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The size of file content in bytes: exact when it matters for `max`, a lower bound above it. */
export function byteSize(input: string | Uint8Array, max: number): number {
  if (typeof input !== 'string') return input.length;
  // Every UTF-16 code unit is at least one byte and at most three.
  if (input.length > max) return input.length;
  if (input.length * 3 <= max) return utf8Length(input, Number.POSITIVE_INFINITY);
  return utf8Length(input, max);
}

/** Text of file content; null when bytes are not UTF-8. */
export function fileText(input: string | Uint8Array): string | null {
  const text = typeof input === 'string' ? input : fromUtf8(input);
  if (text === null) return null;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON text; a failure is 'truncated' when the text is the start of valid JSON. */
export function parseJson(text: string): Step<unknown> {
  try {
    return done(JSON.parse(text) as unknown);
  } catch {
    return fail({ code: isJsonPrefix(text) ? 'truncated' : 'not-json' });
  }
}

/** Size check, decoding and parsing of a whole file. */
export function parseFile(input: string | Uint8Array, max: number): Step<unknown> {
  const size = byteSize(input, max);
  if (size > max) return fail({ code: 'too-large', size, max });
  const text = fileText(input);
  if (text === null) return fail({ code: 'not-json' });
  return parseJson(text);
}
