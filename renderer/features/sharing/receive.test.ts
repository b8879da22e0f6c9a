/**
 * Receiving bundles at the crisis centre: a bundle becomes a case (the sender's id kept, its
 * reference an alias), the same file again changes nothing, a conflict never overwrites, a case
 * opened separately is linked; and every bad file of issue 7 item 8 gets its own message while
 * nothing stored changes (only the audit log records the refusal).
 */
import { describe, expect, it } from 'vitest';
import { buildPartnerCard } from '../../../shared/bundle';
import {
  CASE_ID,
  CRISIS,
  entriesOf,
  HEALTH,
  makeEntry,
  NOW,
  parseDoc,
  POLICE,
  rehash,
  sampleEntries,
  sampleInput,
  signRaw,
  testKey,
  writeV1,
} from '../../../shared/bundle/bundle.testkit';
import { agencyFieldValue } from '../../../shared/domain/agencyField';
import type { Entry } from '../../../shared/domain/types';
import { translator } from '../../i18n/i18n';
import { createCase, getCase, listPersons } from '../../db/caseRepo';
import { linksOf } from '../../db/caseLinkRepo';
import { loadEntries } from '../../db/entryRepo';
import { decideNewKey, getPartner } from '../../db/partnerRepo';
import { sharesOf } from '../../db/shareLog';
import { freshDb } from '../../db/testDb.testkit';
import { addEntry } from '../../db/writeEntries';
import { generateSigningKeyPair, exportPublicKey, fingerprintOf } from '../../../shared/crypto/signing';
import { refusalText } from './fileErrors';
import { directOpener } from './bundleFile';
import { previewStep, readStep, type ReceiveResult } from './receiveFlow';
import { auditActions, bundleText, receive, RECEIVER, RECEIVE_CTX, snapshot } from './sharing.testkit';

const t = translator('en');

/** The message a refused file gets, in English, and where in the file. */
function messageOf(result: ReceiveResult): { text: string; where: string } {
  if (result.outcome !== 'refused') throw new Error(`not refused: ${JSON.stringify(result).slice(0, 300)}`);
  return refusalText(result.refusal, t, 'en');
}

type Doc = ReturnType<typeof parseDoc>;

/** The sample bundle changed by `change` and signed again by its sender: only the change is wrong. */
async function forged(change: (doc: Doc, entries: Entry[]) => unknown): Promise<string> {
  const doc = parseDoc(await bundleText());
  await change(doc, entriesOf(doc));
  return signRaw(doc, await testKey());
}

/** The sample bundle changed by `change`, not signed again. */
async function changed(change: (doc: Doc) => unknown): Promise<string> {
  const doc = parseDoc(await bundleText());
  change(doc);
  return JSON.stringify(doc);
}

