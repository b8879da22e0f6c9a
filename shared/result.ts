/** Error codes a host call can return; the renderer maps each to a message in the user's language. */
export const HOST_ERROR_CODES = [
  'invalid-argument',
  'file-too-large',
  'file-not-found',
  'file-unreadable',
  'file-unwritable',
  'print-failed',
  'settings-invalid',
  'identity-exists',
  'identity-missing',
  'identity-unreadable',
  'identity-key-unavailable',
  'identity-locked',
  // Staff accounts and sessions
  'keyring-exists',
  'keyring-missing',
  'keyring-unreadable',
  'not-signed-in',
  'not-permitted',
  'account-unknown',
  'account-inactive',
  'account-altered',
  'host-key-wrong',
  'last-administrator',
  'name-taken',
  'audit-head-behind',
  // Backups
  'backup-unreadable',
  'not-empty',
  'internal',
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export type HostError = { readonly code: HostErrorCode; readonly message: string };

/** What every host call returns instead of throwing across the bridge. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: HostErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** For exhaustive switches: a new union member becomes a compile error here. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
