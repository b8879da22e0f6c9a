import type { AgencyKind } from '../../shared/domain/agencies';
import { invisibleChars, type InvisibleChar } from '../../shared/text';

/** Short code of each agency kind in generated case references (Latin, so it sorts and types the same everywhere). */
const KIND_CODES: Record<AgencyKind, string> = {
  police: 'POL',
  'social-protection': 'SOC',
  'crisis-centre': 'CC',
  health: 'MED',
  'education-guardianship': 'EDU',
  'prosecutor-court': 'PRC',
  'minors-commission': 'KDN',
  'local-administration': 'ADM',
};

export function referencePrefix(kind: AgencyKind, year: number): string {
  return `${KIND_CODES[kind]}-${year}-`;
}

/** The next free reference after the highest one with this prefix: POL-2026-0042. */
export function nextReference(prefix: string, existing: readonly string[]): string {
  let max = 0;
  for (const ref of existing) {
    if (!ref.startsWith(prefix)) continue;
    const n = Number(ref.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

/** The longest reference, in characters: what fits a list column, a print header and a file name. */
export const MAX_REFERENCE = 40;

/** A typed reference, checked: trimmed, or what is wrong with it. */
export type ReferenceCheck =
  | { readonly ok: true; readonly reference: string }
  | { readonly ok: false; readonly problem: 'required' }
  | { readonly ok: false; readonly problem: 'too-long'; readonly max: number; readonly length: number }
  | { readonly ok: false; readonly problem: 'invisible'; readonly char: InvisibleChar };

/**
 * References are typed by people: trimmed, and refused when empty, longer than MAX_REFERENCE
 * characters, or holding an invisible control character (it would make two references look
 * alike, or one read backwards). The first problem found is reported, the most basic first.
 */
export function checkReference(value: string): ReferenceCheck {
  const v = value.trim();
  if (v.length === 0) return { ok: false, problem: 'required' };
  const [char] = invisibleChars(v);
  if (char) return { ok: false, problem: 'invisible', char };
  const length = [...v].length;
  if (length > MAX_REFERENCE) return { ok: false, problem: 'too-long', max: MAX_REFERENCE, length };
  return { ok: true, reference: v };
}