describe('a bundle received', () => {
  it('becomes a case with the sender’s case id, its reference an alias; entries, persons, partner and record stored', async () => {
    freshDb();
    const entries = await sampleEntries();
    const result = await receive(await bundleText({ entries }));
    expect(result).toMatchObject({ outcome: 'received', localCaseId: CASE_ID });
    expect(await loadEntries(CASE_ID)).toEqual(
      [...entries].sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 0)),
    );
    expect(await getCase(CASE_ID)).toMatchObject({
      reference: 'CC-2026-0001',
      ownerAgency: { id: POLICE.id },
      victimName: 'Примерова Анна (вымышл.)',
      summary: { entryCount: entries.length },
    });
    expect((await listPersons(CASE_ID)).map((p) => [p.role, p.name, p.phone])).toEqual([
      ['victim', 'Примерова Анна (вымышл.)', ''],
      ['harm-causer', 'Примеров Борис (вымышл.)', ''],
    ]);
    expect(await linksOf(CASE_ID)).toMatchObject([
      { caseId: CASE_ID, agencyId: POLICE.id, reference: 'POL-2026-0001' },
    ]);
    expect((await getPartner(POLICE.id))?.key.fingerprint).toBe(
      await fingerprintOf((await testKey()).publicKey),
    );
    expect(await sharesOf(CASE_ID)).toMatchObject([
      { direction: 'received', counts: { fresh: entries.length } },
    ]);
    expect(await auditActions()).toEqual(['partner-trusted', 'case-created', 'share-received']);
  });

  it('again changes nothing: the same file is recognised, and read again it adds nothing', async () => {
    freshDb();
    const text = await bundleText();
    await receive(text);
    const before = await snapshot();
    expect(await receive(text)).toMatchObject({
      outcome: 'taken-in-before',
      record: { direction: 'received' },
    });
    const again = await receive(text, { again: true });
    expect(again).toMatchObject({ outcome: 'received', plan: { fresh: [], known: 7, conflicts: [] } });
    expect(await snapshot()).toEqual(before);
  });

  it('renames a trusted partner only with a merge: a refused bundle or a preview leaves the directory as it was', async () => {
    freshDb();
    await receive(await bundleText());
    const renamed = { ...POLICE, name: 'УП Нового района (пример)', district: 'Новый район' };
    const directory = async () => (await getPartner(POLICE.id))?.agency;
    const before = await directory();
    expect(before).toMatchObject({ name: POLICE.name, district: POLICE.district });

    // Valid and signed by the trusted key, but made for another agency: refused.
    const refused = await receive(
      await bundleText({
        sender: { ...(await sampleInput()).sender, agency: renamed },
        recipients: [HEALTH],
      }),
    );
    expect(refused).toMatchObject({ outcome: 'refused', refusal: { problem: { code: 'not-addressed' } } });
    expect(await directory()).toEqual(before);

    // Previewed but not taken in: the preview stores nothing.
    const text = await bundleText({ sender: { ...(await sampleInput()).sender, agency: renamed } });
    const file = await directOpener(text);
    const read = await readStep(file, undefined, RECEIVE_CTX);
    if (read.step !== 'read') throw new Error(read.step);
    expect(
      await previewStep(read.bundle, { kind: 'existing', localCaseId: CASE_ID }, file, RECEIVE_CTX),
    ).toMatchObject({ plan: { problem: null } });
    expect(await directory()).toEqual(before);

    // Taken in: the directory shows the name and district the partner now signs with.
    expect(await receive(text)).toMatchObject({ outcome: 'received' });
    expect(await directory()).toMatchObject({ name: renamed.name, district: renamed.district });
  });

  it('lists a conflict (same id, other content) and never writes over what is held', async () => {
    freshDb();
    const entries = await sampleEntries();
    await receive(await bundleText({ entries }));
    const changedNote = await rehash(entries[6]!, { narrative: 'Другой текст' });
    const result = await receive(await bundleText({ entries: [...entries.slice(0, 6), changedNote] }));
    expect(result).toMatchObject({ outcome: 'received', plan: { known: 6 } });
    if (result.outcome !== 'received') return;
    expect(result.plan.conflicts.map((c) => c.entry.id)).toEqual([changedNote.id]);
    expect((await loadEntries(CASE_ID)).find((e) => e.id === changedNote.id)?.narrative).toBe(
      entries[6]!.narrative,
    );
  });

  it('tells new, known and conflicting apart when most ids stored between its first and last are not its own', async () => {
    freshDb();
    const notes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => makeEntry({ narrative: `Заметка ${i}` })),
    );
    await receive(await bundleText({ entries: notes.slice(0, 9) }));
    // Nine entries are stored from the first of these to the last: more than twice the three asked
    // for, so they are looked up one by one rather than read as a range.
    const conflicting = await rehash(notes[4]!, { narrative: 'Другой текст' });
    const result = await receive(await bundleText({ entries: [notes[0]!, conflicting, notes[9]!] }));
    expect(result).toMatchObject({ outcome: 'received', plan: { known: 1 } });
    if (result.outcome !== 'received') return;
    expect(result.plan.conflicts.map((c) => c.entry.id)).toEqual([conflicting.id]);
    expect(result.plan.fresh.map((e) => e.id)).toEqual([notes[9]!.id]);
    expect((await loadEntries(CASE_ID)).map((e) => e.narrative).sort()).toEqual(
      notes.map((e) => e.narrative).sort(),
    );
  });

  it('into a case this office opened itself: linked, the entries keep their own case id, the next bundle finds it', async () => {
    freshDb();
    const own = await createCase({ reference: 'CC-2026-0007', persons: [], createdAt: NOW }, RECEIVER);
    await addEntry(
      {
        caseId: own,
        kind: 'note',
        occurredAt: '2026-01-04T09:00:00+05:00',
        author: RECEIVER,
        confidentiality: { level: 'shared' },
        basis: { kind: 'observed' },
        sourceAgency: '',
        narrative: 'Обратилась сама',
        fields: {},
        correction: null,
      },
      { ...RECEIVE_CTX },
    );
    const first = await receive(await bundleText(), {
      target: () => ({ kind: 'existing', localCaseId: own }),
    });
    expect(first).toMatchObject({ outcome: 'received', localCaseId: own });
    const loaded = await loadEntries(own);
    expect(loaded).toHaveLength(8);
    expect(loaded.filter((e) => e.caseId === CASE_ID)).toHaveLength(7);
    expect((await getCase(own))!.summary.entryCount).toBe(8);
    const later = await receive(await bundleText({ entries: [await makeEntry({ narrative: 'Позже' })] }));
    expect(later).toMatchObject({ outcome: 'received', localCaseId: own });
    expect(await linksOf(own)).toMatchObject([{ caseId: CASE_ID, reference: 'POL-2026-0001' }]);
  });

  it('keeps HTML and script in every text field as text, exactly as written', async () => {
    freshDb();
    const html = '<script>alert("x")</script><img src=x onerror=alert(1)><b>жирный</b>';
    const entry = await makeEntry({
      kind: 'court-decision',
      narrative: html,
      fields: { decision: html },
      basis: { kind: 'reported', by: html },
      sourceAgency: html,
      author: { name: html, agency: { id: POLICE.id, kind: POLICE.kind, name: html } },
    });
    const result = await receive(
      await bundleText({
        entries: [entry],
        persons: [],
        audience: { kind: 'agency', note: html, withheld: { entries: 0, persons: 0 }, contactsRemoved: true },
      }),
    );
    expect(result.outcome).toBe('received');
    expect(await loadEntries(CASE_ID)).toEqual([entry]);
  });

  it('of an older format is read and migrated', async () => {
    freshDb();
    const result = await receive(await writeV1(await testKey()));
    expect(result).toMatchObject({
      outcome: 'received',
      warnings: [{ code: 'unencrypted' }, { code: 'migrated', from: 1 }, { code: 'recipients-not-named' }],
    });
  });
});

