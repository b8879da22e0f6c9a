/**
 * What can be wrong with a `.caseline` or `.caseline-partner` file, as data. The list is closed:
 * the UI writes one message per code (ru, kk, en) from the details given here — which entry
 * (`path` and, where readable, `entryId`), which field, which limit. Paths read like
 * `entries[12].fields.orderEntryId` or `persons[0].name`, from the top of the signed document
 * (inside the encryption envelope when there is one).
 */

/** Where in the document: a path, and the id of the entry it falls in when that could be read. */
export type At = { readonly path: string; readonly entryId?: string };

export type FileError =
  /** Over MAX_BUNDLE_BYTES (or MAX_CARD_BYTES): refused before it is parsed. */
  | { readonly code: 'too-large'; readonly size: number; readonly max: number }
  /** Not JSON at all (or not UTF-8). */
  | { readonly code: 'not-json' }
  /** JSON that stops in the middle: the file was cut short (an interrupted copy or download). */
  | { readonly code: 'truncated' }
  /** JSON, but not a Caseline bundle; `found` says when it is a partner card instead. */
  | { readonly code: 'not-a-bundle'; readonly found: 'partner-card' | 'unknown' }
  | { readonly code: 'not-a-partner-card'; readonly found: 'bundle' | 'unknown' }
  /** Made by a newer Caseline: update to read it. */
  | { readonly code: 'newer-version'; readonly version: number; readonly supported: number }
  /** A version number no Caseline ever wrote. */
  | { readonly code: 'unsupported-version'; readonly version: string }
  | { readonly code: 'needs-passphrase' }
  | { readonly code: 'wrong-passphrase' }
  /** The passphrase is right but the encrypted content was changed or damaged. */
  | { readonly code: 'damaged' }
  /** Key derivation the reader refuses: too few iterations to be safe, or too many to be sane. */
  | { readonly code: 'kdf-rejected'; readonly iterations: number; readonly min: number; readonly max: number }
  | ({ readonly code: 'unknown-field'; readonly field: string } & At)
  | ({ readonly code: 'missing-field'; readonly field: string } & At)
  /** `__proto__`, `constructor` or `prototype` used as a key. */
  | ({ readonly code: 'forbidden-key'; readonly key: string } & At)
  | ({ readonly code: 'wrong-type'; readonly expected: string } & At)
  /** A value outside the allowed set or form; `expected` describes it. */
  | ({ readonly code: 'invalid-value'; readonly expected: string } & At)
  | ({ readonly code: 'string-too-long'; readonly max: number; readonly length: number } & At)
  | ({ readonly code: 'too-many'; readonly max: number; readonly count: number } & At)
  | ({ readonly code: 'too-few'; readonly min: number } & At)
  | ({ readonly code: 'out-of-range'; readonly min: number; readonly max: number } & At)
  /** Text holding a NUL character or half of a surrogate pair (not a real character). */
  | ({ readonly code: 'bad-text' } & At)
  /** Not a lower-case UUID. */
  | ({ readonly code: 'bad-id' } & At)
  /** A calendar date or instant that does not exist or is not written as documented. */
  | ({ readonly code: 'bad-date' } & At)
  | ({ readonly code: 'date-out-of-range'; readonly min: number; readonly max: number } & At)
  | ({ readonly code: 'unknown-kind'; readonly kind: string } & At)
  /** An entry of another case than the bundle's. */
  | ({ readonly code: 'wrong-case'; readonly caseId: string; readonly expected: string } & At)
  | ({ readonly code: 'duplicate-id'; readonly id: string } & At)
  /** A reference to an entry neither in the bundle nor in its list of entries sent earlier. */
  | ({ readonly code: 'dangling-reference'; readonly id: string } & At)
  /** A reference to a person who is not among the bundle's persons (a measure's person). */
  | ({ readonly code: 'dangling-person'; readonly id: string } & At)
  /** A reference to itself, or to an entry of a kind the field cannot name. */
  | ({ readonly code: 'bad-reference'; readonly id: string; readonly problem: 'self' | 'wrong-kind' } & At)
  /** An internal entry, or a restricted one that does not name every recipient: never sent. */
  | ({ readonly code: 'not-for-recipients'; readonly level: 'internal' | 'restricted' } & At)
  | { readonly code: 'missing-signature' }
  | ({ readonly code: 'bad-public-key' } & At)
  /** The fingerprint written in the file is not the fingerprint of the key written next to it. */
  | { readonly code: 'fingerprint-mismatch' }
  /** An entry's content does not match its hash: it was changed or damaged. */
  | ({ readonly code: 'hash-mismatch' } & At)
  /** The signed header, or the body it commits to, was changed after signing. */
  | { readonly code: 'bad-signature'; readonly part: 'header' | 'body' | 'card' }
  /** A failure of the reader itself, never of the file; reported rather than thrown. */
  | { readonly code: 'internal'; readonly message: string };

export type FileErrorCode = FileError['code'];

/** Things the user should know about a file that was read correctly. */
export type FileWarning =
  /** Not encrypted: anyone who had the file could read it. */
  | { readonly code: 'unencrypted' }
  /** Written in an older format version and migrated on reading. */
  | { readonly code: 'migrated'; readonly from: number }
  /** Version 1 files do not name their recipients, so nobody can check who they were for. */
  | { readonly code: 'recipients-not-named' }
  /** A time later than the reader's clock by more than a day: a clock set wrong somewhere. */
  | ({ readonly code: 'clock-ahead'; readonly at: string } & At);

/** One step of reading: its output, or the one thing wrong with the file. */
export type Step<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FileError };

export function fail<T>(error: FileError): Step<T> {
  return { ok: false, error };
}

export function done<T>(value: T): Step<T> {
  return { ok: true, value };
}
