import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

type Handler = (request: { url: string; method: string }) => Promise<Response>;

// Electron's protocol and net modules, faked: net.fetch reads the file as Electron's would.
const electron = vi.hoisted(() => ({
  privileged: [] as unknown[],
  handlers: new Map<string, unknown>(),
  fetched: [] as string[],
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: unknown) => electron.handlers.set(scheme, handler),
  },
  net: {
    fetch: async (url: string) => {
      electron.fetched.push(url);
      const body = await readFile(fileURLToPath(url));
      const type = url.endsWith('.html') ? 'text/html' : 'text/javascript';
      return new Response(body, { headers: { 'Content-Type': type } });
    },
  },
}));

const { registerAppScheme, serveRenderer } = await import('./protocol');

let root: string;
let outside: string;
let handle: Handler;

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'caseline-protocol-'));
  root = join(outside, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Caseline</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(join(outside, 'secret.txt'), 'not for the page');
  serveRenderer(root);
  handle = electron.handlers.get('app') as Handler;
});
afterAll(() => rm(outside, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle({ url, method });

describe('app:// scheme', () => {
  it('is registered as a standard, secure scheme with fetch, and nothing more', () => {
    registerAppScheme();
    expect(electron.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the page with the content security policy', async () => {
    const r = await get('app://caseline/index.html');
    expect(r.status).toBe(200);
    expect(r.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await r.text()).toContain('<title>Caseline</title>');
  });

  it('serves assets as they are, and answers index.html for a route', async () => {
    const js = await get('app://caseline/assets/app.js');
    expect(await js.text()).toBe('export {};');
    expect(js.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const route = await get('app://caseline/cases/0190a6b2-7c1d-7000-8000-000000000001');
    expect(route.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await route.text()).toContain('<title>Caseline</title>');
  });

  it('answers 404 for a missing file, another host, a path out of the folder or a write', async () => {
    electron.fetched.length = 0;
    expect((await get('app://caseline/assets/missing.js')).status).toBe(404);
    for (const url of [
      'app://caseline/../secret.txt',
      'app://caseline/%2e%2e/secret.txt',
      'app://caseline/assets%2f..%2f..%2fsecret.txt',
      'app://other/index.html',
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(await r.text()).not.toContain('not for the page');
    }
    expect((await get('app://caseline/index.html', 'POST')).status).toBe(404);
    // The URL parser itself folds '..' and '%2e%2e' away; whatever was read was in the folder.
    for (const url of electron.fetched) expect(fileURLToPath(url).startsWith(root + sep), url).toBe(true);
  });
});