/** Every bad file of the issue, the exact message it gets, and the database left as it was. */
const BAD_FILES: readonly {
  readonly name: string;
  readonly file: () => Promise<string | Uint8Array>;
  readonly text: string;
  readonly where?: string;
}[] = [
  {
    name: 'truncated',
    file: async () => (await bundleText()).slice(0, 900),
    text: 'This file is incomplete: it was cut short while it was copied or downloaded. Copy it again, or ask the sender for it again.',
  },
  {
    name: 'not JSON',
    file: () => Promise.resolve('Акт осмотра места происшествия, 12 марта'),
    text: 'This file is not a Caseline bundle: it cannot be read as one. It may be another kind of document, or damaged.',
  },
  {
    name: 'not a bundle',
    file: () => Promise.resolve(JSON.stringify({ format: 'spreadsheet', rows: [] })),
    text: 'This file is not a case bundle.',
  },
  {
    name: 'a partner card instead of a bundle',
    file: async () => {
      const key = await testKey();
      const card = await buildPartnerCard(
        {
          agency: POLICE,
          contact: { name: '', phone: '', email: '' },
          installationId: CASE_ID,
          publicKey: key.publicKey,
          createdAt: NOW,
        },
        key.signer,
      );
      if (!card.ok) throw new Error('card');
      return card.text;
    },
    text: 'This is a partner card, not a case bundle: add it in Settings → Partners.',
  },
  {
    name: 'newer format',
    file: () => changed((d) => (d.version = 9)),
    text: 'This bundle was made by a newer version of Caseline (format 9; this one reads up to 3). Update Caseline to open it.',
  },
  {
    name: 'tampered entry',
    file: () => changed((d) => (d.body.entries[1]!.narrative = 'Подменённый текст')),
    text: 'An entry was changed after it was written: its content no longer matches its hash. The file was tampered with or damaged.',
    where: 'In entry 2 of the file. Where in the file: body.entries[1]',
  },
  {
    name: 'bad signature',
    file: () => changed((d) => (d.header.createdAt = '2026-03-10T13:00:00+05:00')),
    text: 'The bundle’s signature does not match: the file was changed after it was signed.',
  },
  {
    name: 'missing signature',
    file: () => changed((d) => delete d.signature),
    text: 'The bundle is not signed, so nobody can tell who made it.',
  },
  {
    name: 'unknown field',
    file: () => forged((d) => (d.body.entries[0]!.comment = 'лишнее')),
    text: 'The file holds something the bundle format does not have (“comment”): it was changed, or not made by Caseline.',
    where: 'In entry 1 of the file. Where in the file: body.entries[0]',
  },
  {
    name: 'missing field',
    file: () => forged((d) => delete d.body.entries[0]!.narrative),
    text: 'Something every bundle must have is missing from the file (“narrative”).',
    where: 'In entry 1 of the file. Where in the file: body.entries[0]',
  },
  {
    name: 'wrong type',
    file: () => forged((d) => (d.body.entries[0]!.narrative = 42)),
    text: 'A value in the file is of the wrong type (expected: string).',
    where: 'In entry 1 of the file. Where in the file: body.entries[0].narrative',
  },
  {
    name: 'string over the limit',
    file: () => forged((d) => (d.body.entries[0]!.narrative = 'а'.repeat(20_001))),
    text: 'A text in the file is too long (20001 characters; at most 20000).',
    where: 'In entry 1 of the file. Where in the file: body.entries[0].narrative',
  },
  {
    name: 'too many entries',
    file: () => changed((d) => (d.body.entries = new Array(200_001).fill(0) as Record<string, unknown>[])),
    text: 'The file holds too many items in one list (200001; at most 200000).',
    where: 'Where in the file: body.entries',
  },
  {
    name: '__proto__ as a key',
    file: async () => (await bundleText()).replace('"fields":{', '"fields":{"__proto__":{"isAdmin":true},'),
    text: 'The file uses a name that is never allowed (“__proto__”): a sign of a file made to do harm. Nothing in it was used.',
    where: 'In entry 1 of the file. Where in the file: body.entries[0].fields',
  },
  {
    name: 'constructor as a key',
    file: async () => (await bundleText()).replace('"case":{', '"case":{"constructor":{"prototype":1},'),
    text: 'The file uses a name that is never allowed (“constructor”): a sign of a file made to do harm. Nothing in it was used.',
    where: 'Where in the file: body.case',
  },
  {
    name: 'date out of range',
    file: () => forged((d) => (d.body.entries[0]!.occurredAt = '1899-12-31T10:00:00+05:00')),
    text: 'A date in the file is outside the years 1900–2100.',
    where: 'In entry 1 of the file. Where in the file: body.entries[0].occurredAt',
  },
  {
    name: 'reference to an entry not in the bundle',
    file: () => forged((d) => void d.body.entries.splice(1, 1)),
    text: 'An entry refers to another entry that is neither in the file nor declared as withheld.',
    where: 'In entry 2 of the file. Where in the file: body.entries[1].fields.orderEntryId',
  },
  {
    name: 'reference to a person not in the bundle',
    file: () =>
      forged(async (d, es) => {
        d.body.entries[1] = await rehash(es[1]!, {
          fields: { ...es[1]!.fields, againstPersonId: '01900000-0000-7000-8000-0000000b0099' },
        });
      }),
    text: 'An entry refers to a person who is not in the file.',
    where: 'In entry 2 of the file. Where in the file: body.entries[1].fields.againstPersonId',
  },
  {
    name: 'an internal entry',
    file: () =>
      forged(async (d, es) => {
        d.body.entries[0] = await rehash(es[0]!, { confidentiality: { level: 'internal' } });
      }),
    text: 'The file carries an entry marked internal to its agency: such entries never leave the agency that wrote them.',
    where: 'In entry 1 of the file. Where in the file: body.entries[0].confidentiality',
  },
  {
    name: 'a case on the must-not list',
    file: async () =>
      bundleText({
        entries: [
          await makeEntry({
            kind: 'never-share',
            fields: { excludedAgency: agencyFieldValue(CRISIS), reason: 'Там работает отец' },
          }),
        ],
      }),
    text: 'This case lists your agency as one that must never receive it. Tell the sender; nothing was taken in.',
  },
  {
    name: 'made for another agency',
    file: () => bundleText({ recipients: [HEALTH] }),
    text: 'This bundle was made for Поликлиника №0 (пример), not for your agency.',
  },
  {
    name: 'a correction in the name of an agency that did not write the entry',
    file: async () => {
      const entries = await sampleEntries();
      const forgedVoid = await makeEntry({
        author: { name: 'Кто-то', agency: HEALTH },
        correction: { supersedes: entries[0]!.id, action: 'void', reason: 'Не было' },
      });
      return bundleText({ entries: [...entries, forgedVoid] });
    },
    text: 'The bundle changes an entry of УП Тестового района (пример) in the name of Поликлиника №0 (пример): only the agency that wrote an entry may correct or void it.',
  },
];

