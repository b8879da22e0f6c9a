/**
 * The office's identity file (identity.json in the user-data folder): the agency, this
 * installation, and the signing key pair. It is kept apart from the settings, so a settings file
 * that is lost or unreadable can never make the office a new agency: the only ways to a new
 * identity are first-run setup (no identity and no case data) or re-creating the key of the SAME
 * agency, which partners are warned about. The private key never leaves the host; it is sealed by
 * the operating system's keychain where one exists.
 *
 * Once the office has staff accounts, the private key is also encrypted under a key derived from
 * the data key (protection 'data-key', hostKeys.ts): a copied identity file is then useless
 * without a staff member's passphrase, and the office signs only while someone is signed in. A
 * file written before accounts existed is converted the first time someone unlocks.
 */
import * as v from 'valibot';
import { isInstant, type Instant } from '../../shared/dates';
import { decryptBytes, encryptBytes, packSealed, unpackSealed } from '../../shared/crypto/aes';
import { fromBase64, toBase64, utf8 } from '../../shared/crypto/encoding';
import {
  exportPrivateKey,
  exportPublicKey,
  fingerprintOf,
  generateSigningKeyPair,
  importPrivateKey,
  signerFor,
} from '../../shared/crypto/signing';
import { AGENCY_KINDS } from '../../shared/domain/agencies';
import type { AgencyDetails, AgencyIdentity } from '../../shared/identity';
import { isUuid, newId } from '../../shared/ids';
import { fail, ok, type Result } from '../../shared/result';
import type { HostKeys } from './hostKeys';
import type { JsonFilePort } from './jsonFile';

/** How the private key is kept: sealed by the OS keychain, or as it is where there is none. */
export const KEY_PROTECTIONS = ['os-keychain', 'none'] as const;
export type KeyProtection = (typeof KEY_PROTECTIONS)[number];

/** The operating system's secret store (Electron safeStorage where it has a real backend). */
export type SecretPort = {
  readonly protection: KeyProtection;
  seal(plain: Uint8Array): Promise<Uint8Array>;
  open(sealed: Uint8Array): Promise<Uint8Array>;
};

/** Where no keychain exists (Linux's basic_text backend, the e2e harness): kept as it is. */
export const noKeychain: SecretPort = {
  protection: 'none',
  seal: (plain) => Promise.resolve(plain),
  open: (sealed) => Promise.resolve(sealed),
};

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const uuid = v.custom<string>(isUuid, 'not a UUID');
const instant = v.custom<Instant>(isInstant, 'not an instant');

const FILE = v.strictObject({
  version: v.literal(1),
  agency: v.strictObject({
    id: uuid,
    name: v.pipe(text(200), v.minLength(1)),
    kind: v.picklist(AGENCY_KINDS),
    district: text(200),
  }),
  installationId: uuid,
  createdAt: instant,
  publicKey: text(200),
  fingerprint: text(64),
  privateKey: v.variant('protection', [
    v.strictObject({ protection: v.picklist(KEY_PROTECTIONS), data: text(10_000) }),
    /** Encrypted under the session's identity key, then sealed by the keychain named. */
    v.strictObject({
      protection: v.literal('data-key'),
      keychain: v.picklist(KEY_PROTECTIONS),
      data: text(10_000),
    }),
  ]),
});
type IdentityFile = v.InferOutput<typeof FILE>;

/** The identity as a backup carries it: the private key under the data key only, no keychain seal. */
export const PORTABLE_IDENTITY = v.strictObject({
  ...FILE.entries,
  privateKey: v.strictObject({
    protection: v.literal('data-key'),
    keychain: v.literal('none'),
    data: text(10_000),
  }),
});
export type PortableIdentity = v.InferOutput<typeof PORTABLE_IDENTITY>;

const IDENTITY_AAD = utf8('caseline identity private key v1');

