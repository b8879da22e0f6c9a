/**
 * Every error a file can get, each from the smallest change to a valid file that causes it.
 * Files that must be correctly signed to reach a rule are re-signed with the sender's key, so
 * the test sees that rule and not the signature.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../domain/types';
import { toBase64 } from '../crypto/encoding';
import { exportPublicKey, generateSigningKeyPair } from '../crypto/signing';
import {
  CRISIS,
  entriesOf,
  HEALTH,
  makeEntry,
  NOW,
  parseDoc,
  rehash,
  sampleInput,
  signRaw,
  testKey,
} from './bundle.testkit';
import { buildPartnerCard } from './card';
import { sealDocument } from './envelope';
import { readBundle } from './read';
import { buildBundle, type FileError } from './index';

let cached: string | null = null;
/** A valid plain bundle's text (built once). */
async function valid(): Promise<string> {
  if (cached === null) {
    const built = await buildBundle(await sampleInput(), (await testKey()).signer);
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    cached = built.text;
  }
  return cached;
}

type Doc = ReturnType<typeof parseDoc>;

/** The valid file changed by `change`, not re-signed. */
async function changed(change: (doc: Doc) => void): Promise<string> {
  const doc = parseDoc(await valid());
  change(doc);
  return JSON.stringify(doc);
}

/** The valid file changed by `change` and signed again: only the change is wrong. */
async function forged(change: (doc: Doc, entries: Entry[]) => Promise<void> | void): Promise<string> {
  const doc = parseDoc(await valid());
  const entries = entriesOf(doc);
  await change(doc, entries);
  return signRaw(doc, await testKey());
}

async function errorOf(file: string | Uint8Array, passphrase?: string): Promise<FileError | null> {
  const read = await readBundle(file, { now: NOW, ...(passphrase === undefined ? {} : { passphrase }) });
  return read.ok ? null : read.error;
}

const entry = (doc: Doc, i: number) => doc.body.entries[i]!;