describe('a bad file', () => {
  for (const bad of BAD_FILES) {
    it(`${bad.name}: says what is wrong, and nothing stored changes`, async () => {
      freshDb();
      await receive(await bundleText()); // a case and a partner already here
      const before = await snapshot();
      const audit = await auditActions();
      const result = await receive(await bad.file());
      expect(messageOf(result)).toEqual({ text: bad.text, where: bad.where ?? '' });
      expect(await snapshot()).toEqual(before);
      expect(await auditActions()).toEqual([...audit, 'share-refused']);
    });
  }

  it('encrypted, with a wrong passphrase: asks again, and nothing stored changes', async () => {
    freshDb();
    const sealed = await bundleText({}, 'верная фраза');
    const before = await snapshot();
    expect(await receive(sealed)).toEqual({ outcome: 'passphrase', wrong: false });
    expect(await receive(sealed, { passphrase: 'неверная фраза' })).toEqual({
      outcome: 'passphrase',
      wrong: true,
    });
    expect(t('bundleError.wrong-passphrase')).toBe(
      'This passphrase does not open the bundle. Check it with the sender: letters, capitals and keyboard layout all count.',
    );
    expect(await snapshot()).toEqual(before);
    expect(await receive(sealed, { passphrase: 'верная фраза' })).toMatchObject({ outcome: 'received' });
  });

  it('signed with a key of a known agency that is not its key: nothing merges until a person decides', async () => {
    freshDb();
    await receive(await bundleText());
    const other = await generateSigningKeyPair();
    const doc = parseDoc(await bundleText());
    const otherKey = await exportPublicKey(other.publicKey);
    doc.header.sender = {
      ...(doc.header.sender as object),
      publicKey: otherKey,
      fingerprint: await fingerprintOf(otherKey),
    };
    const resigned = await signRaw(doc, {
      publicKey: otherKey,
      privateKey: other.privateKey,
      signer: async (b) =>
        new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, other.privateKey, b)),
    });
    const before = await snapshot();
    expect(await receive(resigned)).toMatchObject({ outcome: 'ask', check: { kind: 'changed' } });
    expect(await snapshot()).toEqual(before);

    await decideNewKey(
      POLICE.id,
      { agency: POLICE, publicKey: otherKey, fingerprint: (await fingerprintOf(otherKey))! },
      'refuse',
      RECEIVER,
      NOW,
    );
    const refused = await receive(resigned);
    expect(messageOf(refused).text).toBe(
      'This bundle is signed with a key of УП Тестового района (пример) that was refused here on 10 Mar 2026.',
    );
    expect(await auditActions()).toEqual([
      'partner-trusted',
      'case-created',
      'share-received',
      'partner-key-refused',
      'share-refused',
    ]);
  });
});