function publicPart(f: IdentityFile): AgencyIdentity {
  const { agency, installationId, publicKey, fingerprint, createdAt } = f;
  return { agency, installationId, publicKey, fingerprint, createdAt } as AgencyIdentity;
}

export type IdentityStore = ReturnType<typeof identityStore>;

export function identityStore(file: JsonFilePort, secrets: SecretPort, now: () => Instant) {
  let signingKey: CryptoKey | null = null;

  /** Removes the keychain's seal, if this computer's keychain is the one that sealed it. */
  async function openKeychain(
    keychain: KeyProtection,
    data: string,
  ): Promise<Result<Uint8Array<ArrayBuffer>>> {
    if (keychain !== secrets.protection)
      return fail('identity-key-unavailable', 'The signing key is sealed by another keychain.');
    const sealed = fromBase64(data);
    if (!sealed) return fail('identity-unreadable', 'The signing key in the identity file is damaged.');
    try {
      return ok(new Uint8Array(await secrets.open(sealed)));
    } catch {
      return fail('identity-key-unavailable', 'The keychain could not open the signing key.');
    }
  }

  /** The private key of a file written before accounts existed (keychain seal only). */
  function openPlain(key: { protection: KeyProtection; data: string }) {
    return openKeychain(key.protection, key.data);
  }

  async function load(): Promise<Result<IdentityFile | null>> {
    let raw: unknown;
    try {
      raw = await file.read();
    } catch {
      return fail('identity-unreadable', `The identity file ${file.path} cannot be read.`);
    }
    if (raw === null) return ok(null);
    const parsed = v.safeParse(FILE, raw);
    return parsed.success
      ? ok(parsed.output)
      : fail('identity-unreadable', `The identity file ${file.path} is not an identity.`);
  }

  return {
    /** The public identity, null before setup; an unreadable file is an error, never "none". */
    async get(): Promise<Result<AgencyIdentity | null>> {
      const loaded = await load();
      return loaded.ok ? ok(loaded.value && publicPart(loaded.value)) : loaded;
    },

    /**
     * Creates the identity with a new key pair. `agencyId` keeps an existing agency's id (the
     * workspace already holds its cases); otherwise a new agency is made. Refused when an identity
     * exists, so nothing can replace an office's key by accident.
     */
    async create(details: AgencyDetails, agencyId?: string): Promise<Result<AgencyIdentity>> {
      const existing = await load();
      if (!existing.ok) return existing;
      if (existing.value) return fail('identity-exists', 'This office already has an identity.');
      if (agencyId !== undefined && !isUuid(agencyId)) return fail('invalid-argument', 'Invalid agency id.');
      const pair = await generateSigningKeyPair();
      const publicKey = await exportPublicKey(pair.publicKey);
      const pkcs8 = fromBase64(await exportPrivateKey(pair.privateKey)) ?? new Uint8Array();
      const stored: IdentityFile = {
        version: 1,
        agency: { id: agencyId ?? newId<'AgencyId'>(), ...details },
        installationId: newId<'InstallationId'>(),
        createdAt: now(),
        publicKey,
        fingerprint: (await fingerprintOf(publicKey)) ?? '',
        privateKey: { protection: secrets.protection, data: toBase64(await secrets.seal(pkcs8)) },
      };
      await file.write(stored);
      signingKey = pair.privateKey;
      return ok(publicPart(stored));
    },

    /** Changes the agency's name, kind or district; its id and keys stay. */
    async update(details: AgencyDetails): Promise<Result<AgencyIdentity>> {
      const loaded = await load();
      if (!loaded.ok) return loaded;
      if (!loaded.value) return fail('identity-missing', 'This office has no identity yet.');
      const next = { ...loaded.value, agency: { ...loaded.value.agency, ...details } };
      await file.write(next);
      return ok(publicPart(next));
    },

    /** Signs bytes with the office's private key (a bundle's small signed header). */
    async sign(bytes: Uint8Array<ArrayBuffer>): Promise<Result<Uint8Array>> {
      if (!signingKey) {
        const loaded = await load();
        if (!loaded.ok) return loaded;
        if (!loaded.value) return fail('identity-missing', 'This office has no identity yet.');
        if (loaded.value.privateKey.protection === 'data-key')
          return fail('identity-locked', 'The signing key opens only while someone is signed in.');
        const opened = await openPlain(loaded.value.privateKey);
        if (!opened.ok) return opened;
        signingKey = await importPrivateKey(toBase64(opened.value));
        if (!signingKey)
          return fail('identity-unreadable', 'The signing key in the identity file is damaged.');
      }
      return ok(await signerFor(signingKey)(bytes));
    },

    /**
     * Opens the signing key for a session (the host keys came with a staff member's unlock). A
     * key not yet under the data key is encrypted under it now and the file rewritten, so from
     * the first unlock on, the identity file alone gives nothing away.
     */
    async unlock(keys: HostKeys): Promise<Result<null>> {
      const loaded = await load();
      if (!loaded.ok) return loaded;
      const f = loaded.value;
      if (!f) return ok(null);
      let pkcs8: Uint8Array<ArrayBuffer>;
      if (f.privateKey.protection === 'data-key') {
        const outer = await openKeychain(f.privateKey.keychain, f.privateKey.data);
        if (!outer.ok) return outer;
        const sealed = unpackSealed(outer.value);
        const opened = sealed ? await decryptBytes(keys.identity, sealed, IDENTITY_AAD) : null;
        if (!opened?.ok)
          return fail('identity-key-unavailable', 'The signing key does not open with this key.');
        pkcs8 = opened.value;
      } else {
        const opened = await openPlain(f.privateKey);
        if (!opened.ok) return opened;
        pkcs8 = opened.value;
        const inner = packSealed(await encryptBytes(keys.identity, pkcs8, IDENTITY_AAD));
        await file.write({
          ...f,
          privateKey: {
            protection: 'data-key',
            keychain: secrets.protection,
            data: toBase64(await secrets.seal(inner)),
          },
        } satisfies IdentityFile);
      }
      signingKey = await importPrivateKey(toBase64(pkcs8));
      return signingKey
        ? ok(null)
        : fail('identity-unreadable', 'The signing key in the identity file is damaged.');
    },

    /** Forgets the opened signing key (the app locked). A key still unprotected reopens as before. */
    lock(): void {
      signingKey = null;
    },

    /** The identity file for a backup: the private key under the data key, without this computer's keychain. */
    async portable(): Promise<Result<PortableIdentity>> {
      const loaded = await load();
      if (!loaded.ok) return loaded;
      const f = loaded.value;
      if (!f) return fail('identity-missing', 'This office has no identity yet.');
      if (f.privateKey.protection !== 'data-key')
        return fail('identity-locked', 'The signing key is not yet protected by the staff accounts.');
      const inner = await openKeychain(f.privateKey.keychain, f.privateKey.data);
      if (!inner.ok) return inner;
      return ok({
        ...f,
        privateKey: { protection: 'data-key', keychain: 'none', data: toBase64(inner.value) },
      });
    },

    /** Writes a backup's identity into an installation that has none, sealed by this computer's keychain. */
    async restore(portable: PortableIdentity): Promise<Result<AgencyIdentity>> {
      const existing = await load();
      if (!existing.ok) return existing;
      if (existing.value) return fail('identity-exists', 'This office already has an identity.');
      const inner = fromBase64(portable.privateKey.data);
      if (!inner) return fail('invalid-argument', 'The signing key in the backup is damaged.');
      const next: IdentityFile = {
        ...portable,
        privateKey: {
          protection: 'data-key',
          keychain: secrets.protection,
          data: toBase64(await secrets.seal(inner)),
        },
      };
      await file.write(next);
      signingKey = null;
      return ok(publicPart(next));
    },
  };
}