describe('files that are not readable bundles', () => {
  it('not JSON', async () => {
    expect(await errorOf('Здравствуйте, это письмо')).toEqual({ code: 'not-json' });
    expect(await errorOf(`${await valid()}x`)).toEqual({ code: 'not-json' });
    expect(await errorOf(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({ code: 'not-json' });
  });

  it('truncated: cut anywhere, or empty', async () => {
    const text = await valid();
    for (const at of [0, 1, 17, Math.floor(text.length / 2), text.length - 1]) {
      expect(await errorOf(text.slice(0, at))).toEqual({ code: 'truncated' });
    }
  });

  it('not a bundle: other JSON, or a partner card', async () => {
    expect(await errorOf('[]')).toEqual({ code: 'not-a-bundle', found: 'unknown' });
    expect(await errorOf('{"format":"caseline"}')).toEqual({ code: 'not-a-bundle', found: 'unknown' });
    const key = await testKey();
    const card = await buildPartnerCard(
      {
        agency: { id: CRISIS.id, name: CRISIS.name, kind: CRISIS.kind, district: '' },
        contact: { name: 'Примерова П.', phone: '', email: '' },
        installationId: '01900000-0000-7000-8000-00000000d002',
        publicKey: key.publicKey,
        createdAt: NOW,
      },
      key.signer,
    );
    expect(card.ok && (await errorOf(card.text))).toEqual({ code: 'not-a-bundle', found: 'partner-card' });
  });

  it('newer: made by a newer Caseline, plain or encrypted', async () => {
    expect(await errorOf(await changed((d) => (d.version = 4)))).toEqual({
      code: 'newer-version',
      version: 4,
      supported: 3,
    });
    const sealed = await sealDocument(await valid(), 7, 'пароль');
    expect(await errorOf(sealed)).toEqual({ code: 'newer-version', version: 7, supported: 3 });
  });

  it('a version no Caseline wrote, or none', async () => {
    expect(await errorOf(await changed((d) => (d.version = 0)))).toEqual({
      code: 'unsupported-version',
      version: '0',
    });
    expect(await errorOf(await changed((d) => (d.version = '2')))).toEqual({
      code: 'unsupported-version',
      version: '"2"',
    });
    expect(await errorOf(await changed((d) => delete d.version))).toEqual({
      code: 'missing-field',
      path: '',
      field: 'version',
    });
  });
});

describe('the passphrase envelope', () => {
  it('needs a passphrase, tells a wrong one from damage', async () => {
    const sealed = await sealDocument(await valid(), 2, 'правильный');
    expect(await errorOf(sealed)).toEqual({ code: 'needs-passphrase' });
    expect(await errorOf(sealed, '')).toEqual({ code: 'needs-passphrase' });
    expect(await errorOf(sealed, 'неправильный')).toEqual({ code: 'wrong-passphrase' });
    const env = JSON.parse(sealed) as { ciphertext: string };
    const middle = Math.floor(env.ciphertext.length / 2);
    const flipped = env.ciphertext[middle] === 'A' ? 'B' : 'A';
    env.ciphertext = env.ciphertext.slice(0, middle) + flipped + env.ciphertext.slice(middle + 1);
    expect(await errorOf(JSON.stringify(env), 'правильный')).toEqual({ code: 'damaged' });
  });

  it('refuses too few or too many iterations before deriving anything', async () => {
    const env = JSON.parse(await sealDocument(await valid(), 2, 'p')) as { kdf: { iterations: number } };
    for (const iterations of [599_999, 1_000_000_000]) {
      env.kdf.iterations = iterations;
      expect(await errorOf(JSON.stringify(env), 'p')).toEqual({
        code: 'kdf-rejected',
        iterations,
        min: 600_000,
        max: 5_000_000,
      });
    }
  });

  it('authenticates its version: a document inside of another version is refused', async () => {
    // Same passphrase and a valid version 2 document, but sealed as version 1.
    const sealed = await sealDocument(await valid(), 1, 'p');
    expect(await errorOf(sealed, 'p')).toEqual({ code: 'invalid-value', path: 'version', expected: '1' });
    const env = JSON.parse(await sealDocument(await valid(), 2, 'p')) as { version: number };
    env.version = 1;
    expect(await errorOf(JSON.stringify(env), 'p')).toEqual({ code: 'damaged' });
  });
});

describe('schema errors, with where and what', () => {
  const cases: [string, (d: Doc) => void, FileError][] = [
    [
      'unknown field',
      (d) => (entry(d, 2).occurredUtc = 'x'),
      { code: 'unknown-field', path: 'body.entries[2]', field: 'occurredUtc' },
    ],
    [
      'unknown field at the top',
      (d) => (d.comment = 'hi'),
      { code: 'unknown-field', path: '', field: 'comment' },
    ],
    [
      'missing field',
      (d) => delete entry(d, 1).narrative,
      { code: 'missing-field', path: 'body.entries[1]', field: 'narrative' },
    ],
    [
      'missing required kind field',
      (d) => delete (entry(d, 1).fields as Record<string, unknown>).measure,
      { code: 'missing-field', path: 'body.entries[1].fields', field: 'measure' },
    ],
    [
      'wrong type',
      (d) => (entry(d, 0).narrative = 5),
      { code: 'wrong-type', path: 'body.entries[0].narrative', expected: 'string' },
    ],
    [
      'value outside its set',
      (d) => ((d.body.case as Record<string, unknown>).status = 'archived'),
      { code: 'invalid-value', path: 'body.case.status', expected: '("open" | "monitoring" | "closed")' },
    ],
    [
      'unknown entry kind',
      (d) => (entry(d, 3).kind = 'teleport'),
      { code: 'unknown-kind', path: 'body.entries[3].kind', kind: 'teleport' },
    ],
    [
      'too long',
      (d) => (entry(d, 0).narrative = 'я'.repeat(20_001)),
      { code: 'string-too-long', path: 'body.entries[0].narrative', max: 20_000, length: 20_001 },
    ],
    [
      'number out of range',
      (d) => ((entry(d, 1).fields as Record<string, unknown>).durationMonths = 13),
      { code: 'out-of-range', path: 'body.entries[1].fields.durationMonths', min: 3, max: 12 },
    ],
    [
      'NUL in text',
      (d) => (entry(d, 0).narrative = 'до\u0000после'),
      { code: 'bad-text', path: 'body.entries[0].narrative' },
    ],
    [
      'half a surrogate pair',
      (d) => ((d.body.persons as Record<string, unknown>[])[0]!.name = 'Анна \ud83d'),
      { code: 'bad-text', path: 'body.persons[0].name' },
    ],
    [
      'id that is not a UUID',
      (d) => (entry(d, 2).id = '0190F0A0-0000-7000-8000-000000000001'),
      { code: 'bad-id', path: 'body.entries[2].id' },
    ],
    [
      'a day that does not exist',
      (d) => ((d.body.persons as Record<string, unknown>[])[0]!.birthDate = '2023-02-29'),
      { code: 'bad-date', path: 'body.persons[0].birthDate' },
    ],
    [
      'an instant that does not exist',
      (d) => (entry(d, 0).occurredAt = '2024-02-30T10:00:00+05:00'),
      { code: 'bad-date', path: 'body.entries[0].occurredAt' },
    ],
    [
      'a year out of range',
      (d) => ((d.body.persons as Record<string, unknown>[])[0]!.birthDate = '1899-12-31'),
      { code: 'date-out-of-range', path: 'body.persons[0].birthDate', min: 1900, max: 2100 },
    ],
    [
      'no recipients',
      (d) => (d.header.recipients = []),
      { code: 'too-few', path: 'header.recipients', min: 1 },
    ],
    [
      'too many entries (counted before any is read)',
      (d) => (d.body.entries = Array.from({ length: 200_001 }, () => ({}))),
      { code: 'too-many', path: 'body.entries', max: 200_000, count: 200_001 },
    ],
    [
      'a bad public key',
      (d) => ((d.header.sender as Record<string, unknown>).publicKey = 'QUJD'),
      { code: 'invalid-value', path: 'header.sender.publicKey', expected: 'base64-91-bytes' },
    ],
  ];
  for (const [name, change, expected] of cases) {
    it(name, async () => {
      const error = await errorOf(await changed(change));
      // Entry errors also name the entry when its id could be read.
      if (error && 'entryId' in error) {
        const { entryId: _id, ...rest } = error;
        expect(rest).toEqual(expected);
      } else expect(error).toEqual(expected);
    });
  }

  it('answers at once for a value nested a hundred thousand levels deep, or a key a megabyte long', async () => {
    const text = await valid();
    const deep = text.replace(
      '"narrative":"',
      `"narrative":${'['.repeat(100_000)}${']'.repeat(100_000)},"x":"`,
    );
    expect(await errorOf(deep)).toMatchObject({ code: 'wrong-type', path: 'body.entries[0].narrative' });
    const key = 'k'.repeat(1_000_000);
    const error = await errorOf(text.replace('"header":{', `"header":{"${key}":1,`));
    expect(error).toMatchObject({ code: 'unknown-field', path: 'header' });
    expect(error && 'field' in error && error.field.length).toBeLessThanOrEqual(101);
  });

  it('names the entry an error is in', async () => {
    const doc = parseDoc(await valid());
    const id = entry(doc, 4).id;
    entry(doc, 4).narrative = 1;
    expect(await errorOf(JSON.stringify(doc))).toMatchObject({
      path: 'body.entries[4].narrative',
      entryId: id,
    });
  });

  it('refuses __proto__, constructor and prototype as keys anywhere, fields included', async () => {
    const text = await valid();
    const inFields = text.replace('"fields":{"channel"', '"fields":{"__proto__":{"isAdmin":true},"channel"');
    expect(inFields).not.toBe(text);
    expect(await errorOf(inFields)).toMatchObject({
      code: 'forbidden-key',
      key: '__proto__',
      path: 'body.entries[0].fields',
    });
    const inHeader = text.replace('"header":{', '"header":{"constructor":{"prototype":1},');
    expect(await errorOf(inHeader)).toEqual({ code: 'forbidden-key', key: 'constructor', path: 'header' });
    const top = text.replace('{"format"', '{"prototype":{},"format"');
    expect(await errorOf(top)).toEqual({ code: 'forbidden-key', key: 'prototype', path: '' });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('rules beyond the schema (correctly signed files)', () => {
  it('an entry of another case', async () => {
    const other = '01900000-0000-7000-8000-0000000ca5e2';
    const file = await forged(async (d, es) => {
      d.body.entries[2] = await rehash(es[2]!, { caseId: other as Entry['caseId'] });
    });
    expect(await errorOf(file)).toMatchObject({
      code: 'wrong-case',
      path: 'body.entries[2].caseId',
      caseId: other,
    });
  });

  it('the same entry id twice', async () => {
    const file = await forged((d) => {
      d.body.entries.push(d.body.entries[0]!);
    });
    expect(await errorOf(file)).toMatchObject({ code: 'duplicate-id', path: 'body.entries[7].id' });
  });

  it('a reference to an entry that is not there', async () => {
    const file = await forged((d) => {
      d.body.entries.splice(1, 1); // the order that entries[2] serves and entries[3] corrects
    });
    expect(await errorOf(file)).toMatchObject({
      code: 'dangling-reference',
      path: 'body.entries[1].fields.orderEntryId',
    });
  });

  it('an entry of a case the bundle names among the other ids of its case is its own', async () => {
    const other = '01900000-0000-7000-8000-0000000ca5e2';
    const file = await forged(async (d, es) => {
      (d.body.case as { otherIds: string[] }).otherIds = [other];
      d.body.entries[2] = await rehash(es[2]!, { caseId: other as Entry['caseId'] });
    });
    expect(await errorOf(file)).toBeNull();
  });

  it('a reference to a person who is not in the bundle', async () => {
    const missing = '01900000-0000-7000-8000-0000000b0099';
    const file = await forged(async (d, es) => {
      d.body.entries[1] = await rehash(es[1]!, { fields: { ...es[1]!.fields, againstPersonId: missing } });
    });
    expect(await errorOf(file)).toEqual({
      code: 'dangling-person',
      path: 'body.entries[1].fields.againstPersonId',
      entryId: entry(parseDoc(file), 1).id,
      id: missing,
    });
    const named = await forged(async (d, es) => {
      const victim = (d.body.persons as { id: string }[])[1]!.id;
      d.body.entries[1] = await rehash(es[1]!, { fields: { ...es[1]!.fields, againstPersonId: victim } });
    });
    expect(await errorOf(named)).toBeNull();
  });

  it('a reference to itself, or to the wrong kind of entry', async () => {
    const self = await forged(async (d, es) => {
      d.body.entries[2] = await rehash(es[2]!, { fields: { orderEntryId: es[2]!.id } });
    });
    expect(await errorOf(self)).toMatchObject({ code: 'bad-reference', problem: 'self' });
    const wrongKind = await forged(async (d, es) => {
      d.body.entries[2] = await rehash(es[2]!, { fields: { orderEntryId: es[0]!.id } });
    });
    expect(await errorOf(wrongKind)).toMatchObject({
      code: 'bad-reference',
      problem: 'wrong-kind',
      path: 'body.entries[2].fields.orderEntryId',
    });
  });

  it('an internal entry, or a restricted one a recipient may not read', async () => {
    const internal = await forged(async (d, es) => {
      d.body.entries[0] = await rehash(es[0]!, { confidentiality: { level: 'internal' } });
    });
    expect(await errorOf(internal)).toMatchObject({ code: 'not-for-recipients', level: 'internal' });
    const restricted = await forged(async (d, es) => {
      d.header.recipients = [CRISIS, HEALTH];
      d.body.entries[0] = await rehash(es[0]!, {
        confidentiality: { level: 'restricted', agencies: [CRISIS] },
      });
    });
    expect(await errorOf(restricted)).toMatchObject({
      code: 'not-for-recipients',
      level: 'restricted',
      path: 'body.entries[0].confidentiality',
    });
    const named = await forged(async (d, es) => {
      d.body.entries[0] = await rehash(es[0]!, {
        confidentiality: { level: 'restricted', agencies: [CRISIS] },
      });
    });
    expect(await errorOf(named)).toBeNull();
  });
});

describe('integrity', () => {
  it('a missing signature', async () => {
    expect(await errorOf(await changed((d) => delete d.signature))).toEqual({ code: 'missing-signature' });
    expect(await errorOf(await changed((d) => (d.signature = null)))).toEqual({ code: 'missing-signature' });
  });

  it('a changed entry is named by its hash', async () => {
    const doc = parseDoc(await valid());
    const id = entry(doc, 3).id;
    entry(doc, 3).narrative = 'Изменено после подписи';
    expect(await errorOf(JSON.stringify(doc))).toEqual({
      code: 'hash-mismatch',
      path: 'body.entries[3]',
      entryId: id,
    });
  });

  it('a changed header breaks the signature', async () => {
    const file = await changed(
      (d) => ((d.header.recipients as Record<string, unknown>[])[0]!.name = 'Другое агентство'),
    );
    expect(await errorOf(file)).toEqual({ code: 'bad-signature', part: 'header' });
  });

  it('a changed body (a person, or an entry re-hashed) breaks the digest the header signs', async () => {
    const person = await changed((d) => ((d.body.persons as Record<string, unknown>[])[1]!.name = 'Иванов'));
    expect(await errorOf(person)).toEqual({ code: 'bad-signature', part: 'body' });
    const doc = parseDoc(await valid());
    doc.body.entries[0] = await rehash(entriesOf(doc)[0]!, { narrative: 'другое' });
    expect(await errorOf(JSON.stringify(doc))).toEqual({ code: 'bad-signature', part: 'body' });
  });

  it('a signature by another key than the one written', async () => {
    const pair = await generateSigningKeyPair();
    const other = await exportPublicKey(pair.publicKey);
    const file = await changed((d) => ((d.header.sender as Record<string, unknown>).publicKey = other));
    expect(await errorOf(file)).toEqual({ code: 'fingerprint-mismatch' });
  });

  it('a public key that is no point on the curve', async () => {
    const file = await changed(
      (d) => ((d.header.sender as Record<string, unknown>).publicKey = toBase64(new Uint8Array(91))),
    );
    expect(await errorOf(file)).toEqual({ code: 'bad-public-key', path: 'header.sender.publicKey' });
  });
});

describe('size', () => {
  it('refuses a file over the limit before parsing it', async () => {
    const big = new Uint8Array(256 * 1024 * 1024 + 1);
    expect(await errorOf(big)).toEqual({ code: 'too-large', size: big.length, max: 256 * 1024 * 1024 });
  });
});

describe('building refuses what reading would', () => {
  it('gives the reader’s error for bad input, a wrong hash, a foreign key or a failing signer', async () => {
    const key = await testKey();
    const input = await sampleInput();
    const long = await buildBundle(
      { ...input, case: { ...input.case, reference: 'R'.repeat(101) } },
      key.signer,
    );
    expect(long).toEqual({
      ok: false,
      error: { code: 'string-too-long', path: 'body.case.reference', max: 100, length: 101 },
    });
    const stale = { ...input.entries[2]!, narrative: 'изменено без нового хеша' };
    const bad = await buildBundle(
      { ...input, entries: [...input.entries.slice(0, 2), stale, ...input.entries.slice(3)] },
      key.signer,
    );
    expect(bad).toEqual({
      ok: false,
      error: { code: 'hash-mismatch', path: 'body.entries[2]', entryId: stale.id },
    });
    const stranger = await generateSigningKeyPair();
    const foreign = await buildBundle(
      input,
      async (b) =>
        new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, stranger.privateKey, b)),
    );
    expect(foreign).toEqual({ ok: false, error: { code: 'key-mismatch' } });
    const down = await buildBundle(input, () => Promise.reject(new Error('host unavailable')));
    expect(down).toEqual({ ok: false, error: { code: 'signer-failed', message: 'host unavailable' } });
    const internal = await makeEntry({ confidentiality: { level: 'internal' } });
    const leak = await buildBundle({ ...input, entries: [internal] }, key.signer);
    expect(leak.ok || leak.error.code).toBe('not-for-recipients');
  });
});
