/**
 * The codec seam (codec.ts, schema/v1.ts, schema/v3.ts): sensitive values are stored only
 * inside `sealed`, which the codec produces; no index and no other column holds them, and an
 * IIN is indexed only as the codec's token. Checked on what
 * IndexedDB itself stores (rawDump reads it without Dexie), with the plain codec of today and
 * with an encrypting WebCrypto codec like the one encryption at rest will install.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { verifyEntryHash } from '../../shared/domain/canonical';
import type { Entry } from '../../shared/domain/types';
import { createCase, getCase, listPersons, setCaseStatus } from './caseRepo';
import { EMPTY_PERSON_DETAILS, type PersonInput } from '../../shared/domain/person';
import { keyedTokens, plainCodec, tokenKeyFrom, useCodec, type Codec } from './codec';
import { finishEntry, loadEntries } from './entryRepo';
import { addEntry, writeEntries } from './writeEntries';
import { V1_STORES } from './schema/v1';
import { V2_STORES } from './schema/v2';
import { V3_STORES } from './schema/v3';
import { V4_STORES } from './schema/v4';
import { V5_STORES } from './schema/v5';
import { ACTOR, CREATED_AT, CTX, draft, freshDb, HARM_CAUSER, NOW, rawDump, VICTIM } from './testDb.testkit';

afterEach(() => useCodec(plainCodec));

const CHILD: PersonInput = {
  ...EMPTY_PERSON_DETAILS,
  role: 'child',
  name: 'Әлия Сәрсенбаева',
  birthDate: '2016-09-01',
  phone: '',
  address: 'Сейфуллин даңғылы 404',
  notes: 'Attends school No. 12, collected by her grandmother',
};

const NARRATIVE = 'She said he threatened her with a knife in the kitchen';
const CORRECTED_NARRATIVE = 'She said he threatened her with a kitchen knife in the hallway';
const REPORTED_BY = 'Neighbour Gulnara from flat 38';
const SHELTER = 'Safe house on Zheltoksan street';
const CORRECTION_REASON = 'Victim clarified where it happened';
const CLOSED_REASON = 'Family moved to Pavlodar region';
const ACTION_TEXT = 'Visit Aigerim at her sister’s flat on Tole bi';

/** Every sensitive value the scenario below writes. */
const SENSITIVE: readonly string[] = [
  ...[VICTIM, HARM_CAUSER, CHILD].flatMap((p) =>
    [p.name, ...p.aliases, p.iin, p.phone, p.address, p.safeContactTimes, p.notes].filter((v) => v !== ''),
  ),
  NARRATIVE,
  CORRECTED_NARRATIVE,
  REPORTED_BY,
  SHELTER,
  CORRECTION_REASON,
  CLOSED_REASON,
  ACTION_TEXT,
];

/** The words of the sensitive values too, so a value split or reformatted is still caught. */
const SENSITIVE_WORDS: readonly string[] = [
  ...new Set(SENSITIVE.flatMap((v) => v.split(/[\s,.]+/)).filter((w) => w.length >= 6)),
];

/** A case with persons, a reported incident, a shelter admission, a correction, then closed. */
async function writeScenario(): Promise<{ caseId: string; entries: Entry[] }> {
  const caseId = await createCase(
    { reference: 'POL-2026-0042', persons: [VICTIM, HARM_CAUSER, CHILD], createdAt: CREATED_AT },
    ACTOR,
  );
  const incident = await addEntry(
    {
      ...draft(caseId, 'incident', { narrative: NARRATIVE, fields: { weapon: true } }),
      basis: { kind: 'reported', by: REPORTED_BY },
    },
    CTX,
  );
  const corrected = await addEntry(
    {
      ...draft(caseId, 'incident', {
        narrative: CORRECTED_NARRATIVE,
        fields: { weapon: true },
        correction: { supersedes: incident.id, action: 'correct', reason: CORRECTION_REASON },
      }),
      basis: { kind: 'reported', by: REPORTED_BY },
    },
    CTX,
  );
  const shelter = await addEntry(
    draft(caseId, 'shelter-admission', { fields: { shelter: SHELTER, plannedExitOn: '2026-03-01' } }),
    CTX,
  );
  // An action's text feeds the deadlines page, but the stored summary keeps only its date and
  // the responsible agency.
  const action = await addEntry(
    draft(caseId, 'action-assigned', {
      fields: { action: ACTION_TEXT, ownerAgency: 'social-protection', dueOn: '2026-03-05' },
    }),
    CTX,
  );
  // Bulk writes (demo workspace, benchmarks) go through the same seam.
  const bulk = await finishEntry(draft(caseId, 'note', { narrative: `${NARRATIVE} again` }), NOW);
  await writeEntries([{ caseId, entries: [bulk] }]);
  await setCaseStatus(caseId, 'closed', CLOSED_REASON, NOW, ACTOR);
  return { caseId, entries: [incident, corrected, shelter, action, bulk] };
}

