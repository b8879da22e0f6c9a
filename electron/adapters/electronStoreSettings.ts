/**
 * The host's store: one JSON file (caseline.json) in the user-data folder, written atomically by
 * electron-store. It holds the settings (key 'settings', what the renderer sees through
 * settings-get/-set) and the window's bounds (key 'window', windowState.ts), nothing else.
 * Secrets never go here in plain text.
 */
import Store from 'electron-store';
import type { SettingsPort } from '../host/ports';
import type { KeyValueStore } from '../windowState';

const SETTINGS_KEY = 'settings';

export type HostStore = KeyValueStore;

/** Opens the store. Call after the app is ready (it asks Electron for the user-data folder). */
export function createStore(): HostStore {
  return new Store<Record<string, unknown>>({
    name: 'caseline',
    // A file that is not JSON any more (a crash mid-write on an old build, a hand edit) must not
    // stop the app from starting: it is cleared, and restoreSettings fills in the defaults.
    clearInvalidConfig: true,
  });
}

/** The SettingsPort of the host handlers over the store's 'settings' key. */
export function storeSettings(store: HostStore): SettingsPort {
  return {
    read: () => Promise.resolve(store.get(SETTINGS_KEY)),
    write: (value) => {
      store.set(SETTINGS_KEY, value);
      return Promise.resolve();
    },
  };
}
