/**
 * Invisible characters in typed or imported text. Bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069) can make a name read backwards on screen and in print; NUL and other control
 * characters cannot be seen at all. Forms refuse them with a message that says what and where;
 * screens show any that are already stored as visible marks, so text never silently changes
 * meaning or loses a character.
 */

/** Tab, line feed and carriage return are ordinary text; every other C0/C1 control is not. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** One invisible character in a text: its code point (e.g. 'U+202E') and index. */
export type InvisibleChar = { readonly codePoint: string; readonly index: number };

function codePointOf(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every invisible control character in `text`, in order. */
export function invisibleChars(text: string): InvisibleChar[] {
  return [...text.matchAll(INVISIBLE)].map((m) => ({ codePoint: codePointOf(m[0]), index: m.index }));
}

/**
 * Whether `text` holds any invisible control character. `search` neither reads nor leaves the
 * shared pattern's lastIndex (test would, and matchAll copies it: a later invisibleChars would
 * then skip the characters before it).
 */
export function hasInvisibleChars(text: string): boolean {
  return text.search(INVISIBLE) !== -1;
}

/** The text with invisible control characters removed (what a user may choose to keep). */
export function withoutInvisibleChars(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** A piece of text to show: plain text, or an invisible character made visible. */
export type TextPart = { readonly text: string } | { readonly invisible: string };

/** Splits text into plain runs and invisible characters, so a screen can mark the latter. */
export function visibleParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ invisible: codePointOf(m[0]) });
    last = m.index + m[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}
