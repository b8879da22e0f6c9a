/**
 * The rules a bundle must keep beyond its schema, checked on the current shape (so once for
 * every version), each in one pass with maps and sets:
 * - every entry belongs to the bundle's case (its id, or one of the ids other agencies gave it);
 * - no id twice: among entries, persons, the manifest of entries sent earlier, and the
 *   withheld references;
 * - every reference (a correction's `supersedes`, every `entry-ref` field of the kind's table)
 *   names an entry in the bundle, in the manifest, or among the withheld references; never the
 *   entry itself; and an entry in the bundle only of a kind the field allows;
 * - every person reference (a `person-ref` field: whom a measure is against) names a person in
 *   the bundle: persons are sent whole in every bundle, so one that is missing is a bad file;
 * - no internal entry, and no restricted entry that a recipient may not read.
 */
import { instantMs, type Instant } from '../dates';
import { KIND_FIELDS, type EntryKind } from '../domain/entryKinds';
import type { Entry } from '../domain/types';
import type { FileError, FileWarning } from './errors';
import { CLOCK_SKEW_MS } from './limits';
import type { Bundle } from './types';
import { CURRENT_VERSION } from './versions';

/** A reference an entry makes: to another entry (of `kinds`; null: any), or to a person. */
export type Reference =
  | {
      readonly target: 'entry';
      readonly path: string;
      readonly id: string;
      readonly kinds: readonly EntryKind[] | null;
    }
  | { readonly target: 'person'; readonly path: string; readonly id: string };

/**
 * The references an entry makes: a correction's target, every entry-ref field (with the kinds
 * each may name) and every person-ref field. Paths are relative to the entry.
 */
export function referencesOf(entry: Entry): Reference[] {
  const refs: Reference[] = [];
  if (entry.correction)
    refs.push({
      target: 'entry',
      path: 'correction.supersedes',
      id: entry.correction.supersedes,
      kinds: null,
    });
  for (const spec of KIND_FIELDS[entry.kind]) {
    if (spec.type !== 'entry-ref' && spec.type !== 'person-ref') continue;
    const value = entry.fields[spec.key];
    if (typeof value !== 'string') continue;
    const path = `fields.${spec.key}`;
    refs.push(
      spec.type === 'entry-ref'
        ? { target: 'entry', path, id: value, kinds: spec.kinds }
        : { target: 'person', path, id: value },
    );
  }
  return refs;
}

function uniqueIds(ids: readonly string[], path: (i: number) => string, seen: Set<string>): FileError | null {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (seen.has(id)) return { code: 'duplicate-id', path: path(i), id };
    seen.add(id);
  }
  return null;
}

function confidentialityProblem(bundle: Bundle, entry: Entry, path: string): FileError | null {
  const c = entry.confidentiality;
  if (c.level === 'internal')
    return { code: 'not-for-recipients', level: 'internal', path, entryId: entry.id };
  if (c.level === 'restricted') {
    const named = new Set<string>(c.agencies.map((a) => a.id));
    named.add(entry.author.agency.id);
    if (bundle.recipients.some((r) => !named.has(r.id))) {
      return { code: 'not-for-recipients', level: 'restricted', path, entryId: entry.id };
    }
  }
  return null;
}

/** The first rule the bundle breaks, or null. */
export function checkBundle(bundle: Bundle): FileError | null {
  const entries = bundle.entries;
  const byId = new Map<string, Entry>();
  const caseIds = new Set<string>([bundle.case.id, ...bundle.case.otherIds]);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const at = `body.entries[${i}]`;
    if (!caseIds.has(e.caseId)) {
      return {
        code: 'wrong-case',
        path: `${at}.caseId`,
        entryId: e.id,
        caseId: e.caseId,
        expected: bundle.case.id,
      };
    }
    if (byId.has(e.id)) return { code: 'duplicate-id', path: `${at}.id`, entryId: e.id, id: e.id };
    byId.set(e.id, e);
  }

  const elsewhere = new Set<string>();
  const previous = bundle.delta?.previous ?? [];
  const seen = new Set<string>(byId.keys());
  const dup =
    uniqueIds(
      previous.map((p) => p.id),
      (i) => `body.delta.previous[${i}].id`,
      seen,
    ) ??
    uniqueIds(bundle.audience.withheld.referenced, (i) => `body.audience.withheld.referenced[${i}]`, seen) ??
    uniqueIds(
      bundle.persons.map((p) => p.id),
      (i) => `body.persons[${i}].id`,
      new Set(),
    );
  if (dup) return dup;
  for (const p of previous) elsewhere.add(p.id);
  for (const id of bundle.audience.withheld.referenced) elsewhere.add(id);
  const persons = new Set<string>(bundle.persons.map((p) => p.id));

  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const at = `body.entries[${i}]`;
    for (const ref of referencesOf(e)) {
      const path = `${at}.${ref.path}`;
      if (ref.target === 'person') {
        if (!persons.has(ref.id)) return { code: 'dangling-person', path, entryId: e.id, id: ref.id };
        continue;
      }
      if (ref.id === e.id) return { code: 'bad-reference', problem: 'self', path, entryId: e.id, id: ref.id };
      const target = byId.get(ref.id);
      if (target) {
        if (ref.kinds && !ref.kinds.includes(target.kind)) {
          return { code: 'bad-reference', problem: 'wrong-kind', path, entryId: e.id, id: ref.id };
        }
      } else if (!elsewhere.has(ref.id)) {
        return { code: 'dangling-reference', path, entryId: e.id, id: ref.id };
      }
    }
    const problem = confidentialityProblem(bundle, e, `${at}.confidentiality`);
    if (problem) return problem;
  }
  return null;
}

/** What the user should be told about a bundle that was read correctly. */
export function warningsFor(bundle: Bundle, now: Instant): FileWarning[] {
  const warnings: FileWarning[] = [];
  if (!bundle.encrypted) warnings.push({ code: 'unencrypted' });
  if (bundle.formatVersion !== CURRENT_VERSION)
    warnings.push({ code: 'migrated', from: bundle.formatVersion });
  if (bundle.recipients.length === 0) warnings.push({ code: 'recipients-not-named' });
  const limit = instantMs(now) + CLOCK_SKEW_MS;
  if (instantMs(bundle.createdAt) > limit) {
    warnings.push({ code: 'clock-ahead', path: 'header.createdAt', at: bundle.createdAt });
  } else {
    const i = bundle.entries.findIndex((e) => instantMs(e.recordedAt) > limit);
    const e = bundle.entries[i];
    if (e)
      warnings.push({
        code: 'clock-ahead',
        path: `body.entries[${i}].recordedAt`,
        entryId: e.id,
        at: e.recordedAt,
      });
  }
  return warnings;
}
