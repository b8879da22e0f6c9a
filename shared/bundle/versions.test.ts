import { describe, expect, it } from 'vitest';
import type { Entry } from '../domain/types';
import {
  INSTALLATION,
  NOW,
  parseDoc,
  POLICE,
  sampleEntries,
  sampleInput,
  signRaw,
  testKey,
  writeV1,
} from './bundle.testkit';
import { sealDocument } from './envelope';
import { buildBundle, readBundle } from './index';

describe('version 1 files', () => {
  it('are read and migrated to the current shape, with what version 1 could not say left empty', async () => {
    const key = await testKey();
    const entries = await sampleEntries();
    const read = await readBundle(await writeV1(key, entries), { now: NOW });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const b = read.bundle;
    expect(b.formatVersion).toBe(1);
    expect(b.sender.agency).toEqual({ id: POLICE.id, name: POLICE.name, kind: POLICE.kind, district: '' });
    expect(b.sender.installationId).toBe(INSTALLATION);
    expect(b.recipients).toEqual([]);
    expect(b.delta).toBeNull();
    expect(b.audience.withheld).toEqual({ entries: 0, persons: 0, referenced: [] });
    expect(b.persons[0]).toEqual({
      id: (await sampleInput()).persons[0]!.id,
      role: 'victim',
      name: 'Примерова Анна (вымышл.)',
      birthDate: null,
      phone: '',
    });
    expect(b.entries).toEqual(entries);
    expect(read.warnings).toEqual([
      { code: 'unencrypted' },
      { code: 'migrated', from: 1 },
      { code: 'recipients-not-named' },
    ]);
  });

  it('are read when encrypted, in the version 1 envelope', async () => {
    const sealed = await sealDocument(await writeV1(await testKey()), 1, 'старый пароль');
    const read = await readBundle(sealed, { now: NOW, passphrase: 'старый пароль' });
    expect(read.ok && read.bundle.encrypted && read.warnings).toEqual([
      { code: 'migrated', from: 1 },
      { code: 'recipients-not-named' },
    ]);
  });

  it('are verified in their own version: a changed entry is still named', async () => {
    const doc = parseDoc(await writeV1(await testKey()));
    const id = doc.body.entries[1]!.id;
    doc.body.entries[1]!.narrative = 'изменено';
    expect(await readBundle(JSON.stringify(doc), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'hash-mismatch', path: 'body.entries[1]', entryId: id },
    });
  });

  it('keep the current rules: a reference to a missing entry is refused', async () => {
    const key = await testKey();
    const entries: Entry[] = await sampleEntries();
    const read = await readBundle(await writeV1(key, [entries[0]!, entries[2]!]), { now: NOW });
    expect(read.ok || read.error).toMatchObject({
      code: 'dangling-reference',
      path: 'body.entries[1].fields.orderEntryId',
    });
  });

  it('are frozen: a version 1 file with a version 2 field is refused', async () => {
    const key = await testKey();
    const doc = parseDoc(await writeV1(key));
    doc.header.recipients = [];
    const resigned = await signRaw(doc, key);
    expect(await readBundle(resigned, { now: NOW })).toEqual({
      ok: false,
      error: { code: 'unknown-field', path: 'header', field: 'recipients' },
    });
  });
});

describe('version 2 files', () => {
  it('cannot be passed off as version 1 (the signed header says 2)', async () => {
    const built = await buildBundle(await sampleInput(), (await testKey()).signer);
    if (!built.ok) throw new Error('build');
    const doc = parseDoc(built.text);
    doc.version = 1;
    const read = await readBundle(JSON.stringify(doc), { now: NOW });
    expect(read.ok || read.error).toEqual({ code: 'invalid-value', path: 'header.version', expected: '1' });
  });
});