function leaks(value: unknown): string[] {
  const text = JSON.stringify(value);
  return [...SENSITIVE, ...SENSITIVE_WORDS].filter((s) => text.includes(s));
}

/** A row without its sealed column. */
function unsealed(row: unknown): unknown {
  const { sealed: _sealed, ...rest } = row as Record<string, unknown>;
  return rest;
}

/** The non-sensitive columns that are indexed. Adding an index on anything else fails here. */
const INDEXED_COLUMNS = new Set([
  'id',
  'key',
  'seq',
  'reference',
  'status',
  'demo',
  'caseId',
  'occurredUtc',
  'kind',
  'heldOn',
  // v4: the ids of the cases on a meeting's agenda.
  'caseIds',
  'meetingId',
  'dueOn',
  'at',
  'iinToken',
  // Sharing (v5): bundle file digests, partner and agency ids, local case ids.
  'fileDigest',
  'partnerIds',
  'localCaseId',
  'agencyId',
]);

describe('indexes', () => {
  it('are exactly those of the current schema, on non-sensitive columns only', async () => {
    const d = freshDb();
    await d.open();
    const stored = await rawDump(d.name);
    expect(Object.keys(stored).sort()).toEqual(
      Object.keys({ ...V1_STORES, ...V2_STORES, ...V3_STORES, ...V4_STORES, ...V5_STORES }).sort(),
    );
    const keyPaths = Object.entries(stored).flatMap(([, s]) => [
      s.keyPath,
      ...Object.values(s.indexes).map((i) => i.keyPath),
    ]);
    for (const keyPath of keyPaths) {
      for (const column of [keyPath ?? []].flat()) expect([...INDEXED_COLUMNS]).toContain(column);
    }
    expect(
      Object.fromEntries(Object.entries(stored).map(([n, s]) => [n, Object.keys(s.indexes).sort()])),
    ).toEqual({
      cases: ['demo', 'reference', 'status'],
      persons: ['caseId', 'iinToken'],
      entries: ['[caseId+kind]', '[caseId+occurredUtc]'],
      meetings: ['caseIds', 'heldOn', 'status'],
      actions: ['caseId', 'dueOn', 'meetingId'],
      audit: ['at', 'caseId', 'seq'],
      meta: [],
      partners: [],
      shares: ['caseId', 'fileDigest', 'partnerIds'],
      caseLinks: ['[agencyId+reference]', 'caseId', 'localCaseId'],
    });
  });

  it('hold no sensitive value: no name, contact, address, narrative or reason in any index key', async () => {
    const d = freshDb();
    await writeScenario();
    const stored = await rawDump(d.name);
    // The scenario did write its rows (so an empty index cannot pass this test).
    expect(stored.entries!.indexes['[caseId+occurredUtc]']!.keys).toHaveLength(5);
    expect(stored.persons!.indexes.caseId!.keys).toHaveLength(3);
    // The victim's and the harm-causer's IINs are indexed, as tokens; the child has none.
    expect(stored.persons!.indexes.iinToken!.keys).toHaveLength(2);
    for (const [name, store] of Object.entries(stored)) {
      expect({ name, leaks: leaks(store.primaryKeys) }).toEqual({ name, leaks: [] });
      for (const [index, { keys }] of Object.entries(store.indexes))
        expect({ name, index, leaks: leaks(keys) }).toEqual({ name, index, leaks: [] });
    }
  });
});

describe('stored rows', () => {
  it('keep sensitive values only inside sealed', async () => {
    const d = freshDb();
    await writeScenario();
    const stored = await rawDump(d.name);
    // The leak check must be able to see them: with the plain codec, sealed holds them as JSON.
    expect(leaks(stored.persons!.rows.map((r) => (r as { sealed: string }).sealed))).toContain(
      VICTIM.address,
    );
    // Outside sealed, no store holds any of them, the case summary included.
    for (const [name, store] of Object.entries(stored)) {
      expect({ name, leaks: leaks(store.rows.map(unsealed)) }).toEqual({ name, leaks: [] });
    }
  });
});

/** AES-GCM through WebCrypto: async like the codec of encryption at rest. */
async function aesCodec(): Promise<Codec & { sealed: number; opened: number }> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const toB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  const fromB64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const c = {
    sealed: 0,
    opened: 0,
    async seal(value: unknown): Promise<string> {
      c.sealed++;
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = new TextEncoder().encode(JSON.stringify(value));
      const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data));
      return `aes:${toB64(iv)}:${toB64(cipher)}`;
    },
    token: keyedTokens(await tokenKeyFrom(crypto.getRandomValues(new Uint8Array(32)))),
    async open<T>(sealed: string): Promise<T> {
      c.opened++;
      const [tag, iv, cipher] = sealed.split(':');
      if (tag !== 'aes' || !iv || !cipher) throw new Error('Not sealed by this codec');
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(iv) }, key, fromB64(cipher));
      return JSON.parse(new TextDecoder().decode(plain)) as T;
    },
  };
  return c;
}

