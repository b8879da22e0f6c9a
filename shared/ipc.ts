/**
 * The one contract between the renderer and the host. Every call takes at most one argument
 * and returns a Result instead of throwing. The method list is data, so the Electron preload,
 * the main-process registration and the test bridge are all generated from it and cannot drift.
 */
import type { Result } from './result';
import type { Settings, SettingsPatch } from './settings';
import type { CommandId } from './commands';

export type FileFilter = { readonly name: string; readonly extensions: readonly string[] };

export type AppInfo = {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  /** Where settings and case data live on this machine. */
  readonly dataPath: string;
  /** 'electron' in the app, 'test' under the e2e harness. */
  readonly shell: 'electron' | 'test';
};

export type SaveFileRequest = {
  readonly title: string;
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
  /** Text is written as UTF-8; base64 for binary content. */
  readonly content: string;
  readonly encoding: 'utf8' | 'base64';
};

export type OpenFileRequest = {
  readonly title: string;
  readonly filters: readonly FileFilter[];
  /** Larger files are refused before they are read. */
  readonly maxBytes: number;
};

export type OpenedFile = { readonly name: string; readonly content: string; readonly bytes: number };

export type PrintPdfRequest = {
  readonly title: string;
  readonly suggestedName: string;
  readonly landscape: boolean;
};

/** Saved-file answers are null when the user cancelled the dialog. */
export type HostContract = {
  'settings-get': { arg: undefined; result: Settings };
  'settings-set': { arg: SettingsPatch; result: Settings };
  'app-info': { arg: undefined; result: AppInfo };
  'file-save': { arg: SaveFileRequest; result: { path: string } | null };
  'file-open': { arg: OpenFileRequest; result: OpenedFile | null };
  'print-pdf': { arg: PrintPdfRequest; result: { path: string; bytes: number } | null };
  'print-dialog': { arg: undefined; result: boolean };
};

export const HOST_METHODS = [
  'settings-get',
  'settings-set',
  'app-info',
  'file-save',
  'file-open',
  'print-pdf',
  'print-dialog',
] as const satisfies readonly (keyof HostContract)[];

export type HostMethod = (typeof HOST_METHODS)[number];

// Fails to compile if a contract entry is missing from the list.
type Missing = Exclude<keyof HostContract, HostMethod>;
const everyMethodListed: Missing extends never ? true : never = true;
void everyMethodListed;

export type HostApi = {
  readonly [K in HostMethod]: (arg: HostContract[K]['arg']) => Promise<Result<HostContract[K]['result']>>;
};

/** The channel a menu command travels on from the main process to the renderer. */
export const COMMAND_CHANNEL = 'command-run';

/** What the preload exposes as `window.caseline`. */
export type CaselineBridge = HostApi & {
  /** Subscribes to commands chosen in the application menu; returns an unsubscribe function. */
  readonly onCommand: (listener: (id: CommandId) => void) => () => void;
};

export function isHostMethod(value: unknown): value is HostMethod {
  return typeof value === 'string' && (HOST_METHODS as readonly string[]).includes(value);
}
