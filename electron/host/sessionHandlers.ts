/**
 * Host handlers for staff accounts, sessions and the audit chain's head. Every argument is
 * checked here (the renderer is untrusted); roles are checked by the keyring store.
 */
import * as v from 'valibot';
import { fromBase64 } from '../../shared/crypto/encoding';
import { wrappedKeySchema } from '../../shared/crypto/passphrase';
import type { HostHandlers } from '../../shared/ipc';
import { accountNameProblem } from '../../shared/keyring';
import { fail, ok, type Result } from '../../shared/result';
import { ROLES } from '../../shared/session/roles';
import { CHAIN_LINK, type AuditHeadStore } from './auditHead';
import { HOST_KEY_BYTES } from './hostKeys';
import type { IdentityStore } from './identityStore';
import type { KeyringStore } from './keyring';
import type { LogPort } from './ports';

const uuid = v.pipe(v.string(), v.uuid());
const name = v.custom<string>((n) => accountNameProblem(n) === null, 'bad name');
const hostKey = v.pipe(
  v.string(),
  v.maxLength(100),
  v.check((s) => fromBase64(s)?.length === HOST_KEY_BYTES, 'bad host key'),
);

const CREATE = v.strictObject({
  name,
  wrappedKey: wrappedKeySchema,
  hostKey,
  encryption: v.picklist(['pending', 'complete']),
});
const OPEN = v.strictObject({ accountId: uuid, hostKey });
const ADD = v.strictObject({ name, role: v.picklist(ROLES), wrappedKey: wrappedKeySchema });
const UPDATE = v.strictObject({
  id: uuid,
  name: v.optional(name),
  role: v.optional(v.picklist(ROLES)),
  active: v.optional(v.boolean()),
});
const SET_KEY = v.strictObject({ id: uuid, wrappedKey: wrappedKeySchema });

type SessionMethods =
  | 'keyring-get'
  | 'keyring-create'
  | 'session-open'
  | 'session-close'
  | 'account-add'
  | 'account-update'
  | 'account-set-key'
  | 'encryption-complete'
  | 'audit-head-get'
  | 'audit-head-set';

/** Checks an argument against a schema, or answers invalid-argument. */
function parse<S extends v.GenericSchema>(schema: S, arg: unknown, what: string): Result<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, arg);
  return parsed.success ? ok(parsed.output) : fail('invalid-argument', `Invalid ${what}.`);
}

export function sessionHandlers(deps: {
  readonly keyring: KeyringStore;
  readonly identity: IdentityStore;
  readonly auditHead: AuditHeadStore;
  readonly log: LogPort;
}): Pick<HostHandlers, SessionMethods> {
  const { keyring, identity, auditHead, log } = deps;

  /** The signing key opens with the session; if it cannot, signing says so later. */
  async function unlockIdentity(keys: Parameters<IdentityStore['unlock']>[0]): Promise<void> {
    const opened = await identity.unlock(keys);
    if (!opened.ok) log.warn('the signing key did not open with the session', opened.error.code);
  }

  return {
    'keyring-get': () => keyring.get(),

    'keyring-create': async (arg) => {
      const p = parse(CREATE, arg, 'account');
      if (!p.ok) return p;
      const created = await keyring.create({ ...p.value, hostKey: fromBase64(p.value.hostKey)! });
      if (!created.ok) return created;
      await unlockIdentity(created.value.keys);
      return ok({ state: created.value.state, account: created.value.account });
    },

    'session-open': async (arg) => {
      const p = parse(OPEN, arg, 'sign-in');
      if (!p.ok) return p;
      const opened = await keyring.open(p.value.accountId, fromBase64(p.value.hostKey)!);
      if (!opened.ok) return opened;
      await unlockIdentity(opened.value.keys);
      return ok(opened.value.account);
    },

    'session-close': () => {
      keyring.close();
      identity.lock();
      return Promise.resolve(ok(null));
    },

    'account-add': async (arg) => {
      const p = parse(ADD, arg, 'account');
      return p.ok ? keyring.add(p.value) : p;
    },

    'account-update': async (arg) => {
      const p = parse(UPDATE, arg, 'account change');
      return p.ok ? keyring.update(p.value) : p;
    },

    'account-set-key': async (arg) => {
      const p = parse(SET_KEY, arg, 'passphrase change');
      return p.ok ? keyring.setKey(p.value.id, p.value.wrappedKey) : p;
    },

    'encryption-complete': () => keyring.encryptionComplete(),

    'audit-head-get': async () => ok(await auditHead.get()),

    'audit-head-set': async (arg) => {
      const p = parse(CHAIN_LINK, arg, 'audit link');
      return p.ok ? auditHead.set(p.value) : p;
    },
  };
}
