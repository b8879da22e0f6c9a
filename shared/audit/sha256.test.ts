import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../domain/canonical';
import { sha256HexSync } from './sha256';

describe('sha256HexSync', () => {
  // The test vectors published with FIPS 180-4 (NIST's SHA-256 examples).
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('hashes the standard vector of %# as published', (text, digest) => {
    expect(sha256HexSync(text)).toBe(digest);
  });

  it('agrees with WebCrypto at every length around the block and padding boundaries', async () => {
    for (const unit of ['a', 'ә', '😀']) {
      for (let length = 0; length <= 200; length++) {
        const text = unit.repeat(length);
        expect(sha256HexSync(text)).toBe(await sha256Hex(text));
      }
    }
  });

  it('agrees with WebCrypto on any text, lone surrogates included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.string({ maxLength: 3 }),
        async (text, lone) => {
          const withSurrogate = `${text}\ud800${lone}`;
          expect(sha256HexSync(text)).toBe(await sha256Hex(text));
          expect(sha256HexSync(withSurrogate)).toBe(await sha256Hex(withSurrogate));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same digest when called again after a longer text (buffers are reused)', () => {
    const short = sha256HexSync('abc');
    sha256HexSync('x'.repeat(5000));
    expect(sha256HexSync('abc')).toBe(short);
  });
});
