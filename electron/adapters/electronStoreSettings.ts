/**
 * The host's store: one JSON file (caseline.json) in the user-data folder, written atomically by
 * electron-store. It holds the settings (key 'settings', what the renderer sees through
 * settings-get/-set) and the window's bounds (key 'window', windowState.ts), nothing else.
 * Secrets never go here in plain text.
 */
import { join } from 'node:path';
import Store from 'electron-store';
import type { SettingsRecovered } from '../../shared/ipc';
import type { SettingsPort } from '../host/ports';
import { isPlainObject, setAsideIfUnreadable } from '../host/settingsFile';
import type { KeyValueStore } from '../windowState';

const SETTINGS_KEY = 'settings';
export const STORE_FILE = 'caseline.json';

export type HostStore = KeyValueStore;

/** A store file the app can use: an object, whose settings, if there are any, are an object too. */
export function isStoreFile(parsed: unknown): boolean {
  return isPlainObject(parsed) && (parsed[SETTINGS_KEY] === undefined || isPlainObject(parsed[SETTINGS_KEY]));
}

/**
 * Opens the store in `userDataDir`. A file that is not a usable store is first moved aside and
 * reported (host/settingsFile.ts), never cleared: electron-store's `clearInvalidConfig` would
 * wipe it silently, so it stays off, and a file that still cannot be read fails the start-up
 * with its reason.
 */
export async function openStore(
  userDataDir: string,
  now: Date,
): Promise<{ store: HostStore; recovered: SettingsRecovered | null }> {
  const recovered = await setAsideIfUnreadable(join(userDataDir, STORE_FILE), now, isStoreFile);
  const store = new Store<Record<string, unknown>>({
    name: 'caseline',
    cwd: userDataDir,
    clearInvalidConfig: false,
  });
  return { store, recovered };
}

/** The SettingsPort of the host handlers over the store's 'settings' key. */
export function storeSettings(store: HostStore, recovered: SettingsRecovered | null): SettingsPort {
  return {
    recovered,
    read: () => Promise.resolve(store.get(SETTINGS_KEY)),
    write: (value) => {
      store.set(SETTINGS_KEY, value);
      return Promise.resolve();
    },
  };
}
