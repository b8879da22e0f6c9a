import type { AgencyId } from '../ids';

/** Kinds of agency that work a case together (DOMAIN.md "Who works a case"). */
export const AGENCY_KINDS = [
  'police',
  'social-protection',
  'crisis-centre',
  'health',
  'education-guardianship',
  'prosecutor-court',
  'minors-commission',
  'local-administration',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export function isAgencyKind(value: unknown): value is AgencyKind {
  return typeof value === 'string' && (AGENCY_KINDS as readonly string[]).includes(value);
}

/** An agency as it is named on a record: enough to show it without a lookup. */
export type AgencyRef = {
  readonly id: AgencyId;
  readonly name: string;
  readonly kind: AgencyKind;
};

/** Colour of each agency kind on the timeline; chosen to stay apart for common colour blindness. */
export const AGENCY_COLOURS: Record<AgencyKind, string> = {
  police: '#1f4e9c',
  'social-protection': '#2f7d4f',
  'crisis-centre': '#a23b72',
  health: '#c0392b',
  'education-guardianship': '#b7791f',
  'prosecutor-court': '#5b4b8a',
  'minors-commission': '#2b7a8c',
  'local-administration': '#5f6b73',
};
