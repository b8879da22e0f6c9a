/**
 * Realistic fictional cases for training, screenshots and benchmarks. Seeded: the same seed,
 * size and "today" give the same workspace. Every entry kind appears, protective measures land
 * in every state (active, expiring soon, expired, breached, ended early), risk levels range from
 * standard to high, and each case tells one consistent story (story.ts): narratives agree with
 * fields, nothing is done before what it answers, names agree with each person's gender, and a
 * desktop holds only what its agency could hold.
 */
import type { Instant } from '../dates';
import type { CaseId, EntryId, PersonId } from '../ids';
import type { AgencyId } from '../ids';
import type { AgencyKind, AgencyRef } from '../domain/agencies';
import type { PersonInput } from '../domain/person';
import type { CaseStatus, EntryDraft } from '../domain/types';
import { seeded, type Random } from './random';
import { demoFamily } from './people';
import { caseStory } from './story';

export type DemoPerson = PersonInput;

/** A demo entry before it has an id, record time and hash; `refs` name earlier entries by index. */
export type DemoEntry = Omit<EntryDraft, 'caseId'> & {
  /** Fields that name an earlier entry of this case, by its index in `entries`. */
  readonly refs?: Readonly<Record<string, number>>;
  /** Fields that name a person of this case, by their index in `persons`. */
  readonly personRefs?: Readonly<Record<string, number>>;
  /** This entry corrects or voids the entry at `index`. */
  readonly corrects?: {
    readonly index: number;
    readonly action: 'correct' | 'void';
    readonly reason: string;
  };
};

/**
 * A demo entry as a draft of the case `caseId`: its index references become the ids the
 * earlier entries were given (`ids[i]` is the id of entry i) and the ids its persons were given
 * (`personIds[i]` is the id of person i).
 */
export function demoDraft(
  d: DemoEntry,
  caseId: CaseId,
  ids: readonly string[],
  personIds: readonly PersonId[] = [],
): EntryDraft {
  const { refs, personRefs, corrects, ...rest } = d;
  const fields = { ...rest.fields };
  for (const [key, index] of Object.entries(refs ?? {})) if (ids[index]) fields[key] = ids[index];
  for (const [key, index] of Object.entries(personRefs ?? {}))
    if (personIds[index]) fields[key] = personIds[index];
  const correction =
    corrects && ids[corrects.index]
      ? { supersedes: ids[corrects.index] as EntryId, action: corrects.action, reason: corrects.reason }
      : null;
  return { ...rest, caseId, fields, correction };
}

export type DemoCase = {
  readonly reference: string;
  readonly status: CaseStatus;
  /** Why a closed demo case was closed; '' otherwise. */
  readonly closedReason: string;
  readonly owner: AgencyRef;
  readonly createdAt: Instant;
  readonly persons: readonly DemoPerson[];
  readonly entries: readonly DemoEntry[];
};

export type DemoOptions = {
  readonly seed: number;
  readonly cases: number;
  /** Entries per case, on average (at least the scenario's own, about 30). */
  readonly entriesPerCase: number;
  readonly today: string;
  /** Now: nothing is dated after it, so the demo caseload never shows activity in the future. */
  readonly now: Instant;
  /** The agency of this office: demo cases are owned by it, so they look like its caseload. */
  readonly home: AgencyRef;
};

export const DEMO_PARTNERS: readonly { readonly kind: AgencyKind; readonly name: string }[] = [
  { kind: 'police', name: 'УП Алмалинского района' },
  { kind: 'social-protection', name: 'Отдел занятости и соцпрограмм' },
  { kind: 'crisis-centre', name: 'Кризисный центр «Шаңырақ»' },
  { kind: 'health', name: 'Городская поликлиника №4' },
  { kind: 'education-guardianship', name: 'Орган опеки и попечительства' },
  { kind: 'prosecutor-court', name: 'Специализированный административный суд' },
];

/** The partner agencies; the home office stands in for the partner of its own kind. */
function agencies(rnd: Random, home: AgencyRef): AgencyRef[] {
  return DEMO_PARTNERS.map((p, i) =>
    p.kind === home.kind
      ? home
      : { id: rnd.uuid(1_600_000_000_000 + i) as AgencyId, name: p.name, kind: p.kind },
  );
}

/** Generates the demo workspace; references are given by the loader (they must be unique). */
export function generateDemo(o: DemoOptions): DemoCase[] {
  const rnd = seeded(o.seed);
  const partners = agencies(rnd, o.home);
  return Array.from({ length: o.cases }, (_, index) => {
    const family = demoFamily(rnd, index, o.seed, o.today);
    const story = caseStory(rnd, o, index, partners, family);
    // Most of a caseload is open; some cases are under monitoring, a few closed.
    const status: CaseStatus = index % 11 === 10 ? 'closed' : index % 5 === 4 ? 'monitoring' : 'open';
    return {
      reference: '',
      status,
      closedReason: status === 'closed' ? 'Семья переехала в другую область, материалы переданы' : '',
      owner: o.home,
      createdAt: story.createdAt,
      persons: family.persons,
      entries: story.entries,
    };
  });
}
