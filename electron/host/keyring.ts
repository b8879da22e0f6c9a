/**
 * The staff accounts of this office (keyring.json beside identity.json): names, roles, and each
 * account's copy of the data key wrapped under its passphrase (shared/keyring.ts). Where the
 * operating system has a real keychain, every wrapped key is sealed by it too, so a keyring
 * copied to another computer cannot even be attacked by guessing passphrases there.
 *
 * Each account record carries a MAC under a key only an unlocked session has (hostKeys.ts): a
 * role raised or an account switched back on by editing the file is found at sign-in, and that
 * account is refused until an administrator saves it again. The host also remembers who is
 * signed in, and refuses what their role does not allow (staff management, the agency identity,
 * a backup of everything), so the rule holds even if the interface had a fault.
 */
import * as v from 'valibot';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../shared/crypto/encoding';
import {
  makeKeyCheck,
  verifyKeyCheck,
  wrappedKeySchema,
  type WrappedKey,
} from '../../shared/crypto/passphrase';
import { isInstant, type Instant } from '../../shared/dates';
import { isUuid, newId } from '../../shared/ids';
import {
  accountNameProblem,
  sameName,
  type Account,
  type AccountId,
  type AccountKey,
  type KeyringState,
} from '../../shared/keyring';
import { fail, ok, type Result } from '../../shared/result';
import { mayActAs, ROLES, type Role } from '../../shared/session/roles';
import { hostKeysFrom, macMatches, macOf, type HostKeys } from './hostKeys';
import { KEY_PROTECTIONS, type SecretPort } from './identityStore';
import type { JsonFilePort } from './jsonFile';
import { serial } from './serial';

const uuid = v.custom<string>(isUuid, 'not a UUID');
const instant = v.custom<Instant>(isInstant, 'not an instant');
const name = v.custom<string>((n) => typeof n === 'string' && accountNameProblem(n) === null, 'bad name');
const hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const keyCheck = v.strictObject({
  iv: v.pipe(v.string(), v.maxLength(64)),
  tag: v.pipe(v.string(), v.maxLength(64)),
});

const accountFields = {
  id: uuid,
  name,
  role: v.picklist(ROLES),
  active: v.boolean(),
  createdAt: instant,
  lastSignInAt: v.nullable(instant),
  mac: hex64,
};

const FILE = v.strictObject({
  version: v.literal(1),
  keyCheck,
  encryption: v.picklist(['pending', 'complete']),
  lastBackupAt: v.nullable(instant),
  accounts: v.pipe(
    v.array(
      v.strictObject({
        ...accountFields,
        /** The wrapped data key as JSON, sealed by the keychain named (or kept as it is: 'none'). */
        key: v.strictObject({
          keychain: v.picklist(KEY_PROTECTIONS),
          data: v.pipe(v.string(), v.maxLength(8000)),
        }),
      }),
    ),
    v.minLength(1),
    v.maxLength(1000),
  ),
});
type KeyringFile = v.InferOutput<typeof FILE>;
type StoredAccount = KeyringFile['accounts'][number];

/** The keyring as a backup carries it: the wrapped keys without any keychain seal. */
export const PORTABLE_KEYRING = v.strictObject({
  version: v.literal(1),
  keyCheck,
  encryption: v.picklist(['pending', 'complete']),
  lastBackupAt: v.nullable(instant),
  accounts: v.pipe(
    v.array(v.strictObject({ ...accountFields, wrappedKey: wrappedKeySchema })),
    v.minLength(1),
    v.maxLength(1000),
  ),
});
export type PortableKeyring = v.InferOutput<typeof PORTABLE_KEYRING>;

/** What the MAC of an account covers: everything that decides who may do what. */
function macRecord(a: Omit<Account, 'lastSignInAt'>, wrappedKey: WrappedKey) {
  return { id: a.id, name: a.name, role: a.role, active: a.active, createdAt: a.createdAt, wrappedKey };
}

export type Session = { readonly accountId: AccountId; readonly role: Role; readonly keys: HostKeys };

export type KeyringStore = ReturnType<typeof keyringStore>;

