/**
 * Line folding as RFC 5545 §3.1 asks: content lines of at most 75 octets, continued on the next
 * line after a CRLF and one space. The `ics` library folds at 75 characters, which is up to 150
 * octets for Cyrillic text; strict importers reject such lines, so its output is unfolded and
 * folded again here by UTF-8 length, never inside a character.
 */

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Unfolds every folded line of an iCalendar text and folds it again at 75 octets. */
export function foldIcsLines(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation line holds 74 after its leading space.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}
