import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../shared/crypto/encoding';
import { createDataKey, type WrappedKey } from '../../shared/crypto/passphrase';
import { importPublicKey, verifySignature } from '../../shared/crypto/signing';
import type { HostDispatch } from '../../shared/ipc';
import { createHost } from './createHost';
import { noKeychain, type SecretPort } from './identityStore';
import { jsonFile } from './jsonFile';
import { openJsonFileSettings } from './jsonFileSettings';
import type { HostPorts } from './ports';

let dir: string;
let wrapped: WrappedKey;
const HOST_KEY = toBase64(new Uint8Array(32).fill(7));
const DETAILS = { name: 'Кризисный центр', kind: 'crisis-centre', district: 'Алматы' } as const;

const fakeKeychain: SecretPort = {
  protection: 'os-keychain',
  seal: (b) => Promise.resolve(b.map((x) => x ^ 0x5a)),
  open: (b) => Promise.resolve(b.map((x) => x ^ 0x5a)),
};

/** A host over `folder`, whose dialogs answer with the paths queued. */
async function hostIn(folder: string, answers: { save?: string; open?: string } = {}, secrets = noKeychain) {
  const ports: HostPorts = {
    settings: await openJsonFileSettings(join(folder, 'settings.json'), new Date('2026-03-01T09:00:00Z')),
    identityFile: jsonFile(join(folder, 'identity.json')),
    secrets,
    dialogs: {
      chooseSavePath: () => Promise.resolve(answers.save ?? null),
      chooseOpenPath: () => Promise.resolve(answers.open ?? null),
    },
    printer: { toPdf: () => Promise.resolve(new Uint8Array()), print: () => Promise.resolve(true) },
    app: { name: 'Caseline', version: '1.0.0', platform: 'linux', dataPath: folder, shell: 'test' },
    log: { warn: () => undefined, error: () => undefined },
  };
  return createHost(ports);
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function officeIn(
  folder: string,
  answers = {},
  secrets: SecretPort = noKeychain,
): Promise<HostDispatch> {
  const host = await hostIn(folder, answers, secrets);
  value(await host('identity-create', { details: DETAILS }));
  value(
    await host('keyring-create', {
      name: 'Aigerim',
      wrappedKey: wrapped,
      hostKey: HOST_KEY,
      encryption: 'complete',
    }),
  );
  return host;
}

beforeAll(async () => {
  wrapped = (await createDataKey('a passphrase for the backup test')).wrapped;
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseline-backup-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('the signing key under the staff accounts', () => {
  it('is encrypted under the session’s key at the first unlock, and signs only while unlocked', async () => {
    const host = await hostIn(dir);
    const identity = value(await host('identity-create', { details: DETAILS }));
    const before = JSON.parse(await readFile(join(dir, 'identity.json'), 'utf8')) as { privateKey: object };
    expect(before.privateKey).toMatchObject({ protection: 'none' });
    value(
      await host('keyring-create', {
        name: 'Aigerim',
        wrappedKey: wrapped,
        hostKey: HOST_KEY,
        encryption: 'pending',
      }),
    );
    const after = JSON.parse(await readFile(join(dir, 'identity.json'), 'utf8')) as {
      privateKey: { protection: string; data: string };
    };
    expect(after.privateKey).toMatchObject({ protection: 'data-key', keychain: 'none' });
    expect(after.privateKey.data).not.toBe((before.privateKey as { data: string }).data);

    const message = new TextEncoder().encode('header');
    const signed = value(await host('identity-sign', { bytes: toBase64(message) }));
    const publicKey = (await importPublicKey(identity.publicKey))!;
    expect(await verifySignature(publicKey, fromBase64(signed.signature)!, message)).toBe(true);

    value(await host('session-close', undefined));
    expect(await host('identity-sign', { bytes: toBase64(message) })).toMatchObject({
      ok: false,
      error: { code: 'identity-locked' },
    });
    // A new start (nothing in memory) cannot sign either until someone signs in.
    const restarted = await hostIn(dir);
    expect(await restarted('identity-sign', { bytes: toBase64(message) })).toMatchObject({
      ok: false,
      error: { code: 'identity-locked' },
    });
    const state = value(await restarted('keyring-get', undefined))!;
    value(await restarted('session-open', { accountId: state.accounts[0]!.id, hostKey: HOST_KEY }));
    value(await restarted('identity-sign', { bytes: toBase64(message) }));
  });
});

describe('backups and restores on the host', () => {
  it('write through a partial file, put it in place when finished, and record the time', async () => {
    const path = join(dir, 'office.caseline-backup');
    const host = await officeIn(dir, { save: path });
    const begun = value(
      await host('backup-begin', { title: 'Backup', suggestedName: 'office.caseline-backup' }),
    )!;
    value(await host('backup-write', { id: begun.id, text: 'line one\n' }));
    expect(await readdir(dir)).toContain('office.caseline-backup.partial');
    value(await host('backup-write', { id: begun.id, text: 'line two\n' }));
    const done = value(await host('backup-finish', { id: begun.id, createdAt: '2026-03-01T14:00:00+05:00' }));
    expect(done).toEqual({ path, bytes: 18 });
    expect(await readFile(path, 'utf8')).toBe('line one\nline two\n');
    expect(await readdir(dir)).not.toContain('office.caseline-backup.partial');
    expect(value(await host('keyring-get', undefined))?.lastBackupAt).toBe('2026-03-01T14:00:00+05:00');
  });

  it('abort without leaving anything, and refuse a backup to anyone but an administrator', async () => {
    const path = join(dir, 'office.caseline-backup');
    const host = await officeIn(dir, { save: path });
    const begun = value(await host('backup-begin', { title: 'Backup', suggestedName: 'a.caseline-backup' }))!;
    value(await host('backup-write', { id: begun.id, text: 'x\n' }));
    value(await host('backup-abort', { id: begun.id }));
    expect((await readdir(dir)).filter((f) => f.startsWith('office'))).toEqual([]);
    value(await host('session-close', undefined));
    expect(await host('backup-begin', { title: 'Backup', suggestedName: 'a.caseline-backup' })).toMatchObject(
      {
        ok: false,
        error: { code: 'not-signed-in' },
      },
    );
    expect(await host('backup-host-files', undefined)).toMatchObject({
      ok: false,
      error: { code: 'not-signed-in' },
    });
  });

  it('read back whole lines in pieces of about the size asked for', async () => {
    const path = join(dir, 'office.caseline-backup');
    const host = await officeIn(dir, { save: path, open: path });
    const begun = value(await host('backup-begin', { title: 'Backup', suggestedName: 'a.caseline-backup' }))!;
    const lines = Array.from({ length: 50 }, (_, i) => `${i}:${'x'.repeat(i * 1000)}`);
    value(await host('backup-write', { id: begun.id, text: lines.map((l) => `${l}\n`).join('') }));
    value(await host('backup-finish', { id: begun.id, createdAt: '2026-03-01T14:00:00+05:00' }));
    const opened = value(await host('backup-open', { title: 'Restore' }))!;
    const read: string[] = [];
    for (;;) {
      const piece = value(await host('backup-read', { id: opened.id, maxChars: 20_000 }));
      read.push(...piece.lines);
      if (piece.done) break;
      expect(piece.lines.length).toBeGreaterThan(0);
    }
    expect(read).toEqual(lines);
    value(await host('backup-close', { id: opened.id }));
  });

  it('restore the accounts, identity and settings into an empty installation only, with the keychain of the new computer', async () => {
    const source = await officeIn(dir, {}, fakeKeychain);
    const files = value(await source('backup-host-files', undefined));
    expect(JSON.stringify(files)).toContain(wrapped.wrapped);
    const original = value(await source('identity-get', undefined))!;

    const target = join(dir, 'new');
    const backup = join(dir, 'office.caseline-backup');
    const { writeFile, mkdir } = await import('node:fs/promises');
    await mkdir(target);
    await writeFile(backup, 'header\n');
    const host = await hostIn(target, { open: backup });
    const opened = value(await host('backup-open', { title: 'Restore' }))!;
    const backupId = '01900000-0000-7000-8000-0000000000aa';
    value(await host('restore-begin', { id: opened.id, backupId }));
    expect(value(await host('restore-status', undefined))).toEqual({
      backupId,
      name: 'office.caseline-backup',
    });
    const restored = value(
      await host('restore-finish', {
        ...files,
        settings: { language: 'kk', deadlineWindowDays: 14 },
        backupAt: '2026-03-01T14:00:00+05:00',
      }),
    );
    expect(restored.identity).toEqual(original);
    expect(restored.keyring.lastBackupAt).toBe('2026-03-01T14:00:00+05:00');
    expect(value(await host('restore-status', undefined))).toBeNull();
    expect(value(await host('settings-get', undefined))).toMatchObject({
      language: 'kk',
      deadlineWindowDays: 14,
    });
    // The restored office signs once someone signs in, with the same key.
    value(await host('session-open', { accountId: restored.keyring.accounts[0]!.id, hostKey: HOST_KEY }));
    value(await host('identity-sign', { bytes: toBase64(new Uint8Array([1, 2, 3])) }));

    // Now it is not empty: another restore is refused.
    const again = value(await host('backup-open', { title: 'Restore' }))!;
    expect(
      await host('restore-begin', { id: again.id, backupId: '01900000-0000-7000-8000-0000000000bb' }),
    ).toMatchObject({ ok: false, error: { code: 'not-empty' } });
  });

  it('finish an interrupted restore on the next start, completing what was not written yet', async () => {
    const source = await officeIn(dir);
    const files = value(await source('backup-host-files', undefined));
    const target = join(dir, 'new');
    const backup = join(dir, 'b.caseline-backup');
    const { writeFile, mkdir } = await import('node:fs/promises');
    await mkdir(target);
    await writeFile(backup, 'header\n');
    const first = await hostIn(target, { open: backup });
    const opened = value(await first('backup-open', { title: 'Restore' }))!;
    const backupId = '01900000-0000-7000-8000-0000000000aa';
    value(await first('restore-begin', { id: opened.id, backupId }));

    // The window closed; the next start finds the note and reopens the same file.
    const second = await hostIn(target);
    expect(value(await second('restore-status', undefined))).toEqual({ backupId, name: 'b.caseline-backup' });
    const reopened = value(await second('restore-reopen', undefined));
    value(await second('restore-begin', { id: reopened.id, backupId }));
    value(await second('restore-finish', { ...files, settings: {}, backupAt: '2026-03-01T14:00:00+05:00' }));
    expect(value(await second('keyring-get', undefined))?.accounts).toHaveLength(1);
  });

  it('check what a restore would write', async () => {
    const host = await hostIn(dir);
    expect(
      await host('restore-finish', { keyring: {}, identity: {}, settings: {}, backupAt: 'x' }),
    ).toMatchObject({
      ok: false,
    });
  });
});
