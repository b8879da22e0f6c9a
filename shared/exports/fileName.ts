/**
 * File names for saved documents: what it is, the case reference or meeting day, the audience
 * and the date it was made, e.g. 'POL-2026-0042_сводка_2026-03-12.pdf'. Letters of every script
 * are kept (a Kazakh or Russian word reads as itself in a folder), as are digits, '-' and '_';
 * anything else a file system or a mail program could stumble on (slashes, colons, quotes,
 * control characters, dots inside a part) becomes '-'. A name never starts with a dot, is never
 * a reserved Windows device name, and stays well under every file system's limit.
 */
import type { CalendarDate } from '../dates';

/** Longest name in UTF-8 bytes, extension included (255 is the common limit; leave room to spare). */
export const MAX_FILE_BYTES = 200;

const encoder = new TextEncoder();

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** One part of a name: letters, digits, '-' and '_' only, runs of anything else as one '-'. */
export function safePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

/**
 * A file name from its parts (empty ones are skipped), joined with '_', the day it was made and
 * the extension ('pdf', 'csv', 'ics'). Too long a name is cut in its parts, never in the date or
 * the extension.
 */
export function exportFileName(parts: readonly string[], madeOn: CalendarDate, extension: string): string {
  const ext = safePart(extension).toLowerCase() || 'txt';
  const tail = `_${madeOn}.${ext}`;
  let head = parts
    .map(safePart)
    .filter((p) => p !== '')
    .join('_');
  if (head === '' || WINDOWS_RESERVED.test(head)) head = `caseline${head === '' ? '' : `_${head}`}`;
  let room = MAX_FILE_BYTES - encoder.encode(tail).length;
  // Cut by code points, so a letter outside the Basic Multilingual Plane is never split.
  let cut = '';
  for (const ch of head) {
    room -= encoder.encode(ch).length;
    if (room < 0) break;
    cut += ch;
  }
  return `${cut.replace(/[-_]+$/, '')}${tail}`;
}
