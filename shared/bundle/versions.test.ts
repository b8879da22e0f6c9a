import { describe, expect, it } from 'vitest';
import { agencyFieldValue } from '../domain/agencyField';
import type { Entry } from '../domain/types';
import {
  CRISIS,
  INSTALLATION,
  makeEntry,
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

/** A version 2 file of `entries`: the sample as Caseline wrote it before version 3. */
async function writeV2(entries?: readonly Entry[]): Promise<string> {
  const key = await testKey();
  const built = await buildBundle(await sampleInput(entries ? { entries } : {}), key.signer);
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  const doc = parseDoc(built.text);
  doc.version = 2;
  doc.header.version = 2;
  delete (doc.body.case as { otherIds?: unknown }).otherIds;
  return signRaw(doc, key);
}

describe('version 2 files', () => {
  it('cannot be passed off as version 1 (the signed header says 3)', async () => {
    const built = await buildBundle(await sampleInput(), (await testKey()).signer);
    if (!built.ok) throw new Error('build');
    const doc = parseDoc(built.text);
    doc.version = 1;
    const read = await readBundle(JSON.stringify(doc), { now: NOW });
    expect(read.ok || read.error).toEqual({ code: 'invalid-value', path: 'header.version', expected: '1' });
  });

  it('are read and migrated: the case has no other ids', async () => {
    const entries = await sampleEntries();
    const read = await readBundle(await writeV2(entries), { now: NOW });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.bundle.formatVersion).toBe(2);
    expect(read.bundle.case.otherIds).toEqual([]);
    expect(read.bundle.entries).toEqual(entries);
    expect(read.warnings).toEqual([{ code: 'unencrypted' }, { code: 'migrated', from: 2 }]);
  });

  it('are frozen: a kind or a field that came with version 3 is refused in a version 2 file', async () => {
    const consent = await makeEntry({
      kind: 'consent-recorded',
      fields: {
        partner: agencyFieldValue(CRISIS),
        scope: 'case-record',
        consentForm: 'consent-written',
      },
    });
    const kind = await readBundle(await writeV2([consent]), { now: NOW });
    expect(kind.ok || kind.error).toMatchObject({ code: 'unknown-kind', kind: 'consent-recorded' });
    const referral = await makeEntry({
      kind: 'referral-sent',
      fields: { toAgency: 'crisis-centre', replyBy: '2026-01-20' },
    });
    const field = await readBundle(await writeV2([referral]), { now: NOW });
    expect(field.ok || field.error).toMatchObject({
      code: 'unknown-field',
      path: 'body.entries[0].fields',
      field: 'replyBy',
    });
    // An action naming its owner agency (id, kind, name) came with version 3 too.
    const action = await makeEntry({
      kind: 'action-assigned',
      fields: {
        action: 'Разместить в кризисном центре',
        ownerAgency: 'crisis-centre',
        ownerAgencyRef: agencyFieldValue(CRISIS),
        dueOn: '2026-01-20',
      },
    });
    const owner = await readBundle(await writeV2([action]), { now: NOW });
    expect(owner.ok || owner.error).toMatchObject({
      code: 'unknown-field',
      path: 'body.entries[0].fields',
      field: 'ownerAgencyRef',
    });
    const older = await makeEntry({
      kind: 'action-assigned',
      fields: { action: 'Посетить школу', ownerAgency: 'police', dueOn: '2026-01-20' },
    });
    expect((await readBundle(await writeV2([older]), { now: NOW })).ok).toBe(true);
    const v3 = await buildBundle(
      await sampleInput({ entries: [consent, referral, action] }),
      (await testKey()).signer,
    );
    const read = v3.ok ? await readBundle(v3.text, { now: NOW }) : null;
    expect(read?.ok).toBe(true);
    if (!read?.ok) return;
    expect(read.bundle.entries.find((e) => e.kind === 'action-assigned')?.fields.ownerAgencyRef).toEqual(
      agencyFieldValue(CRISIS),
    );
  });
});
