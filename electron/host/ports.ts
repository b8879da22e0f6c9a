/**
 * What the host handlers need from the outside world. The app fills these with Electron
 * adapters (electron/adapters); the e2e harness and unit tests fill them with test doubles.
 */
import type { FileFilter } from '../../shared/ipc';

export type SettingsPort = {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
};

export type DialogPort = {
  /** Absolute path chosen to save to, or null when cancelled. */
  chooseSavePath(opts: {
    title: string;
    suggestedName: string;
    filters: readonly FileFilter[];
  }): Promise<string | null>;
  /** Absolute path chosen to open, or null when cancelled. */
  chooseOpenPath(opts: { title: string; filters: readonly FileFilter[] }): Promise<string | null>;
};

export type PrinterPort = {
  /** Renders the current window to PDF with the Chromium print engine. */
  toPdf(opts: { landscape: boolean }): Promise<Uint8Array>;
  /** Opens the system print dialog; false when the user cancelled. */
  print(): Promise<boolean>;
};

export type AppPort = {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly dataPath: string;
  readonly shell: 'electron' | 'test';
};

export type LogPort = {
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
};

export type HostPorts = {
  readonly settings: SettingsPort;
  readonly dialogs: DialogPort;
  readonly printer: PrinterPort;
  readonly app: AppPort;
  readonly log: LogPort;
};
