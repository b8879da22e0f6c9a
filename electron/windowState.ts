/**
 * Remembers the window's size, place and maximized state between runs. Kept in the host's store
 * under its own key ('window'), apart from the Settings the renderer sees.
 */
import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { readWindowState, visibleBounds, type Bounds } from './windowBounds';

/** The part of electron-store this needs, so tests or another store can stand in. */
export type KeyValueStore = {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
};

const KEY = 'window';
/** The first run's size, and the smallest the case screens are laid out for. */
const DEFAULT_SIZE = { width: 1360, height: 860, minWidth: 1024, minHeight: 640 } as const;
/** A resize or move fires many events; save once it has settled. */
const SAVE_DELAY_MS = 500;

/** Bounds to open with: the saved ones if still on a connected display, else null (centred). */
export function savedWindowState(store: KeyValueStore): { bounds: Bounds | null; maximized: boolean } {
  const state = readWindowState(store.get(KEY));
  if (!state) return { bounds: null, maximized: false };
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  return { bounds: visibleBounds(state.bounds, displays), maximized: state.maximized };
}

/** Saves the normal (unmaximized) bounds after a move or resize, and when the window closes. */
export function rememberWindowState(window: BrowserWindow, store: KeyValueStore): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    store.set(KEY, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}

/**
 * Creates a window at its remembered place (else centred, at the default size), keeps remembering,
 * and shows it once its first paint is ready, so it never flashes empty.
 */
export function createRememberedWindow(
  store: KeyValueStore,
  options: BrowserWindowConstructorOptions,
): BrowserWindow {
  const saved = savedWindowState(store);
  const window = new BrowserWindow({
    ...DEFAULT_SIZE,
    ...options,
    ...(saved.bounds ?? { center: true }),
    show: false,
  });
  rememberWindowState(window, store);
  window.once('ready-to-show', () => {
    if (saved.maximized) window.maximize();
    window.show();
  });
  return window;
}
