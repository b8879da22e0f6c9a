/**
 * Which URLs the app may load or open, and which file an app:// request may read. Pure (no
 * 'electron' import), so it is tested against hostile input without Electron. The renderer
 * lives at app://caseline/ and nowhere else.
 */
import { resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'caseline';
/** Never change it: IndexedDB, and so every case on the machine, belongs to this origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Hosts that links in the app may open in the system browser (https only). Empty: Caseline
 * links to nothing outside itself today. Add an exact host name here, with a test, never a
 * pattern (e.g. the user guide's 'help.caseline.kz').
 */
export const EXTERNAL_HOSTS: readonly string[] = [];

/** Whitespace or control characters, which URL parsers silently strip (`app://case\tline`). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const CONTROL = /[\u0000-\u0020\u007f-\u009f]/;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || CONTROL.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for `app://caseline/…`, spelled exactly so: no lookalike host
 * (`app://caseline.evil`), no user or port (`app://caseline@evil`, `app://caseline:1`), no
 * case tricks, and no other scheme (`javascript:`, `file:`, `data:`, `blob:` …).
 */
export function isAppUrl(url: unknown): boolean {
  const u = parse(url);
  return (
    u !== null &&
    (url as string).startsWith(`${APP_ORIGIN}/`) &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.username === '' &&
    u.password === '' &&
    u.port === ''
  );
}

/**
 * The allow-list for `shell.openExternal`: https to one of `allowList`'s hosts, with no user,
 * password or port. Everything else (http, mailto:, file:, custom schemes) is refused.
 */
export function isAllowedExternalUrl(url: unknown, allowList: readonly string[] = EXTERNAL_HOSTS): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    allowList.includes(u.hostname)
  );
}

/** Schemes that leave the machine. The app itself never uses one; see security.ts. */
const NETWORK_SCHEMES: readonly string[] = ['http:', 'https:', 'ws:', 'wss:', 'ftp:'];

/**
 * True for a URL that would go over the network, whatever its host (loopback included: a local
 * server is still not the app). Local schemes (app:, file:, data:, blob:, devtools:) are not
 * network requests; what they may load is decided by the protocol handler and the CSP. An
 * unparseable URL counts as network, so it is refused rather than let through.
 */
export function isNetworkUrl(url: unknown): boolean {
  const u = parse(url);
  return u === null || NETWORK_SCHEMES.includes(u.protocol);
}

/**
 * The file under `rootDir` that an app://caseline request path names, or null when the path
 * could reach outside the folder: `..` (also percent-encoded), encoded slashes, backslashes,
 * NUL and other control characters, colons (Windows drives and streams). A path whose last
 * segment has no extension is a route of the single-page app and gets index.html.
 */
export function resolveAppPath(urlPath: string, rootDir: string): string | null {
  if (/%(2f|5c|00)/i.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
  if (/[\u0000-\u001f\u007f\\:]/.test(decoded)) return null;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '.' || p === '..')) return null;
  const last = parts.at(-1);
  const rel = last === undefined || !last.includes('.') ? 'index.html' : parts.join('/');
  const root = resolve(rootDir);
  const file = resolve(root, rel);
  return file.startsWith(root + sep) ? file : null;
}
