/**
 * What the host handlers need from the outside world. The app fills these with Electron
 * adapters (electron/adapters); the e2e harness and unit tests fill them with test doubles.
 */
import type { JsonFilePort } from './jsonFile';
import type { SecretPort } from './identityStore';
import type { FileFilter, SettingsRecovered } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';

export type SettingsPort = {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  /** Set when the settings file was unreadable when opened and was moved aside. */
  readonly recovered: SettingsRecovered | null;
};

export type DialogPort = {
  /**
   * Absolute path chosen to save to, or null when cancelled. The dialog opens in `folder` when
   * given (the folder the last document of its kind went to), else in the user's documents.
   */
  chooseSavePath(opts: {
    title: string;
    suggestedName: string;
    filters: readonly FileFilter[];
    folder?: string | null;
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

/**
 * The host's log. `message` names what happened in fixed words; `detail` is an error (the
 * adapters keep its kind, code and stack frames, never its message, which can quote a file name
 * or file content) or a short string that holds no case data.
 */
export type LogPort = {
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
};

export type { JsonFilePort } from './jsonFile';
export type { SecretPort } from './identityStore';

export type HostPorts = {
  readonly settings: SettingsPort;
  /** This office's identity file (identity.json beside the settings). */
  readonly identityFile: JsonFilePort;
  /** The OS keychain that seals the signing key and the staff accounts' keys, or noKeychain. */
  readonly secrets: SecretPort;
  /**
   * The staff accounts (keyring.json), the audit chain's newest link (audit-head.json) and an
   * interrupted restore's note (restore.json); each defaults to that file in the data folder.
   */
  readonly keyringFile?: JsonFilePort;
  readonly auditHeadFile?: JsonFilePort;
  readonly restoreFile?: JsonFilePort;
  readonly dialogs: DialogPort;
  readonly printer: PrinterPort;
  readonly app: AppPort;
  readonly log: LogPort;
  /** Told after every saved settings change (the main process rebuilds its menu in the new language). */
  readonly onSettingsSaved?: (settings: Settings) => void;
};
