/**
 * This office's identity: the agency it is, this installation, and the ECDSA P-256 key it signs
 * case bundles with (DESIGN.md §4). The host keeps it in its own file, apart from the settings,
 * with the private key protected (never in IndexedDB, never in the renderer); the renderer sees
 * the public part. Partners know the office by its key's fingerprint (trust on first use).
 */
import type { Instant } from './dates';
import { isAgencyKind, type AgencyKind, type AgencyRef } from './domain/agencies';
import { hasInvisibleChars, invisibleChars } from './text';

export const MAX_AGENCY_TEXT = 200;

/** What a person types about their agency; the id and keys are the host's. */
export type AgencyDetails = { readonly name: string; readonly kind: AgencyKind; readonly district: string };

/** The public identity of this office. */
export type AgencyIdentity = {
  readonly agency: AgencyRef & { readonly district: string };
  /** One per installation, so two desktops of one agency are told apart in what they send. */
  readonly installationId: string;
  /** The signing key's public half: base64 SPKI (shared/crypto/signing.ts). */
  readonly publicKey: string;
  /** SHA-256 of the public key (hex); shown as 30 digits in groups (displayFingerprint) to compare by phone. */
  readonly fingerprint: string;
  readonly createdAt: Instant;
};

/** The agency as entries and documents name it. */
export function agencyRefOf(identity: AgencyIdentity): AgencyRef {
  const { id, name, kind } = identity.agency;
  return { id: id, name, kind };
}

/** What is wrong with one field, with the limits a message needs to say so. */
export type FieldProblem =
  | { readonly code: 'required' }
  | { readonly code: 'too-long'; readonly max: number }
  | { readonly code: 'out-of-range'; readonly min: number; readonly max: number }
  | { readonly code: 'invalid' }
  /** Invisible control characters (shared/text.ts), by code point ('U+202E'), each once. */
  | { readonly code: 'invisible'; readonly codePoints: readonly string[] };

/**
 * Invisible characters in a name, or null when there are none. A right-to-left override in an
 * agency's or a staff member's name would make it read backwards on every entry and print that
 * carries it, so names refuse them and say which ones.
 */
export function invisibleProblem(text: string): FieldProblem | null {
  if (!hasInvisibleChars(text)) return null;
  return { code: 'invisible', codePoints: [...new Set(invisibleChars(text).map((c) => c.codePoint))] };
}

/** The agency as a form holds it (kind still a string from a select). */
export type AgencyInput = { readonly name: string; readonly kind: string; readonly district: string };

function textProblem(v: unknown, required: boolean): FieldProblem | null {
  if (typeof v !== 'string') return { code: 'invalid' };
  if (required && v.trim() === '') return { code: 'required' };
  if (v.trim().length > MAX_AGENCY_TEXT) return { code: 'too-long', max: MAX_AGENCY_TEXT };
  return invisibleProblem(v);
}

/** The same rules for first-run setup, Settings and the host. */
export function agencyProblems(a: AgencyInput): Partial<Record<keyof AgencyInput, FieldProblem>> {
  const problems: Partial<Record<keyof AgencyInput, FieldProblem>> = {};
  const name = textProblem(a.name, true);
  const district = textProblem(a.district, false);
  if (name) problems.name = name;
  if (!isAgencyKind(a.kind)) problems.kind = { code: 'invalid' };
  if (district) problems.district = district;
  return problems;
}

/** Checked and trimmed details, or null when any field is wrong. */
export function agencyDetailsOf(a: unknown): AgencyDetails | null {
  if (typeof a !== 'object' || a === null) return null;
  const r = a as Record<string, unknown>;
  const input = { name: r.name, kind: r.kind, district: r.district ?? '' } as AgencyInput;
  if (Object.keys(agencyProblems(input)).length > 0 || !isAgencyKind(input.kind)) return null;
  return { name: input.name.trim(), kind: input.kind, district: input.district.trim() };
}
