import { useEffect } from 'react';

/**
 * Which screen the app shows, on `<html data-app-state>`: the e2e harness and the benchmarks
 * wait on it ('ready' is the app proper; 'setup', 'account', 'sign-in', 'locked', 'encrypting',
 * 'restore', 'identity' and 'problem' the screens before it).
 */
export function useAppState(name: string): void {
  useEffect(() => {
    document.documentElement.dataset.appState = name;
  }, [name]);
}
