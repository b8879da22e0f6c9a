import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toBase64 } from '../../shared/crypto/encoding';
import { createDataKey, type WrappedKey } from '../../shared/crypto/passphrase';
import type { HostDispatch } from '../../shared/ipc';
import type { Account } from '../../shared/keyring';
import { createHost } from './createHost';
import { noKeychain, type SecretPort } from './identityStore';
import { jsonFile } from './jsonFile';
import { openJsonFileSettings } from './jsonFileSettings';
import type { HostPorts } from './ports';

let dir: string;
/** Two wrapped copies of one data key (two staff), and the host key of that data key. */
let keys: { admin: WrappedKey; staff: WrappedKey; hostKey: string; otherHostKey: string };

/** A keychain that really changes the bytes, to show what it seals never lies in the file as it is. */
const fakeKeychain: SecretPort = {
  protection: 'os-keychain',
  seal: (b) => Promise.resolve(b.map((x) => x ^ 0x5a)),
  open: (b) => Promise.resolve(b.map((x) => x ^ 0x5a)),
};

async function ports(secrets: SecretPort = noKeychain): Promise<HostPorts> {
  return {
    settings: await openJsonFileSettings(join(dir, 'settings.json'), new Date('2026-03-01T09:00:00Z')),
    identityFile: jsonFile(join(dir, 'identity.json')),
    secrets,
    dialogs: { chooseSavePath: () => Promise.resolve(null), chooseOpenPath: () => Promise.resolve(null) },
    printer: { toPdf: () => Promise.resolve(new Uint8Array()), print: () => Promise.resolve(true) },
    app: { name: 'Caseline', version: '1.0.0', platform: 'linux', dataPath: dir, shell: 'test' },
    log: { warn: () => undefined, error: () => undefined },
  };
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

beforeAll(async () => {
  const a = await createDataKey('first passphrase for admin');
  const s = await createDataKey('another passphrase');
  keys = {
    admin: a.wrapped,
    staff: s.wrapped,
    hostKey: toBase64(new Uint8Array(32).fill(7)),
    otherHostKey: toBase64(new Uint8Array(32).fill(8)),
  };
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseline-keyring-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function office(secrets?: SecretPort): Promise<{ host: HostDispatch; admin: Account }> {
  const host = createHost(await ports(secrets));
  const created = value(
    await host('keyring-create', {
      name: 'Aigerim Seitkali',
      wrappedKey: keys.admin,
      hostKey: keys.hostKey,
      encryption: 'complete',
    }),
  );
  return { host, admin: created.account };
}

describe('staff accounts', () => {
  it('begin with one administrator, signed in, and are refused a second beginning', async () => {
    const { host, admin } = await office();
    expect(admin).toMatchObject({ name: 'Aigerim Seitkali', role: 'administrator', active: true });
    const state = value(await host('keyring-get', undefined));
    expect(state?.accounts).toEqual([{ ...admin, wrappedKey: keys.admin }]);
    expect(
      await host('keyring-create', {
        name: 'Someone',
        wrappedKey: keys.admin,
        hostKey: keys.hostKey,
        encryption: 'complete',
      }),
    ).toMatchObject({ ok: false, error: { code: 'keyring-exists' } });
  });

  it('keep no passphrase, and with a keychain no wrapped key as it is, in the file', async () => {
    const storedKey = async () => {
      const file = JSON.parse(await readFile(join(dir, 'keyring.json'), 'utf8')) as {
        accounts: { key: { data: string } }[];
      };
      return Buffer.from(file.accounts[0]!.key.data, 'base64').toString('latin1');
    };
    await office(fakeKeychain);
    expect(await readFile(join(dir, 'keyring.json'), 'utf8')).not.toContain('first passphrase');
    expect(await storedKey()).not.toContain(keys.admin.wrapped);
    // Without a keychain the wrapped key is kept as it is (it opens only with the passphrase).
    await rm(join(dir, 'keyring.json'));
    await office();
    expect(await storedKey()).toContain(keys.admin.wrapped);
  });

  it('sign in only with this office’s host key', async () => {
    const { admin } = await office();
    const host = createHost(await ports());
    expect(await host('session-open', { accountId: admin.id, hostKey: keys.otherHostKey })).toMatchObject({
      ok: false,
      error: { code: 'host-key-wrong' },
    });
    const opened = value(await host('session-open', { accountId: admin.id, hostKey: keys.hostKey }));
    expect(opened.lastSignInAt).not.toBeNull();
  });

  it('let only an administrator add staff and change roles; staff may not', async () => {
    const { host } = await office();
    const staff = value(
      await host('account-add', { name: 'Dana Omarova', role: 'staff', wrappedKey: keys.staff }),
    );
    expect(staff).toMatchObject({ role: 'staff', active: true, lastSignInAt: null });
    expect(
      await host('account-add', { name: ' dana omarova ', role: 'staff', wrappedKey: keys.staff }),
    ).toMatchObject({ ok: false, error: { code: 'name-taken' } });

    // Dana signs in on a fresh host (the same office's key) and tries to make herself supervisor.
    const second = createHost(await ports());
    value(await second('session-open', { accountId: staff.id, hostKey: keys.hostKey }));
    expect(await second('account-update', { id: staff.id, role: 'supervisor' })).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
    expect(await second('identity-update', { name: 'X', kind: 'police', district: '' })).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
    // Her own passphrase she may change; someone else's she may not.
    value(await second('account-set-key', { id: staff.id, wrappedKey: keys.admin }));
    const state = value(await second('keyring-get', undefined))!;
    const admin = state.accounts.find((a) => a.role === 'administrator')!;
    expect(await second('account-set-key', { id: admin.id, wrappedKey: keys.staff })).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
  });

  it('keep at least one active administrator, and an administrator cannot switch off their own account', async () => {
    const { host, admin } = await office();
    expect(await host('account-update', { id: admin.id, role: 'staff' })).toMatchObject({
      ok: false,
      error: { code: 'last-administrator' },
    });
    expect(await host('account-update', { id: admin.id, active: false })).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
    const second = value(
      await host('account-add', { name: 'Bolat', role: 'administrator', wrappedKey: keys.staff }),
    );
    value(await host('account-update', { id: admin.id, role: 'supervisor' }));
    // Demoted, the session no longer manages staff.
    expect(await host('account-add', { name: 'Dana', role: 'staff', wrappedKey: keys.staff })).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
    const bolat = createHost(await ports());
    value(await bolat('session-open', { accountId: second.id, hostKey: keys.hostKey }));
    expect(await bolat('account-update', { id: second.id, role: 'staff' })).toMatchObject({
      ok: false,
      error: { code: 'last-administrator' },
    });
  });

  it('find a role raised by editing the file, and refuse that account until it is saved again', async () => {
    const { host } = await office();
    const staff = value(await host('account-add', { name: 'Dana', role: 'staff', wrappedKey: keys.staff }));
    const path = join(dir, 'keyring.json');
    const file = JSON.parse(await readFile(path, 'utf8')) as { accounts: { id: string; role: string }[] };
    file.accounts.find((a) => a.id === staff.id)!.role = 'administrator';
    await writeFile(path, JSON.stringify(file));

    const fresh = createHost(await ports());
    expect(await fresh('session-open', { accountId: staff.id, hostKey: keys.hostKey })).toMatchObject({
      ok: false,
      error: { code: 'account-altered' },
    });
    // An administrator saves it again, with the role they choose.
    value(await host('account-update', { id: staff.id, role: 'staff' }));
    value(await fresh('session-open', { accountId: staff.id, hostKey: keys.hostKey }));
  });

  it('refuse a switched-off account', async () => {
    const { host } = await office();
    const staff = value(await host('account-add', { name: 'Dana', role: 'staff', wrappedKey: keys.staff }));
    value(await host('account-update', { id: staff.id, active: false }));
    expect(await host('session-open', { accountId: staff.id, hostKey: keys.hostKey })).toMatchObject({
      ok: false,
      error: { code: 'account-inactive' },
    });
  });

  it('refuse changes once the session is closed', async () => {
    const { host } = await office();
    value(await host('session-close', undefined));
    expect(await host('account-add', { name: 'Dana', role: 'staff', wrappedKey: keys.staff })).toMatchObject({
      ok: false,
      error: { code: 'not-signed-in' },
    });
  });

  it('check every argument', async () => {
    const { host } = await office();
    for (const bad of [
      { name: '', role: 'staff', wrappedKey: keys.staff },
      { name: 'A', role: 'boss', wrappedKey: keys.staff },
      {
        name: 'A',
        role: 'staff',
        wrappedKey: { ...keys.staff, kdf: { ...keys.staff.kdf, iterations: 1000 } },
      },
      { name: 'A\u0007', role: 'staff', wrappedKey: keys.staff },
      { name: 'A', role: 'staff', wrappedKey: keys.staff, extra: 1 },
    ])
      expect(await host('account-add', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    expect(await host('session-open', { accountId: 'x', hostKey: keys.hostKey })).toMatchObject({
      ok: false,
    });
    expect(
      await host('session-open', { accountId: '01900000-0000-7000-8000-000000000001', hostKey: 'AAAA' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('the audit chain’s head', () => {
  const link = (seq: number, c: string) => ({ seq, hash: c.repeat(64) });

  it('only moves forward', async () => {
    const host = createHost(await ports());
    expect(value(await host('audit-head-get', undefined))).toBeNull();
    value(await host('audit-head-set', link(3, 'a')));
    value(await host('audit-head-set', link(3, 'a')));
    expect(await host('audit-head-set', link(2, 'b'))).toMatchObject({
      ok: false,
      error: { code: 'audit-head-behind' },
    });
    expect(await host('audit-head-set', link(3, 'b'))).toMatchObject({ ok: false });
    value(await host('audit-head-set', link(9, 'c')));
    expect(value(await createHost(await ports())('audit-head-get', undefined))).toEqual(link(9, 'c'));
    expect(await host('audit-head-set', { seq: 0, hash: 'a'.repeat(64) })).toMatchObject({ ok: false });
  });
});

describe('settings that only an administrator changes', () => {
  const stored = async () =>
    JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;

  it('are changed by anyone before the office has staff accounts (the first run)', async () => {
    const host = createHost(await ports());
    expect(await host('settings-set', { lockAfterSeconds: 60, backupReminderDays: 3 })).toMatchObject({
      ok: true,
      value: { lockAfterSeconds: 60, backupReminderDays: 3 },
    });
  });

  it('are refused to staff and to nobody signed in, with nothing stored; an administrator changes them', async () => {
    const { host } = await office();
    const staff = value(
      await host('account-add', { name: 'Dana Omarova', role: 'staff', wrappedKey: keys.staff }),
    );
    value(await host('settings-set', { lockAfterSeconds: 120, backupReminderDays: 10 }));

    const dana = createHost(await ports());
    expect(await dana('settings-set', { lockAfterSeconds: 3600 })).toMatchObject({
      ok: false,
      error: { code: 'not-signed-in' },
    });
    value(await dana('session-open', { accountId: staff.id, hostKey: keys.hostKey }));
    expect(await dana('settings-set', { lockAfterSeconds: 3600 })).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
    // Both in one patch with her own language: the whole patch is refused, nothing of it kept.
    expect(await dana('settings-set', { language: 'kk', backupReminderDays: 30 })).toMatchObject({
      ok: false,
      error: { code: 'not-permitted' },
    });
    expect(await stored()).toMatchObject({ lockAfterSeconds: 120, backupReminderDays: 10, language: 'ru' });

    // Her own settings are hers to change, and repeating the office's values changes nothing.
    expect(
      await dana('settings-set', { language: 'kk', lockAfterSeconds: 120, backupReminderDays: 10 }),
    ).toMatchObject({ ok: true, value: { language: 'kk', lockAfterSeconds: 120 } });

    value(await host('settings-set', { lockAfterSeconds: 900 }));
    expect(await stored()).toMatchObject({ lockAfterSeconds: 900, language: 'kk' });
  });
});
