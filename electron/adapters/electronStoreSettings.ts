import Store from 'electron-store';
import type { SettingsPort } from '../host/ports';

/**
 * electron-store holds settings (key 'settings') and the window's bounds (key 'window') in the
 * user-data folder. Secrets never go here in plain text.
 */
export function createStore(): Store<Record<string, unknown>> {
  return new Store<Record<string, unknown>>({ name: 'caseline' });
}

export function storeSettings(store: Store<Record<string, unknown>>): SettingsPort {
  return {
    read: () => Promise.resolve(store.get('settings')),
    write: (value) => {
      store.set('settings', value);
      return Promise.resolve();
    },
  };
}
