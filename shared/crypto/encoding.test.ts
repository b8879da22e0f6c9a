import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import {
  concatBytes,
  constantTimeEqual,
  fromBase64,
  fromBase64Url,
  fromHex,
  fromUtf8,
  randomBytes,
  toBase64,
  toBase64Url,
  toHex,
  utf8,
} from './encoding';

const bytesOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) & 255);

describe('base64', () => {
  it('encodes every length as Node does, and decodes it back', () => {
    for (let n = 0; n <= 70; n++) {
      const bytes = bytesOf(n);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
      expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
  });

  it('round-trips more than one slice of a large buffer', () => {
    const big = randomBytes(100_003);
    expect(Buffer.compare(fromBase64(toBase64(big))!, big)).toBe(0);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });

  it('refuses anything but the one canonical spelling', () => {
    expect(fromBase64('QQ==')).toEqual(new Uint8Array([65]));
    expect(fromBase64('QR==')).toBeNull(); // unused bits set: another spelling of "A"
    expect(fromBase64('QUI=')).toEqual(new Uint8Array([65, 66]));
    expect(fromBase64('QUJ=')).toBeNull();
    expect(fromBase64('QQ')).toBeNull(); // padding missing
    expect(fromBase64('Q Q==')).toBeNull();
    expect(fromBase64('QQ==\n')).toBeNull();
    expect(fromBase64('QQ-_')).toBeNull(); // base64url alphabet in base64
    expect(fromBase64('Q===')).toBeNull();
    expect(fromBase64('ЖЖЖЖ')).toBeNull();
    expect(fromBase64Url('QQ==')).toBeNull(); // padding in base64url
    expect(fromBase64Url('Q')).toBeNull();
  });
});

describe('hex', () => {
  it('round-trips in lower case and refuses other forms', () => {
    const bytes = bytesOf(33);
    expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
    expect(fromHex(toHex(bytes))).toEqual(bytes);
    expect(fromHex('0A')).toBeNull();
    expect(fromHex('abc')).toBeNull();
    expect(fromHex('zz')).toBeNull();
    expect(fromHex('')).toEqual(new Uint8Array(0));
  });
});

describe('utf8', () => {
  it('round-trips Kazakh and Russian text', () => {
    const text = 'Әйелі қорқады: ә ғ қ ң ө ұ ү һ і — Жертва боится';
    expect(fromUtf8(utf8(text))).toBe(text);
  });

  it('gives null for bytes that are not UTF-8, never a replacement character', () => {
    expect(fromUtf8(new Uint8Array([0xc3, 0x28]))).toBeNull();
    expect(fromUtf8(new Uint8Array([0xff]))).toBeNull();
  });
});

describe('constantTimeEqual', () => {
  it('compares bytes', () => {
    expect(constantTimeEqual(bytesOf(16), bytesOf(16))).toBe(true);
    const other = bytesOf(16);
    other[15] = other[15]! ^ 1;
    expect(constantTimeEqual(bytesOf(16), other)).toBe(false);
    expect(constantTimeEqual(bytesOf(16), bytesOf(15))).toBe(false);
  });
});

describe('randomBytes and concatBytes', () => {
  it('fills more than one getRandomValues call and joins in order', () => {
    const r = randomBytes(70_000);
    expect(r.length).toBe(70_000);
    // The tail past the first 65,536 bytes is filled too (all zero has chance 2^-35,000).
    expect(r.subarray(65_536).some((b) => b !== 0)).toBe(true);
    expect(concatBytes(new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3]))).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });
});
