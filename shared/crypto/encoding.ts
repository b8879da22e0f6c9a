/**
 * Byte encodings for keys, signatures and ciphertext: UTF-8, base64 (RFC 4648 §4, with padding),
 * base64url (§5, without padding) and lower-case hex. Written here rather than taken from
 * `Buffer` (Node only) or `atob` (a binary-string detour that is slow on tens of megabytes), so
 * the renderer and the host encode the same way.
 *
 * Decoders are strict and never throw: anything that is not the canonical encoding of some
 * bytes (wrong alphabet, whitespace, missing or extra padding, non-zero unused bits) gives
 * null. A file can then not carry two spellings of the same signature or key.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function reverse(alphabet: string): Int16Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}

const B64_REV = reverse(B64);
const B64URL_REV = reverse(B64URL);

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The UTF-8 bytes of `text`. Unpaired surrogates become U+FFFD, as TextEncoder does. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** Text from UTF-8 bytes; null for bytes that are not valid UTF-8 (never replaced silently). */
export function fromUtf8(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

const asciiDecoder = new TextDecoder();

function encode(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  // Written as ASCII bytes and decoded once: building a string four characters at a time is
  // hundreds of times slower on a 60 MB ciphertext.
  const codes = Uint8Array.from(alphabet, (c) => c.charCodeAt(0));
  const rest = bytes.length % 3;
  const full = bytes.length - rest;
  const outLength = pad ? 4 * Math.ceil(bytes.length / 3) : Math.ceil((bytes.length * 4) / 3);
  const out = new Uint8Array(outLength);
  let o = 0;
  for (let i = 0; i < full; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = codes[(n >> 18) & 63]!;
    out[o++] = codes[(n >> 12) & 63]!;
    out[o++] = codes[(n >> 6) & 63]!;
    out[o++] = codes[n & 63]!;
  }
  if (rest > 0) {
    const n = (bytes[full]! << 16) | (rest === 2 ? bytes[full + 1]! << 8 : 0);
    out[o++] = codes[(n >> 18) & 63]!;
    out[o++] = codes[(n >> 12) & 63]!;
    if (rest === 2) out[o++] = codes[(n >> 6) & 63]!;
    if (pad) {
      out[o++] = 61; // '='
      if (rest === 1) out[o++] = 61;
    }
  }
  return asciiDecoder.decode(out);
}

function decode(text: string, rev: Int16Array, pad: boolean): Uint8Array<ArrayBuffer> | null {
  let len = text.length;
  if (pad) {
    if (len % 4 !== 0) return null;
    if (text.endsWith('==')) len -= 2;
    else if (text.endsWith('=')) len -= 1;
  } else if (len % 4 === 1) return null;
  const full = Math.floor(len / 4);
  const rest = len % 4;
  const out = new Uint8Array(full * 3 + (rest === 0 ? 0 : rest - 1));
  const at = (i: number): number => {
    const c = text.charCodeAt(i);
    return c < 128 ? rev[c]! : -1;
  };
  let o = 0;
  for (let i = 0; i < full * 4; i += 4) {
    const a = at(i);
    const b = at(i + 1);
    const c = at(i + 2);
    const d = at(i + 3);
    if ((a | b | c | d) < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const i = full * 4;
  if (rest === 2) {
    const a = at(i);
    const b = at(i + 1);
    // The 4 bits b carries past the last byte must be zero, or two texts would decode alike.
    if ((a | b) < 0 || (b & 15) !== 0) return null;
    out[o] = (a << 2) | (b >> 4);
  } else if (rest === 3) {
    const a = at(i);
    const b = at(i + 1);
    const c = at(i + 2);
    if ((a | b | c) < 0 || (c & 3) !== 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6);
    out[o] = n >> 16;
    out[o + 1] = (n >> 8) & 255;
  }
  return out;
}

/** Standard base64 with padding (RFC 4648 §4): how keys, signatures and ciphertext appear in files. */
export function toBase64(bytes: Uint8Array): string {
  return encode(bytes, B64, true);
}

/** Bytes of canonical padded base64; null for anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  return decode(text, B64_REV, true);
}

/** URL- and filename-safe base64 without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  return encode(bytes, B64URL, false);
}

/** Bytes of canonical unpadded base64url; null for anything else. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  return decode(text, B64URL_REV, false);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex, two digits a byte. */
export function toHex(bytes: Uint8Array): string {
  const out: string[] = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = HEX[bytes[i]!]!;
  return out.join('');
}

/** Bytes of lower-case hex; null for odd length, upper case or other characters. */
export function fromHex(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 2 !== 0 || !/^[0-9a-f]*$/.test(text)) return null;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/**
 * Equality of two byte strings in time that depends only on their lengths, for comparing
 * secrets or their tags (a key-check value) without telling an observer where they differ.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** One array holding `parts` in order. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** `n` bytes from the platform's cryptographic random source. */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  // getRandomValues fills at most 65,536 bytes a call.
  for (let o = 0; o < n; o += 65_536) crypto.getRandomValues(out.subarray(o, Math.min(n, o + 65_536)));
  return out;
}
