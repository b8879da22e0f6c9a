import { screen, type BrowserWindow } from 'electron';
import type Store from 'electron-store';
import { readWindowState, visibleBounds, type Bounds } from './windowBounds';

const KEY = 'window';

/** Bounds to open with: the saved ones if still on a screen. */
export function savedBounds(store: Store<Record<string, unknown>>): {
  bounds: Bounds | null;
  maximized: boolean;
} {
  const state = readWindowState(store.get(KEY));
  if (!state) return { bounds: null, maximized: false };
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  return { bounds: visibleBounds(state.bounds, displays), maximized: state.maximized };
}

/** Saves bounds shortly after a move or resize, and when the window closes. */
export function rememberBounds(window: BrowserWindow, store: Store<Record<string, unknown>>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    store.set(KEY, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
