import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../shared/crypto/encoding';
import { importPublicKey, verifySignature } from '../../shared/crypto/signing';
import { createHost } from './createHost';
import { noKeychain, type SecretPort } from './identityStore';
import { jsonFile } from './jsonFile';
import { openJsonFileSettings } from './jsonFileSettings';
import type { HostPorts } from './ports';
import { prepareHost } from './prepareHost';

let dir: string;

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

const DETAILS = { name: 'УП Алмалинского района', kind: 'police', district: 'Алматы' } as const;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'caseline-identity-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('the office identity', () => {
  it('is created once, with a key pair whose signatures verify against its public key', async () => {
    const host = createHost(await ports());
    expect(await host('identity-get', undefined)).toEqual({ ok: true, value: null });
    const created = await host('identity-create', { details: DETAILS });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.agency).toMatchObject({ name: DETAILS.name, kind: 'police', district: 'Алматы' });
    expect(created.value.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await host('identity-get', undefined)).toEqual(created);

    const message = new TextEncoder().encode('{"bundle":"header"}');
    const signed = await host('identity-sign', { bytes: toBase64(message) });
    if (!signed.ok) throw new Error(signed.error.message);
    const signature = fromBase64(signed.value.signature)!;
    const publicKey = (await importPublicKey(created.value.publicKey))!;
    expect(await verifySignature(publicKey, signature, message)).toBe(true);
    expect(await verifySignature(publicKey, signature, new TextEncoder().encode('other'))).toBe(false);

    // A second creation is refused: nothing replaces an office's key by accident.
    expect(await host('identity-create', { details: DETAILS })).toMatchObject({
      ok: false,
      error: { code: 'identity-exists' },
    });
  });

  it('keeps its id and keys when the agency is renamed, in a new host too', async () => {
    const first = createHost(await ports());
    const created = await first('identity-create', { details: DETAILS });
    const renamed = await first('identity-update', { ...DETAILS, name: 'Отдел полиции' });
    expect(renamed).toMatchObject({ ok: true, value: { agency: { name: 'Отдел полиции' } } });
    const again = await createHost(await ports())('identity-get', undefined);
    expect(again.ok && created.ok && again.value?.agency.id).toBe(created.ok && created.value.agency.id);
    expect(again.ok && created.ok && again.value?.publicKey).toBe(created.ok && created.value.publicKey);
  });

  it('re-creates the key of the same agency when asked for its id (a lost identity file)', async () => {
    const agencyId = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
    const r = await createHost(await ports())('identity-create', { details: DETAILS, agencyId });
    expect(r).toMatchObject({ ok: true, value: { agency: { id: agencyId } } });
  });

  it('reports an unreadable identity file as an error, never as "no identity"', async () => {
    await writeFile(join(dir, 'identity.json'), '{"version":1,"agency":');
    const host = createHost(await ports());
    expect(await host('identity-get', undefined)).toMatchObject({
      ok: false,
      error: { code: 'identity-unreadable' },
    });
    expect(await host('identity-create', { details: DETAILS })).toMatchObject({ ok: false });
    expect(await readFile(join(dir, 'identity.json'), 'utf8')).toBe('{"version":1,"agency":');
  });

  it('refuses bad details and oversized signing requests', async () => {
    const host = createHost(await ports());
    expect(await host('identity-create', { details: { ...DETAILS, name: '' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await host('identity-create', { details: { ...DETAILS, kind: 'army' } })).toMatchObject({
      ok: false,
    });
    expect(await host('identity-sign', { bytes: 'A'.repeat(70_000) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await host('identity-sign', { bytes: 'AAAA' })).toMatchObject({
      ok: false,
      error: { code: 'identity-missing' },
    });
  });

  it('seals the private key with the keychain where there is one, and cannot sign with another', async () => {
    const xor = (b: Uint8Array) => b.map((x) => x ^ 0x5a);
    const keychain: SecretPort = {
      protection: 'os-keychain',
      seal: (p) => Promise.resolve(xor(p)),
      open: (s) => Promise.resolve(xor(s)),
    };
    await createHost(await ports(keychain))('identity-create', { details: DETAILS });
    const file = JSON.parse(await readFile(join(dir, 'identity.json'), 'utf8')) as {
      privateKey: { protection: string };
    };
    expect(file.privateKey.protection).toBe('os-keychain');
    expect(await createHost(await ports(keychain))('identity-sign', { bytes: 'AAAA' })).toMatchObject({
      ok: true,
    });
    expect(await createHost(await ports())('identity-sign', { bytes: 'AAAA' })).toMatchObject({
      ok: false,
      error: { code: 'identity-key-unavailable' },
    });
  });
});

describe('prepareHost', () => {
  it('moves the agency of version-1 settings into the identity file, keeping its id', async () => {
    const agencyId = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({
        version: 1,
        language: 'kk',
        staffName: 'Дана',
        agency: { id: agencyId, name: 'Дағдарыс орталығы', kind: 'crisis-centre', region: 'Астана' },
      }),
    );
    const p = await ports();
    await prepareHost(p);
    const identity = await createHost(p)('identity-get', undefined);
    expect(identity).toMatchObject({
      ok: true,
      value: {
        agency: { id: agencyId, name: 'Дағдарыс орталығы', kind: 'crisis-centre', district: 'Астана' },
      },
    });
    const settings = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(settings).toEqual({
      version: 2,
      language: 'kk',
      staffName: 'Дана',
      deadlineWindowDays: 7,
      recentKinds: [],
      lockAfterSeconds: 300,
      backupReminderDays: 7,
    });
  });

  it('never replaces an existing identity with the agency of old settings', async () => {
    const p = await ports();
    const created = await createHost(p)('identity-create', { details: DETAILS });
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({
        version: 1,
        agency: { id: '0190a1b2-c3d4-7e5f-8a6b-000000000000', name: 'Other', kind: 'health', region: '' },
      }),
    );
    await prepareHost(p);
    expect(await createHost(p)('identity-get', undefined)).toEqual(created);
  });
});
