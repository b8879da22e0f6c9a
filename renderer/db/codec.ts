/**
 * The one seam through which every sensitive value is written to and read from storage.
 * Today it stores JSON as it is; encryption at rest replaces `plainCodec` with a codec that
 * encrypts, and no repository or feature changes. Async on purpose: WebCrypto is async, and
 * callers already seal before a transaction opens and open after it completes.
 */
export type Codec = {
  seal(value: unknown): Promise<string>;
  open<T>(sealed: string): Promise<T>;
};

export const plainCodec: Codec = {
  seal: (value) => Promise.resolve(JSON.stringify(value)),
  open: <T>(sealed: string) => Promise.resolve(JSON.parse(sealed) as T),
};

let active: Codec = plainCodec;

export function codec(): Codec {
  return active;
}

/** Installs the codec used by every repository (at unlock, when encryption at rest exists). */
export function useCodec(next: Codec): void {
  active = next;
}
