/**
 * Realistic fictional cases for training, screenshots and benchmarks. Seeded: the same seed,
 * size and "today" give the same workspace. Every entry kind appears, protective measures land
 * in every state (active, expiring soon, expired, breached, ended early), and risk levels range
 * from standard to high.
 *
 * The workspace is the one an office of `home` would hold: an entry another agency marked
 * internal, or restricted to agencies other than home, is not in it (ownership.ts), and a shelter's
 * name is only on the crisis centre's own desktop.
 */
import { addDays, daysBetween, instantAt, instantMs, type CalendarDate, type Instant } from '../dates';
import type { AgencyId, CaseId, EntryId } from '../ids';
import type { AgencyKind, AgencyRef } from '../domain/agencies';
import type { EntryKind } from '../domain/entryKinds';
import { agencyFieldValue } from '../domain/agencyField';
import { mayHold } from '../domain/ownership';
import type { CaseStatus, EntryDraft, FieldValue, PersonRole } from '../domain/types';
import { RISK_FACTORS, assessmentToFields, scoreAssessment, type RiskAnswer } from '../domain/risk';
import { seeded, type Random } from './random';
import { CHILDREN, MEN, SHELTERS, STREETS, WOMEN } from './names';
import { ACTIONS, NARRATIVES } from './narratives';

export type DemoPerson = {
  readonly role: PersonRole;
  readonly name: string;
  readonly birthDate: CalendarDate | null;
  readonly phone: string;
  readonly address: string;
  readonly notes: string;
};

/** A demo entry before it has an id, record time and hash; `ref` names an earlier entry by index. */
export type DemoEntry = Omit<EntryDraft, 'caseId'> & {
  /** Fields that name an earlier entry of this case, by its index in `entries`. */
  readonly refs?: Readonly<Record<string, number>>;
  /** This entry corrects or voids the entry at `index`. */
  readonly corrects?: {
    readonly index: number;
    readonly action: 'correct' | 'void';
    readonly reason: string;
  };
};

/**
 * A demo entry as a draft of the case `caseId`: its index references become the ids the
 * earlier entries were given (`ids[i]` is the id of entry i).
 */
export function demoDraft(d: DemoEntry, caseId: CaseId, ids: readonly string[]): EntryDraft {
  const { refs, corrects, ...rest } = d;
  const fields = { ...rest.fields };
  for (const [key, index] of Object.entries(refs ?? {})) if (ids[index]) fields[key] = ids[index];
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
  /** Entries per case, on average (at least the scenario's own, about 20). */
  readonly entriesPerCase: number;
  readonly today: CalendarDate;
  /** Now: nothing is dated after it, so the demo caseload never shows activity in the future. */
  readonly now: Instant;
  /** The agency of this office: demo cases are owned by it, so they look like its caseload. */
  readonly home: AgencyRef;
};

const OFFSET = 300; // Kazakhstan, UTC+5 since 1 March 2024

const PARTNERS: readonly { kind: AgencyKind; name: string }[] = [
  { kind: 'police', name: 'УП Алмалинского района' },
  { kind: 'social-protection', name: 'Отдел занятости и соцпрограмм' },
  { kind: 'crisis-centre', name: 'Кризисный центр «Шаңырақ»' },
  { kind: 'health', name: 'Городская поликлиника №4' },
  { kind: 'education-guardianship', name: 'Орган опеки и попечительства' },
  { kind: 'prosecutor-court', name: 'Специализированный административный суд' },
];

function agencies(rnd: Random, home: AgencyRef): AgencyRef[] {
  return PARTNERS.map((p, i) =>
    p.kind === home.kind
      ? home
      : { id: rnd.uuid(1_600_000_000_000 + i) as AgencyId, name: p.name, kind: p.kind },
  );
}

function fill(text: string, victim: string, other: string): string {
  return text.replaceAll('{v}', victim.split(' ')[0]!).replaceAll('{h}', other.split(' ')[0]!);
}

/** Local noon-ish time on `date`, in Kazakhstan's zone. */
function at(rnd: Random, date: CalendarDate): Instant {
  const ms =
    Date.UTC(
      Number(date.slice(0, 4)),
      Number(date.slice(5, 7)) - 1,
      Number(date.slice(8, 10)),
      rnd.int(8, 20),
      rnd.int(0, 59),
    ) -
    OFFSET * 60_000;
  return instantAt(ms, OFFSET);
}

