/**
 * The one contract between the renderer and the host, in both directions:
 * - calls (renderer → host): `HostContract`, every call taking at most one argument and
 *   returning a Result instead of throwing;
 * - events (host → renderer): `HostEvents`, each a payload checked on arrival.
 * Both name lists are data, so the Electron preload, the main-process registration and the e2e
 * bridge are generated from them; adding a call or an event that is not listed, or has no
 * handler or payload check, fails to compile.
 */
import type { Result } from './result';
import type { AgencyDetails, AgencyIdentity } from './identity';
import type { Settings, SettingsPatch } from './settings';
import type { WrappedKey } from './crypto/passphrase';
import type { ChainLink } from './audit/chain';
import type { Account, EncryptionState, KeyringState } from './keyring';
import type { Role } from './session/roles';
import { isCommandId, type CommandId } from './commands';

export type FileFilter = { readonly name: string; readonly extensions: readonly string[] };

/** The settings file could not be read at start: it was moved aside and defaults were used. */
export type SettingsRecovered = {
  /** Where the unreadable file now is, untouched, for support to look at. */
  readonly movedTo: string;
};

export type AppInfo = {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  /** Where settings and case data live on this machine. */
  readonly dataPath: string;
  /** 'electron' in the app, 'test' under the e2e harness. */
  readonly shell: 'electron' | 'test';
  /** Set when this start found the settings file unreadable; the UI tells the user. */
  readonly settingsRecovered: SettingsRecovered | null;
};

/**
 * Kinds of document the app saves. The host remembers, per kind, the folder the user last saved
 * one to, and opens the next save dialog there (a meeting pack goes where meeting packs went).
 */
