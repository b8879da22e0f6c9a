import { describe, expect, it } from 'vitest';
import { generateDemo, demoDraft } from '../demo/generator';
import { mayRead } from '../domain/audience';
import { entryHash } from '../domain/canonical';
import { assessmentToFields, scoreAssessment } from '../domain/risk';
import type { Entry } from '../domain/types';
import type { CaseId, EntryId } from '../ids';
import { uuidv7 } from '../ids';
import { utf8 } from '../crypto/encoding';
import { displayFingerprint, fingerprintOf } from '../crypto/signing';
import {
  CASE_ID,
  CRISIS,
  HEALTH,
  INSTALLATION,
  makeEntry,
  NOW,
  POLICE,
  sampleInput,
  testKey,
} from './bundle.testkit';
import { buildBundle, readBundle, type Phase } from './index';

async function buildOk(...args: Parameters<typeof buildBundle>): Promise<string> {
  const built = await buildBundle(...args);
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return built.text;
}

describe('a bundle written and read back', () => {
  it('carries exactly what was put in, signed by the sender', async () => {
    const key = await testKey();
    const input = await sampleInput();
    const built = await buildBundle(input, key.signer);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.fingerprint).toBe(await fingerprintOf(key.publicKey));

    const read = await readBundle(built.text, { now: NOW });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const b = read.bundle;
    expect(b.bundleId).toBe(built.bundleId);
    expect(b.formatVersion).toBe(3);
    expect(b.encrypted).toBe(false);
    expect(b.createdAt).toBe(NOW);
    expect(b.sender).toEqual({ ...input.sender, fingerprint: built.fingerprint });
    expect(b.recipients).toEqual([CRISIS]);
    expect(b.case).toEqual({ ...input.case, otherIds: [] });
    expect(b.persons).toEqual(input.persons);
    expect(b.entries).toEqual(input.entries);
    expect(b.audience).toEqual({
      ...input.audience,
      withheld: { ...input.audience.withheld, referenced: [] },
    });
    expect(b.delta).toBeNull();
    expect(read.warnings).toEqual([{ code: 'unencrypted' }]);
  });

  it('keeps HTML and script in text exactly as written: it is data, shown as text', async () => {
    const key = await testKey();
    const narrative = '<script>alert("x")</script><img src=x onerror=alert(1)> & «кавычки» \u202e';
    const entry = await makeEntry({ narrative });
    const text = await buildOk(await sampleInput({ entries: [entry] }), key.signer);
    const read = await readBundle(text, { now: NOW });
    expect(read.ok && read.bundle.entries[0]!.narrative).toBe(narrative);
  });

  it('reads the same file re-indented, and from bytes with a byte-order mark', async () => {
    const key = await testKey();
    const text = await buildOk(await sampleInput(), key.signer);
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect((await readBundle(pretty, { now: NOW })).ok).toBe(true);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect((await readBundle(bytes, { now: NOW })).ok).toBe(true);
  });

  it('encrypted: reads with the passphrase, and the envelope shows nothing of the case or sender', async () => {
    const key = await testKey();
    const input = await sampleInput();
    const text = await buildOk(input, key.signer, { passphrase: 'Көктем 2026' });
    for (const secret of [
      input.case.reference,
      CASE_ID,
      POLICE.name,
      POLICE.id,
      CRISIS.id,
      INSTALLATION,
      key.publicKey,
      (await fingerprintOf(key.publicKey))!,
      'Примерова',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'version',
      'encrypted',
      'kdf',
      'cipher',
      'ciphertext',
    ]);
    const read = await readBundle(text, { now: NOW, passphrase: 'Көктем 2026' });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.bundle.encrypted).toBe(true);
    expect(read.bundle.entries).toEqual(input.entries);
    expect(read.warnings).toEqual([]);
  });

  it('reports progress through validation and hash checks up to the last entry', async () => {
    const key = await testKey();
    const input = await sampleInput();
    const text = await buildOk(input, key.signer);
    const seen: { phase: Phase; done: number; total: number }[] = [];
    await readBundle(text, { now: NOW, onProgress: (p) => seen.push(p) });
    const last = (phase: Phase) => seen.filter((p) => p.phase === phase).at(-1);
    expect(last('validate')).toEqual({
      phase: 'validate',
      done: input.entries.length,
      total: input.entries.length,
    });
    expect(last('verify')).toEqual({
      phase: 'verify',
      done: input.entries.length,
      total: input.entries.length,
    });
  });

  it('warns when the sender’s clock was more than a day ahead', async () => {
    const key = await testKey();
    const text = await buildOk(await sampleInput({ createdAt: '2026-03-12T12:00:00+05:00' }), key.signer);
    const read = await readBundle(text, { now: NOW });
    expect(read.ok && read.warnings).toContainEqual({
      code: 'clock-ahead',
      path: 'header.createdAt',
      at: '2026-03-12T12:00:00+05:00',
    });
    const inTime = await buildOk(await sampleInput({ createdAt: '2026-03-11T11:59:00+05:00' }), key.signer);
    const ok = await readBundle(inTime, { now: NOW });
    expect(ok.ok && ok.warnings).toEqual([{ code: 'unencrypted' }]);
  });

  it('carries risk assessments as the risk form writes them', async () => {
    const key = await testKey();
    const answers = { strangulation: 'yes', 'threats-to-kill': 'yes', weapons: 'no' } as const;
    const fields = assessmentToFields(
      {
        answers,
        notes: { strangulation: 'со слов потерпевшей' },
        score: scoreAssessment(answers),
        override: { level: 'high', reason: 'мнение специалиста' },
      },
      'high',
    );
    const entry = await makeEntry({ kind: 'risk-assessment', fields, basis: { kind: 'opinion' } });
    const read = await readBundle(await buildOk(await sampleInput({ entries: [entry] }), key.signer), {
      now: NOW,
    });
    expect(read.ok && read.bundle.entries[0]!.fields).toEqual(fields);
  });
});