function riskFields(rnd: Random, level: 'standard' | 'medium' | 'high'): Record<string, FieldValue> {
  const p = level === 'high' ? 0.7 : level === 'medium' ? 0.35 : 0.08;
  const answers: Record<string, RiskAnswer> = {};
  for (const f of RISK_FACTORS) answers[f.id] = rnd.chance(p) ? 'yes' : rnd.chance(0.15) ? 'unknown' : 'no';
  return assessmentToFields({ answers, notes: {}, score: scoreAssessment(answers), override: null });
}

/** One case's scenario; `variant` chooses how its protective measure ends up. */
function scenario(rnd: Random, o: DemoOptions, index: number, partners: readonly AgencyRef[]): DemoCase {
  const by = (kind: AgencyKind) => partners.find((a) => a.kind === kind) ?? partners[0]!;
  // The first cases get distinct families (the lists pair a woman with the man of her family);
  // a large workspace for benchmarks repeats them at random.
  const family = (index + o.seed) % WOMEN.length;
  const victim = index < WOMEN.length ? WOMEN[family]! : rnd.pick(WOMEN);
  const other = index < WOMEN.length ? (MEN[family] ?? rnd.pick(MEN)) : rnd.pick(MEN);
  const latest = instantMs(o.now);
  const when = (date: CalendarDate): Instant => {
    const t = at(rnd, date);
    return instantMs(t) <= latest ? t : instantAt(latest - rnd.int(5, 240) * 60_000, OFFSET);
  };
  const start = addDays(o.today, -rnd.int(45, 300));
  const entries: DemoEntry[] = [];
  const staff = {
    police: 'ст. лейтенант Жумагалиев Н.',
    'crisis-centre': 'психолог Ахметова Д.',
    'social-protection': 'соцработник Ким О.',
    health: 'врач Садыкова И.',
    'education-guardianship': 'специалист опеки Оспанова Н.',
    'prosecutor-court': 'секретарь суда Беков Е.',
  } as Record<AgencyKind, string>;
  let day = start;
  const add = (
    kind: EntryKind,
    agencyKind: AgencyKind,
    fields: Record<string, FieldValue> = {},
    extra: Partial<DemoEntry> = {},
    date?: CalendarDate,
  ): number => {
    const agency = by(agencyKind);
    const texts = NARRATIVES[kind] ?? [''];
    entries.push({
      kind,
      occurredAt: when(date ?? day),
      author: { name: staff[agencyKind] ?? 'специалист', agency },
      confidentiality: { level: 'shared' },
      basis: { kind: 'observed' },
      sourceAgency: '',
      narrative: fill(rnd.pick(texts), victim, other),
      fields,
      correction: null,
      ...extra,
    });
    return entries.length - 1;
  };
  const step = (min: number, max: number) => {
    day = addDays(day, rnd.int(min, max));
  };

  add('report-received', 'police', { channel: rnd.pick(['phone-102', 'hotline-111', 'in-person']) });
  add('callout', 'police', { visitType: 'call-out', harmCauserPresent: true });
  const incident = add('incident', 'police', {
    incidentTypes: ['physical', 'psychological'],
    injuries: rnd.chance(0.6),
    childrenPresent: rnd.chance(0.5),
    weapon: rnd.chance(0.15),
    strangulation: rnd.chance(0.2),
  });
  add(
    'medical-exam',
    'health',
    { injuriesRecorded: true, forensic: rnd.chance(0.5) },
    { confidentiality: { level: 'restricted', agencies: [by('police')] } },
  );

  // The measure's state depends on when it was issued relative to today.
  const variant = index % 6;
  const issuedOn =
    variant === 0
      ? addDays(o.today, -rnd.int(2, 15)) // active
      : variant === 1
        ? addDays(o.today, -rnd.int(25, 28)) // expiring soon
        : variant === 2
          ? addDays(o.today, -rnd.int(40, 120)) // expired
          : variant === 3
            ? addDays(o.today, -rnd.int(5, 20)) // breached
            : variant === 4
              ? addDays(o.today, -rnd.int(10, 20)) // ended early
              : addDays(o.today, -rnd.int(20, 60)); // special requirements, months long
  const order =
    variant === 5
      ? add(
          'order-issued',
          'prosecutor-court',
          {
            measure: 'special-requirements',
            startsOn: issuedOn,
            durationMonths: rnd.pick([3, 6, 12]),
            prohibitions: ['no-contact'],
            checkInsPerMonth: 2,
            conditions: 'Запрет контактов, явка в полицию 2 раза в месяц',
          },
          {},
          issuedOn,
        )
      : add(
          'order-issued',
          'police',
          { measure: 'protective-order', startsOn: issuedOn, orderNumber: `ЗП-${1000 + index}` },
          {},
          issuedOn,
        );
  add('order-served', 'police', {}, { refs: { orderEntryId: order } }, issuedOn);
  if (variant === 3)
    add('order-breached', 'police', {}, { refs: { orderEntryId: order } }, addDays(issuedOn, 3));
  // Twice a month from the start, due by day 14–16: kept on day 4 in some cases; in others
  // missed, recorded the day after the last day it could be made.
  if (variant === 5)
    add(
      'check-in',
      'police',
      { outcome: index % 12 === 5 ? 'missed' : 'kept' },
      { refs: { orderEntryId: order } },
      addDays(issuedOn, index % 12 === 5 ? 16 : 3),
    );
  if (variant === 4)
    add(
      'order-ended',
      'prosecutor-court',
      { endedOn: addDays(issuedOn, 8) },
      { refs: { orderEntryId: order } },
      addDays(issuedOn, 8),
    );

  const level = index % 3 === 0 ? 'high' : index % 3 === 1 ? 'medium' : 'standard';
  add(
    'risk-assessment',
    'police',
    riskFields(rnd, level === 'high' ? 'medium' : 'standard'),
    { basis: { kind: 'opinion' } },
    addDays(start, 1),
  );
  step(2, 6);
  // The victim's consent lets the police share the case with the crisis centre and social
  // protection; the crisis centre's with the police.
  const consent = add('consent-recorded', 'police', {
    partner: agencyFieldValue(by('crisis-centre')),
    scope: 'case-record',
    consentForm: 'consent-written',
    expiresOn: addDays(start, 180),
  });
  add('consent-recorded', 'police', {
    partner: agencyFieldValue(by('social-protection')),
    scope: 'case-record',
    consentForm: 'consent-written',
  });
  add('consent-recorded', 'crisis-centre', {
    partner: agencyFieldValue(by('police')),
    scope: index % 4 === 0 ? 'case-record-and-contacts' : 'case-record',
    consentForm: 'consent-verbal',
  });
  if (index % 13 === 4)
    add('consent-withdrawn', 'police', {}, { refs: { consentEntryId: consent } }, addDays(start, 20));
  // Where the person who caused harm works: that agency must never receive the case.
  if (index % 7 === 3)
    add('never-share', 'police', {
      excludedAgency: agencyFieldValue(by('health')),
      reason: 'Лицо, причинившее вред, работает в этой поликлинике',
    });
  if (index % 11 === 5)
    add('share-override', 'police', {
      partner: agencyFieldValue(by('education-guardianship')),
      overrides: ['no-consent'],
      legalGround: 'Письменный запрос органа опеки и попечительства в интересах детей',
      supervisor: 'начальник УП подполковник Серикбаев А.',
    });
  // Intake notes stay with the crisis centre; some cases it reports to the partners.
  add(
    'crisis-intake',
    'crisis-centre',
    {},
    {
      confidentiality: index % 2 === 0 ? { level: 'internal' } : { level: 'shared' },
      sourceAgency: index % 2 === 0 ? by('police').name : '',
    },
  );
  add('referral-sent', 'crisis-centre', {
    toAgency: 'social-protection',
    reason: 'Пособие и юридическая помощь',
    toPartner: agencyFieldValue(by('social-protection')),
    urgency: index % 3 === 0 ? 'urgent' : 'routine',
    replyBy: addDays(day, 5),
  });
  add('referral-accepted', 'social-protection', {}, { refs: { referralEntryId: entries.length - 1 } });
  add('social-service', 'social-protection', { serviceType: 'social-worker-visit', status: 'provided' });
  if (index % 2 === 0)
    add('benefit', 'social-protection', { benefitType: 'targeted-social-assistance', status: 'applied' });
  if (index % 3 === 0)
    add('housing-support', 'social-protection', { supportType: 'housing-queue', status: 'applied' });
  if (index % 3 === 1)
    add('employment-support', 'social-protection', {
      supportType: 'vocational-training',
      status: 'referred',
    });
  step(1, 5);
  // Counselling notes are internal to the crisis centre; that legal help was given is shared.
  const session = rnd.pick(['psychological', 'legal', 'social']);
  add(
    'counselling',
    'crisis-centre',
    { sessionType: session },
    session === 'legal' ? {} : { confidentiality: { level: 'internal' } },
  );
  add('safety-plan', 'crisis-centre', { reviewOn: addDays(o.today, rnd.int(-5, 25)) });
  if (index % 4 === 1)
    add('safety-plan-review', 'crisis-centre', { nextReviewOn: addDays(o.today, rnd.int(3, 30)) });
  if (index % 3 === 2 || rnd.chance(0.3)) {
    // Partners learn that she is in a shelter; which shelter only the crisis centre keeps.
    const shelter: Record<string, FieldValue> =
      o.home.kind === 'crisis-centre' ? { shelter: rnd.pick(SHELTERS) } : {};
    add('shelter-admission', 'crisis-centre', {
      ...shelter,
      plannedExitOn: addDays(o.today, rnd.int(3, 40)),
    });
    if (index % 2 === 0) add('shelter-exit', 'crisis-centre');
  }
  if (index % 5 === 3)
    add('referral-sent', 'crisis-centre', {
      toAgency: 'health',
      reason: 'Консультация психиатра',
      toPartner: agencyFieldValue(by('health')),
      urgency: 'routine',
      replyBy: addDays(day, 7),
    });
  if (index % 5 === 3)
    add(
      'referral-declined',
      'health',
      { reason: 'Отказалась' },
      { refs: { referralEntryId: entries.length - 1 } },
    );
  const hearingOn = addDays(o.today, rnd.int(-10, 30));
  add('admin-case', 'police', {
    caseNumber: `АД-${20000 + index}`,
    article: '461 КоАП',
    hearingOn,
  });
  if (index % 4 === 2) {
    add('detention', 'police', { hours: rnd.pick([3, 24, 48]) });
    add('court-decision', 'prosecutor-court', { decision: 'Административный арест 5 суток', hearingOn });
    add('admin-arrest', 'prosecutor-court', { days: 5 }, {}, addDays(o.today, -3));
  }
  if (index % 6 === 0 && level === 'high')
    add('criminal-case', 'police', { caseNumber: `ЕРДР-${260000 + index}`, article: '108-1 УК' });
  add('registration-on', 'police', { reviewOn: addDays(o.today, rnd.int(5, 60)) });
  if (index % 7 === 6) add('registration-off', 'police', {}, {}, addDays(o.today, -1));
  add('preventive-talk', 'police');
  add('meeting-discussion', 'social-protection');
  const action = add('action-assigned', 'social-protection', {
    action: rnd.pick(ACTIONS),
    ownerAgency: rnd.pick(['social-protection', 'police', 'education-guardianship']),
    dueOn: addDays(o.today, rnd.int(-4, 21)),
  });
  if (rnd.chance(0.4)) add('action-done', 'social-protection', {}, { refs: { actionEntryId: action } });
  add(
    'risk-assessment',
    'crisis-centre',
    riskFields(rnd, level),
    { basis: { kind: 'opinion' } },
    addDays(o.today, -rnd.int(level === 'high' ? 31 : 1, level === 'high' ? 40 : 20)),
  );
  add(
    'contact-attempt',
    'social-protection',
    { method: 'phone', reached: rnd.chance(0.6) },
    { basis: { kind: 'reported', by: victim.split(' ')[0]! } },
    addDays(o.today, -rnd.int(0, 6)),
  );
  // Another agency may not correct the police's record of the call-out; it answers it.
  if (index % 5 === 1)
    add(
      'entry-response',
      'crisis-centre',
      { stance: index % 10 === 1 ? 'disputed' : 'added-information' },
      { refs: { respondsTo: 1 } },
    );
  // A correction and a void, as real timelines have.
  const first = entries[incident]!;
  entries.push({
    ...first,
    fields: { ...first.fields, childrenPresent: true },
    narrative: `${first.narrative} Дети находились дома.`,
    corrects: { index: incident, action: 'correct', reason: 'Уточнение от органа опеки: дети были дома' },
  });
  const wrong = add(
    'contact-attempt',
    'social-protection',
    { method: 'phone', reached: false },
    {},
    addDays(o.today, -2),
  );
  entries.push({
    ...entries[wrong]!,
    corrects: { index: wrong, action: 'void', reason: 'Внесено по ошибке в чужое дело' },
  });

  // Filler up to the requested size: repeated visits, talks, contacts and notes.
  const fillers: readonly [EntryKind, AgencyKind][] = [
    ['callout', 'police'],
    ['preventive-talk', 'police'],
    ['contact-attempt', 'social-protection'],
    ['counselling', 'crisis-centre'],
    ['note', 'social-protection'],
    ['incident', 'police'],
  ];
  const target = Math.max(entries.length, o.entriesPerCase);
  const span = daysBetween(start, o.today);
  while (entries.length < target) {
    const fillDay = addDays(start, rnd.int(0, span));
    const [kind, ak] = rnd.pick(fillers);
    const fields: Record<string, FieldValue> =
      kind === 'callout'
        ? { visitType: 'home-visit', harmCauserPresent: false }
        : kind === 'contact-attempt'
          ? { method: 'visit', reached: true }
          : kind === 'counselling'
            ? { sessionType: 'psychological' }
            : kind === 'incident'
              ? {
                  incidentTypes: ['psychological'],
                  injuries: false,
                  childrenPresent: false,
                  weapon: false,
                  strangulation: false,
                }
              : {};
    const internal = kind === 'counselling' && ak !== o.home.kind;
    // A filler the home desktop could not hold is not made, so the case still reaches its size.
    if (!internal)
      add(
        kind,
        ak,
        fields,
        kind === 'counselling' ? { confidentiality: { level: 'internal' } } : {},
        fillDay,
      );
  }

  const persons: DemoPerson[] = [
    {
      role: 'victim',
      name: victim,
      birthDate: addDays('1985-01-01', rnd.int(0, 6000)),
      phone: `+7 70${rnd.int(1, 7)} ${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
      address: `${rnd.pick(STREETS)}, ${rnd.int(1, 150)}, кв. ${rnd.int(1, 90)}`,
      notes: '',
    },
    {
      role: 'harm-causer',
      name: other,
      birthDate: addDays('1980-01-01', rnd.int(0, 6000)),
      phone: '',
      address: '',
      notes: '',
    },
  ];
  const surname = victim.split(' ')[1] ?? '';
  for (let c = rnd.int(0, 3); c > 0; c--)
    persons.push({
      role: 'child',
      name: `${rnd.pick(CHILDREN)} ${surname}`,
      birthDate: addDays('2012-01-01', rnd.int(0, 4000)),
      phone: '',
      address: '',
      notes: '',
    });

  // Most of a caseload is open; some cases are under monitoring, a few closed.
  const status: CaseStatus = index % 11 === 10 ? 'closed' : index % 5 === 4 ? 'monitoring' : 'open';
  const closedReason = status === 'closed' ? 'Семья переехала в другую область, материалы переданы' : '';
  return {
    reference: '',
    status,
    closedReason,
    owner: o.home,
    createdAt: when(start),
    persons,
    entries: holdableBy(entries, o.home),
  };
}

/**
 * The entries an office of `home` may hold (ownership.ts), with their references to earlier
 * entries renumbered; an entry whose reference or correction target is left out goes too.
 */
export function holdableBy(entries: readonly DemoEntry[], home: AgencyRef): DemoEntry[] {
  const moved = new Map<number, number>();
  const out: DemoEntry[] = [];
  entries.forEach((e, i) => {
    const refs = Object.entries(e.refs ?? {});
    if (!mayHold(e, home.id)) return;
    if (refs.some(([, at]) => !moved.has(at)) || (e.corrects && !moved.has(e.corrects.index))) return;
    moved.set(i, out.length);
    out.push({
      ...e,
      ...(e.refs ? { refs: Object.fromEntries(refs.map(([k, at]) => [k, moved.get(at)!])) } : {}),
      ...(e.corrects ? { corrects: { ...e.corrects, index: moved.get(e.corrects.index)! } } : {}),
    });
  });
  return out;
}

/** Generates the demo workspace; references are given by the loader (they must be unique). */
export function generateDemo(o: DemoOptions): DemoCase[] {
  const rnd = seeded(o.seed);
  const partners = agencies(rnd, o.home);
  return Array.from({ length: o.cases }, (_, i) => scenario(rnd, o, i, partners));
}