export const EXPORT_KINDS = [
  'case-summary',
  'meeting-pack',
  'minutes',
  'chronology',
  'action-register',
  'calendar',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export function isExportKind(value: unknown): value is ExportKind {
  return typeof value === 'string' && (EXPORT_KINDS as readonly string[]).includes(value);
}

export type SaveFileRequest = {
  /** What is saved; the dialog opens in the folder the last one of this kind went to. */
  readonly kind?: ExportKind;
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
  /** What is printed; the dialog opens in the folder the last one of this kind went to. */
  readonly kind?: ExportKind;
  readonly title: string;
  readonly suggestedName: string;
  readonly landscape: boolean;
};

/** Every call: its argument and its result. Saved-file answers are null when the user cancelled. */
export type HostContract = {
  'settings-get': { arg: undefined; result: Settings };
  'settings-set': { arg: SettingsPatch; result: Settings };
  'app-info': { arg: undefined; result: AppInfo };
  'file-save': { arg: SaveFileRequest; result: { path: string } | null };
  'file-open': { arg: OpenFileRequest; result: OpenedFile | null };
  'print-pdf': { arg: PrintPdfRequest; result: { path: string; bytes: number } | null };
  'print-dialog': { arg: undefined; result: boolean };
  /** This office's public identity; null before first-run setup. */
  'identity-get': { arg: undefined; result: AgencyIdentity | null };
  /**
   * Creates the identity and its signing key. `agencyId` keeps the agency of a workspace whose
   * identity file was lost (its partners are warned of the new key); refused if one exists.
   */
  'identity-create': {
    arg: { readonly details: AgencyDetails; readonly agencyId?: string };
    result: AgencyIdentity;
  };
  /** Renames the agency or changes its kind or district; the id and keys stay. */
  'identity-update': { arg: AgencyDetails; result: AgencyIdentity };
  /** Signs a bundle's small signed header (base64 in, base64 signature out). */
  'identity-sign': { arg: { readonly bytes: string }; result: { readonly signature: string } };

  /** The staff accounts with their wrapped keys (for signing in); null before the first one. */
  'keyring-get': { arg: undefined; result: KeyringState | null };
  /**
   * The first account, an administrator, signed in at once. `hostKey` (base64, 32 bytes) is the
   * session's host key (electron/host/hostKeys.ts); `encryption` is 'pending' when data written
   * before accounts existed is still to be encrypted.
   */
  'keyring-create': {
    arg: {
      readonly name: string;
      readonly wrappedKey: WrappedKey;
      readonly hostKey: string;
      readonly encryption: EncryptionState;
    };
    result: { readonly state: KeyringState; readonly account: Account };
  };
  /** Signs an account in: its passphrase unwrapped the data key, from which `hostKey` came. */
  'session-open': { arg: { readonly accountId: string; readonly hostKey: string }; result: Account };
  /** The app locked or signed out: the host forgets the session's keys. */
  'session-close': { arg: undefined; result: null };
  /** An administrator adds a staff member (their wrapped copy of the data key made in the renderer). */
  'account-add': {
    arg: { readonly name: string; readonly role: Role; readonly wrappedKey: WrappedKey };
    result: Account;
  };
  /** An administrator renames an account, changes its role, or switches it off or on. */
  'account-update': {
    arg: { readonly id: string; readonly name?: string; readonly role?: Role; readonly active?: boolean };
    result: Account;
  };
  /** A new passphrase: one's own, or an administrator's reset of someone else's. */
  'account-set-key': { arg: { readonly id: string; readonly wrappedKey: WrappedKey }; result: Account };
  /** Data written before accounts existed is now all encrypted. */
  'encryption-complete': { arg: undefined; result: KeyringState };

  /** The audit chain's newest link as the host keeps it (null: none yet). */
  'audit-head-get': { arg: undefined; result: ChainLink | null };
  /** Moves the kept head forward after records were appended; an older link is refused. */
  'audit-head-set': { arg: ChainLink; result: ChainLink };

  /** Asks where to save a backup and starts writing it; null when the user cancelled. */
  'backup-begin': {
    arg: { readonly title: string; readonly suggestedName: string };
    result: { readonly id: string; readonly path: string } | null;
  };
  /** Appends text (whole lines) to the backup being written. */
  'backup-write': { arg: { readonly id: string; readonly text: string }; result: null };
  /** Makes the backup durable, puts it in place and records when it was made. */
  'backup-finish': {
    arg: { readonly id: string; readonly createdAt: string };
    result: { readonly path: string; readonly bytes: number };
  };
  /** Stops a backup and removes the partial file. */
  'backup-abort': { arg: { readonly id: string }; result: null };
  /** What a backup carries of the host's files (an administrator's session): keys wrapped, no keychain seal. */
  'backup-host-files': { arg: undefined; result: { readonly keyring: unknown; readonly identity: unknown } };
  /** Asks for a backup file to read; null when the user cancelled. */
  'backup-open': {
    arg: { readonly title: string };
    result: { readonly id: string; readonly name: string; readonly bytes: number } | null;
  };
  /** The next whole lines of a backup being read; `done` at its end. */
  'backup-read': {
    arg: { readonly id: string; readonly maxChars: number };
    result: { readonly lines: readonly string[]; readonly done: boolean; readonly readBytes: number };
  };
  'backup-close': { arg: { readonly id: string }; result: null };
  /**
   * A restore is about to write into this empty installation: the host notes which file, so a
   * restore interrupted at any point is finished (or undone) on the next start.
   */
  'restore-begin': { arg: { readonly id: string; readonly backupId: string }; result: null };
  /** A restore that was interrupted, if any: the file it was reading. */
  'restore-status': { arg: undefined; result: { readonly backupId: string; readonly name: string } | null };
  /** Opens again the file of the interrupted restore, to finish it. */
  'restore-reopen': {
    arg: undefined;
    result: { readonly id: string; readonly name: string; readonly bytes: number };
  };
  /** Writes the backup's staff accounts, identity and settings; the restore is complete. */
  'restore-finish': {
    arg: {
      readonly keyring: unknown;
      readonly identity: unknown;
      readonly settings: unknown;
      readonly backupAt: string;
    };
    result: { readonly identity: AgencyIdentity; readonly keyring: KeyringState };
  };
  /** Gives up an interrupted restore (the renderer has emptied the database again). */
  'restore-cancel': { arg: undefined; result: null };
};

export const HOST_METHODS = [
  'settings-get',
  'settings-set',
  'app-info',
  'file-save',
  'file-open',
  'print-pdf',
  'print-dialog',
  'identity-get',
  'identity-create',
  'identity-update',
  'identity-sign',
  'keyring-get',
  'keyring-create',
  'session-open',
  'session-close',
  'account-add',
  'account-update',
  'account-set-key',
  'encryption-complete',
  'audit-head-get',
  'audit-head-set',
  'backup-begin',
  'backup-write',
  'backup-finish',
  'backup-abort',
  'backup-host-files',
  'backup-open',
  'backup-read',
  'backup-close',
  'restore-begin',
  'restore-status',
  'restore-reopen',
  'restore-finish',
  'restore-cancel',
] as const satisfies readonly (keyof HostContract)[];

export type HostMethod = (typeof HOST_METHODS)[number];

// Fails to compile if a contract entry is missing from the list.
type MissingMethod = Exclude<keyof HostContract, HostMethod>;
const everyMethodListed: MissingMethod extends never ? true : never = true;
void everyMethodListed;

export type HostResult<K extends HostMethod> = Promise<Result<HostContract[K]['result']>>;

/** How the renderer calls the host: one typed function, by method name. */
export type HostInvoke = <K extends HostMethod>(method: K, arg: HostContract[K]['arg']) => HostResult<K>;

/**
 * The host's side of every call, which `electron/host/createHost` must satisfy. Arguments arrive
 * as `unknown`: the renderer is untrusted, so each handler validates its own.
 */
export type HostHandlers = { readonly [K in HostMethod]: (arg: unknown) => HostResult<K> };

/** What both transports call: a handler by name, with an argument not yet checked. */
export type HostDispatch = <K extends HostMethod>(method: K, arg: unknown) => HostResult<K>;

export function isHostMethod(value: unknown): value is HostMethod {
  return typeof value === 'string' && (HOST_METHODS as readonly string[]).includes(value);
}

/** Why the host asks the app to lock: the power monitor's event of the same name. */
export const SYSTEM_LOCK_REASONS = ['suspend', 'lock-screen'] as const;
export type SystemLockReason = (typeof SYSTEM_LOCK_REASONS)[number];

/** Every event the host sends the renderer, with its payload. */
export type HostEvents = {
  /** A command chosen in the application menu (shared/commands.ts). */
  'menu-command': CommandId;
  /** The computer is going to sleep or its screen was locked: the app should lock too. */
  'system-lock': { readonly reason: SystemLockReason };
};

export const HOST_EVENTS = ['menu-command', 'system-lock'] as const satisfies readonly (keyof HostEvents)[];

export type HostEvent = (typeof HOST_EVENTS)[number];

// Fails to compile if an event is missing from the list.
type MissingEvent = Exclude<keyof HostEvents, HostEvent>;
const everyEventListed: MissingEvent extends never ? true : never = true;
void everyEventListed;

function isSystemLock(value: unknown): value is HostEvents['system-lock'] {
  return (
    typeof value === 'object' &&
    value !== null &&
    'reason' in value &&
    (SYSTEM_LOCK_REASONS as readonly unknown[]).includes(value.reason)
  );
}

/**
 * The check each event's payload passes before a listener sees it. The preload runs it, so a
 * message on an event's channel that does not fit the contract never reaches the page's code.
 */
export const HOST_EVENT_PAYLOADS: { readonly [E in HostEvent]: (value: unknown) => value is HostEvents[E] } =
  {
    'menu-command': isCommandId,
    'system-lock': isSystemLock,
  };

export function isHostEvent(value: unknown): value is HostEvent {
  return typeof value === 'string' && (HOST_EVENTS as readonly string[]).includes(value);
}

/** Subscribes to one host event; returns the unsubscribe function. */
export type HostSubscribe = <E extends HostEvent>(
  event: E,
  listener: (payload: HostEvents[E]) => void,
) => () => void;

/** What the preload exposes as `window.caseline` (and the e2e harness, from the same lists). */
export type CaselineBridge = {
  readonly invoke: HostInvoke;
  readonly on: HostSubscribe;
};