describe('a demo case sent to all partners', () => {
  it('passes the strict schema: what the app writes, the format carries', async () => {
    const key = await testKey();
    const home = { id: POLICE.id, name: POLICE.name, kind: POLICE.kind };
    const [demo] = generateDemo({
      seed: 11,
      cases: 1,
      entriesPerCase: 120,
      today: '2026-03-01',
      now: '2026-03-01T12:00:00+05:00',
      home,
    });
    const caseId = uuidv7(Date.UTC(2025, 11, 1)) as CaseId;
    const ids = demo!.entries.map((_, i) => uuidv7(Date.UTC(2025, 11, 1) + i));
    const all: Entry[] = await Promise.all(
      demo!.entries.map(async (d, i) => {
        const draft = demoDraft(d, caseId, ids);
        const base = { ...draft, id: ids[i] as EntryId, recordedAt: draft.occurredAt };
        return { ...base, hash: await entryHash(base) };
      }),
    );
    const audience = { kind: 'partners' } as const;
    // What redaction leaves for partners: shared entries, without the shelter's name.
    const sent = await Promise.all(
      all
        .filter((e) => mayRead(audience, e))
        .map(async (e) => {
          if (e.kind !== 'shelter-admission') return e;
          const { hash: _h, ...rest } = e;
          const fields = { ...rest.fields };
          delete fields.shelter;
          return { ...rest, fields, hash: await entryHash({ ...rest, fields }) };
        }),
    );
    const withheld = all.filter((e) => !sent.some((s) => s.id === e.id)).map((e) => e.id);
    expect(withheld.length).toBeGreaterThan(0);
    const input = await sampleInput({
      recipients: [CRISIS, HEALTH],
      case: {
        id: caseId,
        reference: 'POL-2026-0042',
        status: demo!.status,
        createdAt: demo!.createdAt,
        ownerAgency: home,
      },
      audience: {
        kind: 'partners',
        note: '',
        withheld: { entries: withheld.length, persons: 0 },
        contactsRemoved: true,
      },
      entries: sent,
      withheldIds: withheld,
    });
    const built = await buildBundle(input, key.signer);
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    const read = await readBundle(built.text, { now: NOW });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.bundle.entries).toHaveLength(sent.length);
    // Every reference the sent entries make resolves: to a sent entry or a declared withheld one.
    for (const id of read.bundle.audience.withheld.referenced) expect(withheld).toContain(id);
    expect(displayFingerprint(read.bundle.sender.fingerprint)).toMatch(/^\d{5}( \d{5}){5}$/);
  });
});