describe('with an encrypting codec', () => {
  it('stores no sensitive value anywhere, and every repository reads back what was written', async () => {
    const d = freshDb();
    const aes = await aesCodec();
    useCodec(aes);

    const { caseId, entries } = await writeScenario();
    expect(aes.sealed).toBeGreaterThan(0);

    const stored = await rawDump(d.name);
    for (const [name, store] of Object.entries(stored)) {
      expect({ name, leaks: leaks(store.rows) }).toEqual({ name, leaks: [] });
      for (const row of store.rows) {
        const sealed = (row as { sealed?: unknown }).sealed;
        if (sealed !== undefined) expect(sealed).toMatch(/^aes:/);
      }
    }

    expect(await getCase(caseId)).toMatchObject({
      reference: 'POL-2026-0042',
      victimName: VICTIM.name,
      status: 'closed',
      closedReason: CLOSED_REASON,
    });
    const persons = await listPersons(caseId);
    expect(persons.map(({ id: _id, caseId: _caseId, ...p }) => p)).toEqual(
      expect.arrayContaining([VICTIM, HARM_CAUSER, CHILD]),
    );
    expect(persons).toHaveLength(3);

    const loaded = await loadEntries(caseId);
    expect([...loaded].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...entries].sort((a, b) => a.id.localeCompare(b.id)),
    );
    // The hash is of the content, not of its sealed form: it verifies after decoding.
    for (const e of loaded) expect(await verifyEntryHash(e)).toBe(true);
    expect(aes.opened).toBeGreaterThan(0);
  });

  it('cannot be read back with another codec: the repositories really go through the seam', async () => {
    freshDb();
    useCodec(await aesCodec());
    const caseId = await createCase({ reference: 'X-1', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
    useCodec(plainCodec);
    await expect(getCase(caseId)).rejects.toThrow();
    await expect(listPersons(caseId)).rejects.toThrow();
  });
});

describe('plain codec', () => {
  it('round-trips values exactly', async () => {
    const value = { name: 'Әлия', n: 3, list: ['a', 'b'], nested: { ok: true, none: null } };
    expect(await plainCodec.open(await plainCodec.seal(value))).toEqual(value);
  });
});

describe('tokens', () => {
  const IIN_TEXT = 'iin:910402450018';

  it('plain: the same text gives the same token, another text another, and neither shows the text', async () => {
    const a = await plainCodec.token(IIN_TEXT);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await plainCodec.token(IIN_TEXT)).toBe(a);
    expect(await plainCodec.token('iin:910402450026')).not.toBe(a);
    expect(a).not.toContain('910402450018');
  });

  it('plain: is SHA-256 of the domain-separated text, not of the text alone', async () => {
    const hex = async (text: string) =>
      Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');
    expect(await plainCodec.token(IIN_TEXT)).toBe(await hex(`caseline/token/v1\u0000${IIN_TEXT}`));
    expect(await plainCodec.token(IIN_TEXT)).not.toBe(await hex(IIN_TEXT));
  });

  it('keyed: stable under one key, different under another key and from the plain token', async () => {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const one = keyedTokens(await tokenKeyFrom(secret));
    const again = keyedTokens(await tokenKeyFrom(secret.slice()));
    const other = keyedTokens(await tokenKeyFrom(crypto.getRandomValues(new Uint8Array(32))));
    const t = await one(IIN_TEXT);
    expect(t).toMatch(/^[0-9a-f]{64}$/);
    expect(await again(IIN_TEXT)).toBe(t);
    expect(await one('iin:910402450026')).not.toBe(t);
    expect(await other(IIN_TEXT)).not.toBe(t);
    expect(await plainCodec.token(IIN_TEXT)).not.toBe(t);
  });

  it('keyed: is HMAC-SHA-256 under the HKDF-derived key, so another program can compute it', async () => {
    const secret = new Uint8Array(32).fill(7);
    const { createHmac, hkdfSync } = await import('node:crypto');
    const key = Buffer.from(hkdfSync('sha256', secret, 'caseline/token/v1\u0000', 'caseline token key', 32));
    const expected = createHmac('sha256', key).update(`caseline/token/v1\u0000${IIN_TEXT}`).digest('hex');
    expect(await keyedTokens(await tokenKeyFrom(secret))(IIN_TEXT)).toBe(expected);
  });
});
