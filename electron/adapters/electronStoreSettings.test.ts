import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// electron-store is conf with Electron's folders and `name` for conf's `configName`; conf
// stands in for it, so the file handling is the real one without an Electron binary.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  return {
    default: class extends Conf<Record<string, unknown>> {
      constructor({ name, ...options }: { name: string; cwd: string; clearInvalidConfig: boolean }) {
        super({ ...options, configName: name, projectName: 'caseline' });
      }
    },
  };
});
const { isStoreFile, openStore, STORE_FILE, storeSettings } = await import('./electronStoreSettings');

let dir: string;
const NOW = new Date('2025-03-01T09:05:07.123Z');
const MOVED = `${STORE_FILE}.corrupt-20250301T090507123Z`;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseline-store-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('reads and writes the settings of a sound file, and reports nothing', async () => {
    await writeFile(join(dir, STORE_FILE), JSON.stringify({ settings: { language: 'kk' }, window: {} }));
    const { store, recovered } = await openStore(dir, NOW);
    const settings = storeSettings(store, recovered);
    expect(settings.recovered).toBeNull();
    expect(await settings.read()).toEqual({ language: 'kk' });
    await settings.write({ language: 'en' });
    expect(JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'))).toMatchObject({
      settings: { language: 'en' },
    });
  });

  it('moves an unreadable file aside untouched instead of clearing it, and reports where', async () => {
    const text = '{"settings": {"language": "kk", "staffName": "Дана"';
    await writeFile(join(dir, STORE_FILE), text);
    const { store, recovered } = await openStore(dir, NOW);
    expect(recovered).toEqual({ movedTo: join(dir, MOVED) });
    expect(await readFile(join(dir, MOVED), 'utf8')).toBe(text);
    const settings = storeSettings(store, recovered);
    expect(await settings.read()).toBeUndefined();
    await settings.write({ language: 'ru' });
    expect((await readdir(dir)).sort()).toEqual([STORE_FILE, MOVED]);
    expect(await readFile(join(dir, MOVED), 'utf8')).toBe(text);
  });

  it('never lets the store clear a file it cannot read', async () => {
    const { store } = await openStore(dir, NOW);
    store.set('settings', { language: 'kk' });
    await writeFile(join(dir, STORE_FILE), '{"settings": {"lang');
    expect(() => store.get('settings')).toThrow(SyntaxError);
    expect(await readFile(join(dir, STORE_FILE), 'utf8')).toBe('{"settings": {"lang');
  });

  it('moves aside a file whose settings are not settings, which the store would read as none', async () => {
    await writeFile(join(dir, STORE_FILE), JSON.stringify({ settings: 'ru' }));
    expect((await openStore(dir, NOW)).recovered).toEqual({ movedTo: join(dir, MOVED) });
  });
});

describe('isStoreFile', () => {
  it('accepts an object with object settings or none', () => {
    expect(isStoreFile({})).toBe(true);
    expect(isStoreFile({ window: { bounds: null } })).toBe(true);
    expect(isStoreFile({ settings: {} })).toBe(true);
    for (const bad of [null, [], 'x', 1, { settings: null }, { settings: [] }, { settings: 'ru' }])
      expect(isStoreFile(bad), JSON.stringify(bad)).toBe(false);
  });
});
