/** Argument checks for host handlers: everything from the renderer is untrusted. */
import {
  isExportKind,
  type FileFilter,
  type OpenFileRequest,
  type PrintPdfRequest,
  type SaveFileRequest,
} from '../../shared/ipc';

const MAX_NAME = 255;
/** Largest text or base64 payload a save may carry (a full case bundle or PDF fits easily). */
export const MAX_SAVE_CHARS = 200 * 1024 * 1024;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isShortText(v: unknown, max = MAX_NAME): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** A file name with no folder part, so a renderer cannot suggest a path elsewhere on disk. */
export function isPlainFileName(v: unknown): v is string {
  return isShortText(v) && v.trim() !== '' && !/[\\/\0]/.test(v) && v !== '.' && v !== '..';
}

function isFilters(v: unknown): v is readonly FileFilter[] {
  return (
    Array.isArray(v) &&
    v.length <= 10 &&
    v.every(
      (f) =>
        isRecord(f) &&
        isShortText(f.name, 100) &&
        Array.isArray(f.extensions) &&
        // 'caseline-partner' is the longest the app uses.
        f.extensions.every((x) => typeof x === 'string' && /^[a-z0-9*-]{1,20}$/i.test(x)),
    )
  );
}

/** Absent, or one of the kinds the host remembers a folder for. */
function isKind(v: unknown): boolean {
  return v === undefined || isExportKind(v);
}

export function isSaveRequest(v: unknown): v is SaveFileRequest {
  return (
    isRecord(v) &&
    isKind(v.kind) &&
    isShortText(v.title) &&
    isPlainFileName(v.suggestedName) &&
    isFilters(v.filters) &&
    (v.encoding === 'utf8' || v.encoding === 'base64') &&
    typeof v.content === 'string' &&
    v.content.length <= MAX_SAVE_CHARS
  );
}

export function isOpenRequest(v: unknown): v is OpenFileRequest {
  return (
    isRecord(v) &&
    isShortText(v.title) &&
    isFilters(v.filters) &&
    typeof v.maxBytes === 'number' &&
    Number.isInteger(v.maxBytes) &&
    v.maxBytes > 0
  );
}

export function isPrintPdfRequest(v: unknown): v is PrintPdfRequest {
  return (
    isRecord(v) &&
    isKind(v.kind) &&
    isShortText(v.title) &&
    isPlainFileName(v.suggestedName) &&
    typeof v.landscape === 'boolean'
  );
}
