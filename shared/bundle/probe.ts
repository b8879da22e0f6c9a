/**
 * The first look at a parsed file: is it the kind of file expected, which version, encrypted or
 * not. Decides which schema reads the rest, and refuses a newer version before anything else.
 */
import { done, fail, type FileError, type Step } from './errors';
import { BUNDLE_FORMAT, CARD_FORMAT } from './types';

export type Probed = { readonly version: number; readonly encrypted: boolean };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Format and version of a parsed file expected to be `format`. `supported` says which versions
 * the reader knows; a higher one than all of them is 'newer-version'.
 */
export function probe(
  raw: unknown,
  format: typeof BUNDLE_FORMAT | typeof CARD_FORMAT,
  supported: readonly number[],
): Step<Probed> {
  const other = format === BUNDLE_FORMAT ? CARD_FORMAT : BUNDLE_FORMAT;
  const wrongFile = (found: unknown): FileError =>
    format === BUNDLE_FORMAT
      ? { code: 'not-a-bundle', found: found === other ? 'partner-card' : 'unknown' }
      : { code: 'not-a-partner-card', found: found === other ? 'bundle' : 'unknown' };
  if (!isPlainObject(raw) || raw.format !== format)
    return fail(wrongFile(isPlainObject(raw) ? raw.format : null));
  const version = raw.version;
  if (version === undefined) return fail({ code: 'missing-field', path: '', field: 'version' });
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return fail({ code: 'unsupported-version', version: String(JSON.stringify(version)).slice(0, 40) });
  }
  const newest = Math.max(...supported);
  if (version > newest) return fail({ code: 'newer-version', version, supported: newest });
  if (!supported.includes(version)) return fail({ code: 'unsupported-version', version: String(version) });
  return done({ version, encrypted: raw.encrypted === true });
}
