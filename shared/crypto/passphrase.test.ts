import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptText, encryptText, GCM_TAG_BYTES } from './aes';
import { fromBase64, utf8 } from './encoding';
import {
  createDataKey,
  derivePassphraseKey,
  isAcceptableKdf,
  makeKeyCheck,
  newKdfParams,
  PBKDF2_MAX_ITERATIONS,
  PBKDF2_MIN_ITERATIONS,
  rewrapDataKey,
  unwrapDataKey,
  verifyKeyCheck,
  type WrappedKey,
} from './passphrase';

const PASS = 'Көктем-2026 жылы';

describe('KDF parameters', () => {
  it('default to 600,000 iterations and a fresh 16-byte salt', () => {
    const a = newKdfParams();
    const b = newKdfParams();
    expect(a.iterations).toBe(600_000);
    expect(a.name).toBe('PBKDF2-SHA256');
    expect(fromBase64(a.salt)?.length).toBe(16);
    expect(a.salt).not.toBe(b.salt);
  });

  it('accept 600,000 to 5,000,000 iterations and nothing outside', () => {
    expect(() => newKdfParams(PBKDF2_MIN_ITERATIONS - 1)).toThrow(RangeError);
    expect(() => newKdfParams(PBKDF2_MAX_ITERATIONS + 1)).toThrow(RangeError);
    const ok = newKdfParams();
    expect(isAcceptableKdf(ok)).toBe(true);
    expect(isAcceptableKdf({ ...ok, iterations: PBKDF2_MAX_ITERATIONS })).toBe(true);
    expect(isAcceptableKdf({ ...ok, iterations: PBKDF2_MIN_ITERATIONS - 1 })).toBe(false);
    expect(isAcceptableKdf({ ...ok, iterations: PBKDF2_MAX_ITERATIONS + 1 })).toBe(false);
    expect(isAcceptableKdf({ ...ok, iterations: 600_000.5 })).toBe(false);
    expect(isAcceptableKdf({ ...ok, salt: 'AAAA' })).toBe(false);
    expect(isAcceptableKdf({ ...ok, extra: 1 })).toBe(false);
  });
});

describe('derivePassphraseKey', () => {
  it('is PBKDF2-HMAC-SHA256 as another implementation computes it', async () => {
    const params = newKdfParams();
    const key = await derivePassphraseKey(PASS, params);
    const sealed = await encryptText(key!, 'секрет');
    const raw = pbkdf2Sync(utf8(PASS), fromBase64(params.salt)!, params.iterations, 32, 'sha256');
    const decipher = createDecipheriv('aes-256-gcm', raw, sealed.iv);
    decipher.setAuthTag(sealed.ciphertext.subarray(-GCM_TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(sealed.ciphertext.subarray(0, -GCM_TAG_BYTES)),
      decipher.final(),
    ]);
    expect(plain.toString('utf8')).toBe('секрет');
  });

  it('derives the same key from a passphrase however its letters were composed', async () => {
    const params = newKdfParams();
    const composed = 'Айгүл й';
    const decomposed = 'Айгүл \u0438\u0306'; // и + combining breve, as some keyboards send й
    expect(composed).not.toBe(decomposed);
    const a = await derivePassphraseKey(composed, params);
    const b = await derivePassphraseKey(decomposed, params);
    expect(await decryptText(b!, await encryptText(a!, 'x'))).toEqual({ ok: true, value: 'x' });
  });

  it('refuses parameters outside the accepted range', async () => {
    expect(await derivePassphraseKey(PASS, { ...newKdfParams(), iterations: 1000 })).toBeNull();
  });
});

describe('key check', () => {
  it('passes for the key it was made with and fails for another', async () => {
    const params = newKdfParams();
    const right = await derivePassphraseKey(PASS, params);
    const wrong = await derivePassphraseKey(`${PASS}!`, params);
    const check = await makeKeyCheck(right!);
    expect(await verifyKeyCheck(right!, check)).toBe(true);
    expect(await verifyKeyCheck(wrong!, check)).toBe(false);
    expect(await verifyKeyCheck(right!, { ...check, tag: 'AAAA' })).toBe(false);
  });
});

describe('wrapped data key', () => {
  it('unwraps with the passphrase into a non-extractable key that opens what the data key sealed', async () => {
    const { key, wrapped } = await createDataKey(PASS);
    expect(key.extractable).toBe(false);
    const sealed = await encryptText(key, 'ИИН 900401400000');
    const again = await unwrapDataKey(JSON.parse(JSON.stringify(wrapped)), PASS);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.key.extractable).toBe(false);
    expect(await decryptText(again.key, sealed)).toEqual({ ok: true, value: 'ИИН 900401400000' });
  });

  it('answers a wrong passphrase, a weakened record and a malformed one without throwing', async () => {
    const { wrapped } = await createDataKey(PASS);
    expect(await unwrapDataKey(wrapped, 'не тот пароль')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    const weakened: WrappedKey = { ...wrapped, kdf: { ...wrapped.kdf, iterations: 1000 } };
    expect(await unwrapDataKey(weakened, PASS)).toEqual({ ok: false, reason: 'kdf-rejected' });
    // Within range but not what the key was wrapped with: authenticated, so it fails.
    const changed: WrappedKey = { ...wrapped, kdf: { ...wrapped.kdf, iterations: 600_001 } };
    expect(await unwrapDataKey(changed, PASS)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await unwrapDataKey({ ...wrapped, wrapped: 'AAAA' }, PASS)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await unwrapDataKey(null, PASS)).toEqual({ ok: false, reason: 'malformed' });
    expect(await unwrapDataKey({ ...wrapped, version: 2 }, PASS)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('rewraps the same key for a second account, leaving the first one working', async () => {
    const { key, wrapped } = await createDataKey(PASS);
    const sealed = await encryptText(key, 'заметка');
    const second = await rewrapDataKey(wrapped, PASS, 'пароль сотрудника');
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.wrapped.kdf.salt).not.toBe(wrapped.kdf.salt);
    const byStaff = await unwrapDataKey(second.wrapped, 'пароль сотрудника');
    const byAdmin = await unwrapDataKey(wrapped, PASS);
    expect(byStaff.ok && (await decryptText(byStaff.key, sealed))).toEqual({ ok: true, value: 'заметка' });
    expect(byAdmin.ok && (await decryptText(byAdmin.key, sealed))).toEqual({ ok: true, value: 'заметка' });
    expect(await rewrapDataKey(wrapped, 'wrong', 'x')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });
});
