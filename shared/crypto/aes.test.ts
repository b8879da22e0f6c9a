import { createDecipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decryptBytes,
  decryptText,
  encryptBytes,
  encryptText,
  GCM_TAG_BYTES,
  generateAesKey,
  importAesKey,
  packSealed,
  unpackSealed,
} from './aes';
import { randomBytes, utf8 } from './encoding';

const TEXT = 'Адрес: ул. Примерная, 1 — Мекенжай';

async function key(raw = randomBytes(32)) {
  const k = await importAesKey(raw);
  if (!k) throw new Error('no key');
  return k;
}

describe('AES-256-GCM', () => {
  it('round-trips text and bytes, with and without additional data', async () => {
    const k = await key();
    const aad = utf8('person:0190…:address');
    const opened = await decryptText(k, await encryptText(k, TEXT, aad), aad);
    expect(opened).toEqual({ ok: true, value: TEXT });
    const bytes = randomBytes(1000);
    expect(await decryptBytes(k, await encryptBytes(k, bytes))).toEqual({ ok: true, value: bytes });
  });

  it('uses a fresh IV for every call', async () => {
    const k = await key();
    const a = await encryptText(k, TEXT);
    const b = await encryptText(k, TEXT);
    expect(a.iv.length).toBe(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
  });

  it('writes standard GCM: ciphertext then 16-byte tag, readable by another implementation', async () => {
    const raw = randomBytes(32);
    const sealed = await encryptText(await key(raw), TEXT, utf8('aad'));
    const body = sealed.ciphertext.subarray(0, sealed.ciphertext.length - GCM_TAG_BYTES);
    const tag = sealed.ciphertext.subarray(sealed.ciphertext.length - GCM_TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', raw, sealed.iv);
    decipher.setAAD(utf8('aad'));
    decipher.setAuthTag(tag);
    expect(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')).toBe(TEXT);
  });

  it('reports a wrong key, other additional data or any changed byte as an authentication failure', async () => {
    const k = await key();
    const sealed = await encryptText(k, TEXT, utf8('a'));
    expect(await decryptText(await key(), sealed, utf8('a'))).toEqual({ ok: false, reason: 'auth-failed' });
    expect(await decryptText(k, sealed, utf8('b'))).toEqual({ ok: false, reason: 'auth-failed' });
    expect(await decryptText(k, sealed)).toEqual({ ok: false, reason: 'auth-failed' });
    const flipped = sealed.ciphertext.slice();
    flipped[3] = flipped[3]! ^ 1;
    expect(await decryptText(k, { iv: sealed.iv, ciphertext: flipped }, utf8('a'))).toEqual({
      ok: false,
      reason: 'auth-failed',
    });
    expect(await decryptText(k, { iv: sealed.iv, ciphertext: sealed.ciphertext.slice(0, 10) })).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await decryptText(k, { iv: sealed.iv.slice(0, 8), ciphertext: sealed.ciphertext })).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('imports only 32-byte keys, as non-extractable', async () => {
    expect(await importAesKey(randomBytes(16))).toBeNull();
    expect(await importAesKey(randomBytes(33))).toBeNull();
    const k = await key();
    expect(k.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', k)).rejects.toThrow();
    expect((await generateAesKey()).extractable).toBe(false);
  });

  it('packs IV and ciphertext into one byte string for storage', async () => {
    const k = await key();
    const sealed = await encryptText(k, TEXT);
    const packed = packSealed(sealed);
    expect(packed.length).toBe(12 + sealed.ciphertext.length);
    const unpacked = unpackSealed(packed);
    expect(unpacked).not.toBeNull();
    expect(await decryptText(k, unpacked!)).toEqual({ ok: true, value: TEXT });
    expect(unpackSealed(packed.slice(0, 27))).toBeNull();
  });
});
