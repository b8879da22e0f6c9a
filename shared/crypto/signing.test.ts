import { createHash, createPublicKey, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, utf8 } from './encoding';
import {
  displayFingerprint,
  exportPrivateKey,
  exportPublicKey,
  fingerprintOf,
  generateSigningKeyPair,
  importPrivateKey,
  importPublicKey,
  signerFor,
  verifySignature,
} from './signing';

const MESSAGE = utf8('{"bundleId":"0190…","format":"caseline-bundle"}');

describe('signing keys', () => {
  it('exports the public key as 91-byte SPKI that imports back and verifies', async () => {
    const pair = await generateSigningKeyPair();
    const spki = await exportPublicKey(pair.publicKey);
    expect(spki).toHaveLength(124);
    expect(fromBase64(spki)?.length).toBe(91);
    const signature = new Uint8Array(await signerFor(pair.privateKey)(MESSAGE));
    expect(signature.length).toBe(64);
    const imported = await importPublicKey(spki);
    expect(await verifySignature(imported!, signature, MESSAGE)).toBe(true);
    expect(await verifySignature(imported!, signature, utf8('другое'))).toBe(false);
    expect(await verifySignature(imported!, signature.slice(0, 63), MESSAGE)).toBe(false);
  });

  it('signs in IEEE P1363 form that another implementation verifies', async () => {
    const pair = await generateSigningKeyPair();
    const signature = await signerFor(pair.privateKey)(MESSAGE);
    const key = createPublicKey({
      key: Buffer.from(fromBase64(await exportPublicKey(pair.publicKey))!),
      format: 'der',
      type: 'spki',
    });
    expect(nodeVerify('sha256', MESSAGE, { key, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
  });

  it('refuses public keys that are not P-256 points in the documented form', async () => {
    const pair = await generateSigningKeyPair();
    const der = fromBase64(await exportPublicKey(pair.publicKey))!;
    const offCurve = der.slice();
    offCurve[60] = offCurve[60]! ^ 0xff;
    expect(await importPublicKey(toBase64(offCurve))).toBeNull();
    expect(await importPublicKey(toBase64(der.slice(0, 90)))).toBeNull();
    expect(await importPublicKey('not base64')).toBeNull();
    const p384 = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, [
      'sign',
      'verify',
    ]);
    const spki384 = toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', p384.publicKey)));
    expect(await importPublicKey(spki384)).toBeNull();
  });

  it('stores the private key as PKCS #8 and imports it non-extractable', async () => {
    const pair = await generateSigningKeyPair();
    const restored = await importPrivateKey(await exportPrivateKey(pair.privateKey));
    expect(restored?.extractable).toBe(false);
    const signature = new Uint8Array(await signerFor(restored!)(MESSAGE));
    expect(await verifySignature(pair.publicKey, signature, MESSAGE)).toBe(true);
    expect(await importPrivateKey('AAAA')).toBeNull();
  });
});

describe('fingerprints', () => {
  it('are SHA-256 of the SPKI bytes', async () => {
    const spki = await exportPublicKey((await generateSigningKeyPair()).publicKey);
    expect(await fingerprintOf(spki)).toBe(createHash('sha256').update(fromBase64(spki)!).digest('hex'));
    expect(await fingerprintOf('**')).toBeNull();
  });

  it('show as six groups of five digits, each from five bytes of the hash', () => {
    expect(displayFingerprint('00'.repeat(32))).toBe('00000 00000 00000 00000 00000 00000');
    // 0xffffffffff = 1,099,511,627,775; mod 100,000 = 27,775.
    expect(displayFingerprint('ff'.repeat(32))).toBe('27775 27775 27775 27775 27775 27775');
    // 0x0000000001 … only the first 30 bytes count.
    expect(displayFingerprint(`${'0000000001'.repeat(6)}ffff`)).toBe('00001 00001 00001 00001 00001 00001');
    expect(displayFingerprint('FF'.repeat(32))).toBe('');
    expect(displayFingerprint('ff')).toBe('');
  });

  it('differ for different keys in what people read', async () => {
    const a = await fingerprintOf(await exportPublicKey((await generateSigningKeyPair()).publicKey));
    const b = await fingerprintOf(await exportPublicKey((await generateSigningKeyPair()).publicKey));
    expect(displayFingerprint(a!)).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(displayFingerprint(a!)).not.toBe(displayFingerprint(b!));
  });
});
