import type { AgencyKind } from '../../shared/domain/agencies';

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

export const MAX_REFERENCE = 40;

/** References are typed by people: trim, and refuse what would not read as one. */
export function normaliseReference(value: string): string | null {
  const v = value.trim();
  return v.length > 0 && v.length <= MAX_REFERENCE && !/\p{Cc}/u.test(v) ? v : null;
}
