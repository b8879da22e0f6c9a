/**
 * Which URLs the app may load or open. Pure, so it is tested against hostile input without
 * Electron. The renderer lives at app://caseline/ and nowhere else.
 */
import { normalize, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'caseline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Sites that links in the app may open in the system browser. Empty: Caseline links to nothing
 * outside itself. Add a host here (https only) and a test with it, never a pattern.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for app://caseline/… with no user, password or port tricks. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    url.toLowerCase().startsWith(`${APP_ORIGIN}/`)
  );
}

export function isAllowedExternalUrl(
  url: string,
  allowList: readonly string[] = EXTERNAL_ALLOW_LIST,
): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    allowList.includes(u.hostname)
  );
}

/**
 * The file under `rootDir` for a request path of app://caseline, or null. Refuses anything that
 * could leave the folder: '..' (also percent-encoded), backslashes, NUL, encoded slashes.
 */
export function resolveAppPath(urlPath: string, rootDir: string): string | null {
  if (/%2f|%5c|%00/i.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return null;
  const rel = parts.length === 0 ? 'index.html' : parts.join('/');
  const root = resolve(rootDir);
  const file = normalize(resolve(root, rel));
  return file.startsWith(root + sep) ? file : null;
}
