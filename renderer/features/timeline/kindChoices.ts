/**
 * What the entry-kind picker offers: the kinds recorded lately on this desktop first, then the
 * groups of ENTRY_KIND_GROUPS; typed text narrows them to kinds whose translated name (or
 * group name) has words starting with every word typed. The agency's commonest kind is chosen
 * when the form opens.
 */
import type { AgencyKind } from '../../../shared/domain/agencies';
import { ENTRY_KIND_GROUPS, type EntryKind, type KindGroupId } from '../../../shared/domain/entryKinds';
import { MAX_RECENT_KINDS } from '../../../shared/settings';

/**
 * The kind each agency records most often, chosen when a new entry form opens: the police are
 * called out, social protection provides services, a crisis centre counsels, health examines,
 * a court decides, commissions and local administrations discuss cases at meetings. Education
 * and guardianship record what they saw at school or at home: a note.
 */
export const COMMON_KIND: Readonly<Record<AgencyKind, EntryKind>> = {
  police: 'callout',
  'social-protection': 'social-service',
  'crisis-centre': 'counselling',
  health: 'medical-exam',
  'education-guardianship': 'note',
  'prosecutor-court': 'court-decision',
  'minors-commission': 'meeting-discussion',
  'local-administration': 'meeting-discussion',
};

/** Kinds recorded through the entry form; a risk assessment has its own form. */
export function isPickable(kind: EntryKind): boolean {
  return kind !== 'risk-assessment';
}

export type KindSectionId = 'recent' | KindGroupId;

/** One section of the picker, with its kinds in order. */
export type KindSection = { readonly id: KindSectionId; readonly kinds: readonly EntryKind[] };

/** Lower case, ё as е, every run of non-letters a single space: what matching compares. */
export function normalise(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether every word of `query` begins a word of `text` (both normalised). */
export function matchesQuery(text: string, query: string): boolean {
  const words = normalise(text).split(' ');
  return normalise(query)
    .split(' ')
    .filter(Boolean)
    .every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * The picker's sections. With no query: recent kinds, then every group. With a query: the kinds
 * of each group whose name, or whose group's name, matches it (no recent section, so each kind
 * is listed once). Empty sections are left out.
 */
export function kindSections(
  recent: readonly EntryKind[],
  query: string,
  names: { readonly kind: (k: EntryKind) => string; readonly group: (g: KindGroupId) => string },
): KindSection[] {
  const q = query.trim();
  const groups: KindSection[] = ENTRY_KIND_GROUPS.map((g) => ({
    id: g.id,
    kinds: g.kinds.filter(
      (k) =>
        isPickable(k) && (q === '' || matchesQuery(names.kind(k), q) || matchesQuery(names.group(g.id), q)),
    ),
  }));
  const recentKinds = q === '' ? recent.filter(isPickable) : [];
  return [{ id: 'recent' as const, kinds: recentKinds }, ...groups].filter((s) => s.kinds.length > 0);
}

/** The recent kinds after `kind` was saved: it first, each once, at most MAX_RECENT_KINDS. */
export function rememberKind(recent: readonly EntryKind[], kind: EntryKind): EntryKind[] {
  if (!isPickable(kind)) return [...recent];
  return [kind, ...recent.filter((k) => k !== kind)].slice(0, MAX_RECENT_KINDS);
}

/** The item key of a kind in a section (a kind may be both recent and in its group). */
export function itemKey(section: KindSectionId, kind: EntryKind): string {
  return `${section}:${kind}`;
}
