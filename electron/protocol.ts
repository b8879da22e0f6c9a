/**
 * The app:// scheme that serves the renderer from dist/renderer. Its origin, app://caseline,
 * must never change: IndexedDB, and so every case on the machine, belongs to the origin. Never
 * file://, whose origin is shared by every file on the disk.
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './csp';
import { APP_HOST, APP_SCHEME, resolveAppPath } from './trustedUrl';

/**
 * Makes app:// a standard, secure scheme (its own origin, IndexedDB, fetch). Electron only
 * accepts this before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/** Serves `rootDir` (the built renderer) at app://caseline/, with the CSP on every page. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.hostname !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD'))
      return notFound();
    const file = resolveAppPath(url.pathname, rootDir);
    if (file === null) return notFound();
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      // A missing file rejects rather than answering 404.
      return notFound();
    }
    const headers = new Headers(response.headers);
    headers.set('X-Content-Type-Options', 'nosniff');
    if (file.endsWith('.html')) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });
}