export function keyringStore(file: JsonFilePort, secrets: SecretPort, now: () => Instant) {
  let session: Session | null = null;
  const queued = serial();

  async function load(): Promise<Result<KeyringFile | null>> {
    let raw: unknown;
    try {
      raw = await file.read();
    } catch {
      return fail('keyring-unreadable', `The staff accounts file ${file.path} cannot be read.`);
    }
    if (raw === null) return ok(null);
    const parsed = v.safeParse(FILE, raw);
    return parsed.success
      ? ok(parsed.output)
      : fail('keyring-unreadable', `The staff accounts file ${file.path} is not a staff list.`);
  }

  async function loadExisting(): Promise<Result<KeyringFile>> {
    const loaded = await load();
    if (!loaded.ok) return loaded;
    return loaded.value
      ? ok(loaded.value)
      : fail('keyring-missing', 'This office has no staff accounts yet.');
  }

  async function sealKey(wrapped: WrappedKey): Promise<StoredAccount['key']> {
    const sealed = await secrets.seal(utf8(JSON.stringify(wrapped)));
    return { keychain: secrets.protection, data: toBase64(sealed) };
  }

  /** The wrapped key of a stored account, or null when this keychain cannot open it. */
  async function openKey(a: StoredAccount): Promise<WrappedKey | null> {
    if (a.key.keychain !== secrets.protection) return null;
    const bytes = fromBase64(a.key.data);
    if (!bytes) return null;
    try {
      const text = fromUtf8(await secrets.open(bytes));
      const parsed = v.safeParse(wrappedKeySchema, text === null ? null : JSON.parse(text));
      return parsed.success ? parsed.output : null;
    } catch {
      return null;
    }
  }

  function publicOf(a: StoredAccount): Account {
    const { id, name, role, active, createdAt, lastSignInAt } = a;
    return { id: id as AccountId, name, role, active, createdAt, lastSignInAt };
  }

  async function stateOf(f: KeyringFile): Promise<KeyringState> {
    const accounts: AccountKey[] = [];
    for (const a of f.accounts) {
      const wrappedKey = await openKey(a);
      // An account whose key another keychain sealed cannot sign in here; it is not offered.
      if (wrappedKey) accounts.push({ ...publicOf(a), wrappedKey });
    }
    return { accounts, encryption: f.encryption, lastBackupAt: f.lastBackupAt };
  }

  async function stored(a: Account, wrappedKey: WrappedKey, keys: HostKeys): Promise<StoredAccount> {
    return { ...a, key: await sealKey(wrappedKey), mac: await macOf(keys, macRecord(a, wrappedKey)) };
  }

  function requireRole(needed: Role): Result<Session> {
    if (!session) return fail('not-signed-in', 'Sign in first.');
    return mayActAs(session.role, needed)
      ? ok(session)
      : fail('not-permitted', 'Your role does not allow this.');
  }

  function activeAdministrators(accounts: readonly { role: Role; active: boolean }[]): number {
    return accounts.filter((a) => a.active && a.role === 'administrator').length;
  }

  /** Applies a change to one account as an administrator, keeping its MAC and the rules. */
  async function changeAccount(
    id: string,
    change: (a: Account, wrappedKey: WrappedKey) => { account: Account; wrappedKey: WrappedKey },
    needed: Role | 'self-or-administrator',
  ): Promise<Result<Account>> {
    return queued(async () => {
      const allowed =
        needed === 'self-or-administrator'
          ? session?.accountId === id
            ? ok(session)
            : requireRole('administrator')
          : requireRole(needed);
      if (!allowed.ok) return allowed;
      const loaded = await loadExisting();
      if (!loaded.ok) return loaded;
      const f = loaded.value;
      const index = f.accounts.findIndex((a) => a.id === id);
      const current = f.accounts[index];
      if (!current) return fail('account-unknown', 'There is no such account.');
      const wrappedKey = await openKey(current);
      if (!wrappedKey) return fail('account-unknown', 'That account cannot be opened on this computer.');
      const next = change(publicOf(current), wrappedKey);
      const others = f.accounts.filter((_, i) => i !== index);
      if (others.some((a) => sameName(a.name, next.account.name)))
        return fail('name-taken', 'Another account has this name.');
      if (activeAdministrators([...others, next.account]) === 0)
        return fail('last-administrator', 'The office must keep at least one active administrator.');
      const replaced = await stored(next.account, next.wrappedKey, allowed.value.keys);
      await file.write({ ...f, accounts: f.accounts.map((a, i) => (i === index ? replaced : a)) });
      if (session?.accountId === id) session = { ...session, role: next.account.role };
      return ok(next.account);
    });
  }

  return {
    /** The staff list for signing in; null before the first account exists. */
    async get(): Promise<Result<KeyringState | null>> {
      const loaded = await load();
      if (!loaded.ok) return loaded;
      return ok(loaded.value && (await stateOf(loaded.value)));
    },

    /**
     * The first account: an administrator (first-run setup, or the upgrade of an installation
     * that had no accounts). `hostKey` is the session's host key; the new account is signed in.
     * `encryption` says whether data written before accounts existed still waits to be encrypted.
     */
    async create(input: {
      name: string;
      wrappedKey: WrappedKey;
      hostKey: Uint8Array<ArrayBuffer>;
      encryption: KeyringState['encryption'];
    }): Promise<Result<{ state: KeyringState; account: Account; keys: HostKeys }>> {
      return queued(async () => {
        const existing = await load();
        if (!existing.ok) return existing;
        if (existing.value) return fail('keyring-exists', 'This office already has staff accounts.');
        const keys = await hostKeysFrom(input.hostKey);
        if (!keys) return fail('invalid-argument', 'Invalid host key.');
        const at = now();
        const account: Account = {
          id: newId<'AccountId'>(),
          name: input.name.trim(),
          role: 'administrator',
          active: true,
          createdAt: at,
          lastSignInAt: at,
        };
        const f: KeyringFile = {
          version: 1,
          keyCheck: await makeKeyCheck(keys.identity),
          encryption: input.encryption,
          lastBackupAt: null,
          accounts: [await stored(account, input.wrappedKey, keys)],
        };
        await file.write(f);
        session = { accountId: account.id, role: account.role, keys };
        return ok({ state: await stateOf(f), account, keys });
      });
    },

    /**
     * Signs an account in with the session's host key (the renderer unwrapped the data key
     * with that account's passphrase). Refused for a key that is not this office's, an account
     * switched off, or one whose record was changed outside the app.
     */
    async open(
      accountId: string,
      hostKey: Uint8Array<ArrayBuffer>,
    ): Promise<Result<{ account: Account; keys: HostKeys }>> {
      return queued(async () => {
        const loaded = await loadExisting();
        if (!loaded.ok) return loaded;
        const f = loaded.value;
        const keys = await hostKeysFrom(hostKey);
        if (!keys || !(await verifyKeyCheck(keys.identity, f.keyCheck)))
          return fail('host-key-wrong', 'This key does not belong to this office.');
        const index = f.accounts.findIndex((a) => a.id === accountId);
        const current = f.accounts[index];
        const wrappedKey = current && (await openKey(current));
        if (!current || !wrappedKey) return fail('account-unknown', 'There is no such account.');
        if (!(await macMatches(keys, macRecord(publicOf(current), wrappedKey), current.mac)))
          return fail('account-altered', 'This account was changed outside Caseline.');
        if (!current.active) return fail('account-inactive', 'This account is switched off.');
        const account = { ...publicOf(current), lastSignInAt: now() };
        await file.write({
          ...f,
          accounts: f.accounts.map((a, i) =>
            i === index ? { ...a, lastSignInAt: account.lastSignInAt } : a,
          ),
        });
        session = { accountId: account.id, role: account.role, keys };
        return ok({ account, keys });
      });
    },

    /** Forgets the session (the app locked or signed out). */
    close(): void {
      session = null;
    },

    /** Who is signed in, if anyone. */
    session(): Session | null {
      return session;
    },

    requireRole,

    /** An administrator adds a staff member with their own wrapped copy of the data key. */
    async add(input: { name: string; role: Role; wrappedKey: WrappedKey }): Promise<Result<Account>> {
      return queued(async () => {
        const allowed = requireRole('administrator');
        if (!allowed.ok) return allowed;
        const loaded = await loadExisting();
        if (!loaded.ok) return loaded;
        const f = loaded.value;
        if (f.accounts.some((a) => sameName(a.name, input.name)))
          return fail('name-taken', 'Another account has this name.');
        const account: Account = {
          id: newId<'AccountId'>(),
          name: input.name.trim(),
          role: input.role,
          active: true,
          createdAt: now(),
          lastSignInAt: null,
        };
        await file.write({
          ...f,
          accounts: [...f.accounts, await stored(account, input.wrappedKey, allowed.value.keys)],
        });
        return ok(account);
      });
    },

    /** An administrator renames an account, changes its role, or switches it off or on. */
    async update(input: {
      id: string;
      name?: string;
      role?: Role;
      active?: boolean;
    }): Promise<Result<Account>> {
      if (input.active === false && session?.accountId === input.id)
        return fail('not-permitted', 'You cannot switch off your own account.');
      return changeAccount(
        input.id,
        (a, wrappedKey) => ({
          account: {
            ...a,
            name: input.name?.trim() ?? a.name,
            role: input.role ?? a.role,
            active: input.active ?? a.active,
          },
          wrappedKey,
        }),
        'administrator',
      );
    },

    /** A new wrapped key: one's own changed passphrase, or an administrator's reset. */
    async setKey(id: string, wrappedKey: WrappedKey): Promise<Result<Account>> {
      return changeAccount(id, (a) => ({ account: a, wrappedKey }), 'self-or-administrator');
    },

    /** Data written before accounts existed is now all encrypted. */
    async encryptionComplete(): Promise<Result<KeyringState>> {
      return queued(async () => {
        if (!session) return fail('not-signed-in', 'Sign in first.');
        const loaded = await loadExisting();
        if (!loaded.ok) return loaded;
        const next = { ...loaded.value, encryption: 'complete' as const };
        await file.write(next);
        return ok(await stateOf(next));
      });
    },

    /** Records a finished backup. */
    async backupWritten(at: Instant): Promise<void> {
      await queued(async () => {
        const loaded = await loadExisting();
        if (loaded.ok) await file.write({ ...loaded.value, lastBackupAt: at });
      });
    },

    /** The keyring for a backup: wrapped keys without this computer's keychain seal. */
    async portable(): Promise<Result<PortableKeyring>> {
      const loaded = await loadExisting();
      if (!loaded.ok) return loaded;
      const { accounts, ...rest } = loaded.value;
      const out: PortableKeyring['accounts'][number][] = [];
      for (const a of accounts) {
        const wrappedKey = await openKey(a);
        if (!wrappedKey)
          return fail('keyring-unreadable', 'A staff account cannot be opened on this computer.');
        const { key: _sealed, ...account } = a;
        out.push({ ...account, wrappedKey });
      }
      return ok({ ...rest, accounts: out });
    },

    /** Writes a backup's keyring into an installation that has none; `lastBackupAt` is the backup's time. */
    async restore(portable: PortableKeyring, backupAt: Instant): Promise<Result<KeyringState>> {
      return queued(async () => {
        const existing = await load();
        if (!existing.ok) return existing;
        if (existing.value) return fail('keyring-exists', 'This office already has staff accounts.');
        const accounts: StoredAccount[] = [];
        for (const { wrappedKey, ...a } of portable.accounts)
          accounts.push({ ...a, key: await sealKey(wrappedKey) });
        const f: KeyringFile = { ...portable, lastBackupAt: backupAt, accounts };
        await file.write(f);
        return ok(await stateOf(f));
      });
    },

    /** Whether the keyring file exists (a keyring that cannot be read counts: it is not "none"). */
    async exists(): Promise<boolean> {
      const loaded = await load();
      return !loaded.ok || loaded.value !== null;
    },
  };
}
