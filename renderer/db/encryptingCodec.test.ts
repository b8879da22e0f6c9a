/**
 * Encryption at rest: the encrypting codec on its own, on what IndexedDB stores, and the
 * resumable encryption of data written before accounts existed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importAesKey } from '../../shared/crypto/aes';
import { createCase, getCase, listCases, listPersons } from './caseRepo';
import { plainCodec, tokenKeyFrom, useCodec, type Codec } from './codec';
import {
  encryptingCodec,
  isEncrypted,
  LockedError,
  lockedCodec,
  SEALED_PREFIX,
  UnreadableValueError,
  type DataKeys,
} from './encryptingCodec';
import { countPlainValues, encryptExistingData } from './encryptAtRest';
import { loadEntries } from './entryRepo';
import { casesWithIin } from './personRepo';
import { addEntry } from './writeEntries';
import { ACTOR, CREATED_AT, CTX, draft, freshDb, HARM_CAUSER, rawDump, VICTIM } from './testDb.testkit';

afterEach(() => useCodec(plainCodec));

async function dataKeys(): Promise<DataKeys> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  return { data: (await importAesKey(raw.slice()))!, token: await tokenKeyFrom(raw.slice()) };
}

const NARRATIVE = 'Зарина сказала, что он угрожал ей ножом на кухне';

describe('the encrypting codec', () => {
  it('round-trips values and seals the same value differently every time (a fresh IV)', async () => {
    const c = encryptingCodec(await dataKeys(), { readPlain: false });
    const value = { name: 'Әлия Сәрсенбаева', list: [1, 'two'], nested: { ok: true, none: null } };
    const a = await c.seal(value);
    const b = await c.seal(value);
    expect(a.startsWith(SEALED_PREFIX)).toBe(true);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Әлия');
    expect(await c.open(a)).toEqual(value);
    expect(await c.open(b)).toEqual(value);
  });

  it('refuses a changed byte, another office’s key, and a plain value once everything is encrypted', async () => {
    const keys = await dataKeys();
    const c = encryptingCodec(keys, { readPlain: false });
    const sealed = await c.seal({ narrative: NARRATIVE });
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    const changed = `${sealed.slice(0, -2)}${last}${sealed.slice(-1)}`;
    await expect(c.open(changed)).rejects.toBeInstanceOf(UnreadableValueError);
    await expect(encryptingCodec(await dataKeys(), { readPlain: false }).open(sealed)).rejects.toBeInstanceOf(
      UnreadableValueError,
    );
    const plain = await plainCodec.seal({ narrative: NARRATIVE });
    await expect(c.open(plain)).rejects.toBeInstanceOf(UnreadableValueError);
    expect(await encryptingCodec(keys, { readPlain: true }).open(plain)).toEqual({ narrative: NARRATIVE });
  });

  it('makes tokens that are stable under one key and differ under another', async () => {
    const keys = await dataKeys();
    const one = encryptingCodec(keys, { readPlain: false });
    expect(await one.token('iin:910402450026')).toBe(await one.token('iin:910402450026'));
    expect(await one.token('iin:910402450026')).not.toBe(await plainCodec.token('iin:910402450026'));
    expect(await encryptingCodec(await dataKeys(), { readPlain: false }).token('iin:910402450026')).not.toBe(
      await one.token('iin:910402450026'),
    );
  });

  it('reads and writes nothing while locked', async () => {
    await expect(lockedCodec.seal({})).rejects.toBeInstanceOf(LockedError);
    await expect(lockedCodec.open('{}')).rejects.toBeInstanceOf(LockedError);
    await expect(lockedCodec.token('x')).rejects.toBeInstanceOf(LockedError);
  });
});

describe('stored through the encrypting codec', () => {
  it('leaves no name, address or narrative in any row IndexedDB holds, and reads all back', async () => {
    const d = freshDb();
    useCodec(encryptingCodec(await dataKeys(), { readPlain: false }));
    const caseId = await createCase(
      { reference: 'POL-2026-0001', persons: [VICTIM, HARM_CAUSER], createdAt: CREATED_AT },
      ACTOR,
    );
    await addEntry(draft(caseId, 'incident', { narrative: NARRATIVE }), CTX);
    const text = JSON.stringify(await rawDump(d.name));
    for (const secret of [VICTIM.name, VICTIM.address, VICTIM.phone, HARM_CAUSER.name, NARRATIVE])
      expect(text).not.toContain(secret);
    expect(await getCase(caseId)).toMatchObject({ victimName: VICTIM.name });
    expect((await listPersons(caseId)).map((p) => p.name).sort()).toEqual(
      [HARM_CAUSER.name, VICTIM.name].sort(),
    );
    expect((await loadEntries(caseId))[0]?.narrative).toBe(NARRATIVE);
  });
});

describe('encrypting data written before accounts existed', () => {
  /** A codec that fails after `n` seals: the process killed half-way. */
  function failingAfter(n: number, inner: Codec): Codec {
    let left = n;
    return {
      ...inner,
      seal: (value) => (left-- > 0 ? inner.seal(value) : Promise.reject(new Error('killed'))),
    };
  }

  it('completes on the next run after stopping half-way, with every value readable throughout', async () => {
    const d = freshDb();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const id = await createCase(
        {
          reference: `POL-2026-${String(i).padStart(4, '0')}`,
          persons: [VICTIM, HARM_CAUSER],
          createdAt: CREATED_AT,
        },
        ACTOR,
      );
      await addEntry(draft(id, 'note', { narrative: `${NARRATIVE} ${i}` }), CTX);
      ids.push(id);
    }
    const before = await listCases();
    const plainRows = await countPlainValues(d);
    expect(plainRows).toBe(12 + 24 + 12);

    const keys = await dataKeys();
    const reading = encryptingCodec(keys, { readPlain: true });
    useCodec(reading);
    await expect(encryptExistingData(undefined, failingAfter(20, reading), d)).rejects.toThrow('killed');
    const left = await countPlainValues(d);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(plainRows);
    // Half-encrypted: every value still reads.
    expect((await listCases()).map((c) => c.victimName)).toEqual(before.map((c) => c.victimName));

    const progress: number[] = [];
    expect(await encryptExistingData((p) => progress.push(p.done), reading, d)).toBe(left);
    expect(await countPlainValues(d)).toBe(0);
    expect(progress.at(-1)).toBe(plainRows);
    // A second run finds nothing to do.
    expect(await encryptExistingData(undefined, reading, d)).toBe(0);

    // Everything reads with plain values refused, exactly as before.
    useCodec(encryptingCodec(keys, { readPlain: false }));
    expect(await listCases()).toEqual(before);
    expect((await loadEntries(ids[3]!))[0]?.narrative).toBe(`${NARRATIVE} 3`);
    const text = JSON.stringify(await rawDump(d.name));
    expect(text).not.toContain(VICTIM.name);
    expect(text).not.toContain(NARRATIVE);
    for (const row of (await rawDump(d.name)).cases!.rows)
      expect(isEncrypted((row as { sealed: string }).sealed)).toBe(true);
    // IIN tokens are made again under the data key: the plain codec's bare hash is gone, and
    // the victim is still found on all twelve cases by her IIN.
    expect(text).not.toContain(await plainCodec.token(`iin:${VICTIM.iin}`));
    expect((await casesWithIin(VICTIM.iin)).map((m) => m.caseId).sort()).toEqual([...ids].sort());
  });
});
