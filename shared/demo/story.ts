/**
 * One demo case's timeline, told in order. The protective measure decides when the story
 * starts (so that it is active, expiring, expired, breached, ended early, or a court's special
 * requirements with their check-ins, on the day the workspace is made); everything else follows
 * from the first report, each step after the one it answers. Entries another agency keeps to
 * itself (a crisis centre's counselling, a shelter stay) exist only on that agency's desktop,
 * and a record restricted to named agencies only on theirs.
 */
import {
  addDays,
  calendarDateOf,
  compareCalendar,
  daysBetween,
  instantAt,
  instantMs,
  type CalendarDate,
  type Instant,
} from '../dates';
import type { AgencyKind, AgencyRef } from '../domain/agencies';
import { agencyFieldValue } from '../domain/agencyField';
import { checkInSlots } from '../domain/checkIns';
import type { EntryKind } from '../domain/entryKinds';
import { lastDayInForce, ruleFor } from '../domain/measureRules';
import { assessmentToFields, escalationLevel, riskRank, scoreAssessment } from '../domain/risk';
import type { EffectiveEntry } from '../domain/timeline';
import type { Basis, Confidentiality, FieldValue, RiskLevel } from '../domain/types';
import type { CaseId, EntryId } from '../ids';
import type { DemoEntry, DemoOptions } from './generator';
import { ACTIONS, narrativeFor, type NarrativeContext } from './narratives';
import { SHELTERS } from './names';
import type { DemoFamily } from './people';
import type { Random } from './random';
import { LOWER_REASONS, riskAnswers, type RiskFacts } from './risk';

const OFFSET = 300; // Kazakhstan, UTC+5 since 1 March 2024
/** Persons by their place in the family (people.ts): the victim first, then the person who caused harm. */
const HARM_CAUSER = 1;

const STAFF: Readonly<Record<AgencyKind, string>> = {
  police: 'ст. лейтенант Жумагалиев Н.',
  'crisis-centre': 'психолог Ахметова Д.',
  'social-protection': 'соцработник Ким О.',
  health: 'врач Садыкова И.',
  'education-guardianship': 'специалист опеки Оспанова Н.',
  'prosecutor-court': 'секретарь суда Беков Е.',
  'minors-commission': 'секретарь КДН Исаева А.',
  'local-administration': 'специалист акимата Серікова Ж.',
};

/** Who may read an entry: everyone on the case, its author alone, or named agencies. */
type Access = 'shared' | 'internal' | { readonly restrictedTo: readonly AgencyKind[] };

type AddOptions = {
  readonly access?: Access;
  readonly basis?: Basis;
  readonly refs?: Readonly<Record<string, number>>;
  readonly personRefs?: Readonly<Record<string, number>>;
  readonly sourceAgency?: string;
  /** Fields the narrative is chosen from, when they are not the entry's own (a service names its order's measure). */
  readonly about?: Readonly<Record<string, FieldValue>>;
};

export type Story = { readonly createdAt: Instant; readonly entries: readonly DemoEntry[] };

/** A local time on `date` between `from` and `to` hours, in Kazakhstan's zone. */
function localTime(rnd: Random, date: CalendarDate, from: number, to: number): Instant {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d, rnd.int(from, to), rnd.int(0, 59)) - OFFSET * 60_000;
  return instantAt(ms, OFFSET);
}

function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareCalendar(a, b) >= 0 ? a : b;
}

function plusMinutes(t: Instant, minutes: number): Instant {
  return instantAt(instantMs(t) + minutes * 60_000, OFFSET);
}

/** The story of case `index`; `variant` (index mod 6) chooses its protective measure. */
export function caseStory(
  rnd: Random,
  o: DemoOptions,
  index: number,
  partners: readonly AgencyRef[],
  people: DemoFamily,
): Story {
  const by = (kind: AgencyKind) => partners.find((a) => a.kind === kind) ?? partners[0]!;
  const yesterday = addDays(o.today, -1);
  const entries: DemoEntry[] = [];
  const hasChildren = people.persons.some((p) => p.role === 'child');
  const ctx: NarrativeContext = {
    victim: people.victim,
    harmCauser: people.harmCauser,
    children: hasChildren,
  };

  /** Whether this desktop may hold an entry of `author` with `access` (DESIGN.md §3). */
  const holds = (author: AgencyKind, access: Access): boolean =>
    access === 'shared' ||
    author === o.home.kind ||
    (access !== 'internal' && access.restrictedTo.includes(o.home.kind));

  const confidentiality = (access: Access): Confidentiality =>
    access === 'shared'
      ? { level: 'shared' }
      : access === 'internal'
        ? { level: 'internal' }
        : { level: 'restricted', agencies: access.restrictedTo.map(by) };

  /** Adds an entry if this desktop may hold it; its index, or null when it may not. */
  const add = (
    kind: EntryKind,
    author: AgencyKind,
    fields: Record<string, FieldValue>,
    at: Instant,
    opts: AddOptions = {},
  ): number | null => {
    const access = opts.access ?? 'shared';
    if (!holds(author, access)) return null;
    if (Object.values(opts.refs ?? {}).some((i) => entries[i] === undefined)) return null;
    entries.push({
      kind,
      occurredAt: at,
      author: { name: STAFF[author], agency: by(author) },
      confidentiality: confidentiality(access),
      basis: opts.basis ?? { kind: 'observed' },
      sourceAgency: opts.sourceAgency ?? '',
      narrative: narrativeFor(kind, opts.about ?? fields, ctx, rnd),
      fields,
      correction: null,
      ...(opts.refs ? { refs: opts.refs } : {}),
      ...(opts.personRefs ? { personRefs: opts.personRefs } : {}),
    });
    return entries.length - 1;
  };

  /**
   * When a step on `date` happens: not after yesterday (today is still being worked), never
   * before `after`, and some minutes after it on the same day.
   */
  const step = (date: CalendarDate, after: Instant | null): Instant => {
    const day = compareCalendar(date, yesterday) > 0 ? yesterday : date;
    // A few short steps a day: even a day that holds most of the story ends before midnight.
    if (after && compareCalendar(day, calendarDateOf(after)) <= 0) return plusMinutes(after, rnd.int(5, 25));
    return localTime(rnd, day, 8, 14);
  };
  const dayOf = (i: number | null): CalendarDate | null =>
    i === null ? null : calendarDateOf(entries[i]!.occurredAt);
  const at = (i: number): Instant => entries[i]!.occurredAt;
  /** Today, before now: for the few things done this morning. */
  const earlierToday = (): Instant | null => {
    const start = localTime(rnd, o.today, 8, 8);
    const latest = instantMs(o.now) - 5 * 60_000;
    if (instantMs(start) >= latest) return null;
    return instantAt(rnd.int(instantMs(start), latest), OFFSET);
  };

  // --- The measure decides when the story starts. -----------------------------------------
  const variant = index % 6;
  const level: RiskLevel = index % 3 === 0 ? 'high' : index % 3 === 1 ? 'medium' : 'standard';
  const issuedOn =
    variant === 0
      ? addDays(o.today, -rnd.int(2, 15)) // active
      : variant === 1
        ? addDays(o.today, -rnd.int(25, 28)) // expiring soon
        : variant === 2
          ? addDays(o.today, -rnd.int(40, 120)) // expired
          : variant === 3
            ? addDays(o.today, -rnd.int(6, 20)) // breached
            : variant === 4
              ? addDays(o.today, -rnd.int(10, 20)) // ended early
              : addDays(o.today, -rnd.int(40, 90)); // special requirements, months long
  const court = variant === 5;
  const start = court ? addDays(issuedOn, -rnd.int(10, 25)) : issuedOn;

  // --- The first report, the call-out and what happened. ----------------------------------
  const facts: { -readonly [K in keyof RiskFacts]: RiskFacts[K] } = {
    strangulation: level === 'high',
    weapon: level === 'medium' && rnd.chance(0.5),
    injury: level !== 'standard' || rnd.chance(0.4),
    breach: false,
    children: hasChildren,
  };
  const t0 = localTime(rnd, start, 8, 14);
  add('report-received', 'police', { channel: rnd.pick(['phone-102', 'hotline-111', 'in-person']) }, t0);
  const callout = add(
    'callout',
    'police',
    { visitType: 'call-out', victimSeen: true, harmCauserPresent: rnd.chance(0.6) },
    plusMinutes(t0, rnd.int(20, 40)),
  );
  const childrenPresent = hasChildren && rnd.chance(0.5);
  const incidentFields: Record<string, FieldValue> = {
    incidentTypes:
      level === 'standard' && !facts.injury
        ? rnd.pick([['psychological'], ['economic', 'psychological']])
        : ['physical', 'psychological'],
    injuries: facts.injury,
    childrenPresent,
    weapon: facts.weapon,
    strangulation: facts.strangulation,
  };
  const incident = add('incident', 'police', incidentFields, plusMinutes(at(callout!), rnd.int(10, 30)));
  let last = at(incident!);
  if (facts.injury) {
    const exam = add(
      'medical-exam',
      'health',
      { injuriesRecorded: true, forensic: facts.strangulation || rnd.chance(0.4) },
      step(addDays(start, rnd.int(0, 1)), last),
      { access: { restrictedTo: ['police'] } },
    );
    if (exam !== null && dayOf(exam) === start) last = at(exam);
  }
  if (index % 4 === 2) {
    add('detention', 'police', { hours: rnd.pick([3, 24, 48]) }, step(start, last), {
      personRefs: { personId: HARM_CAUSER },
    });
    last = entries.at(-1)!.occurredAt;
  }

  // --- The measure. -----------------------------------------------------------------------
  let order: number | null;
  let orderFields: Record<string, FieldValue>;
  let orderLastDay: CalendarDate | null;
  if (!court) {
    orderFields = {
      measure: 'protective-order',
      startsOn: issuedOn,
      orderNumber: `ЗП-${1000 + index}`,
    };
    order = add('order-issued', 'police', orderFields, step(start, last), {
      personRefs: { againstPersonId: HARM_CAUSER },
    });
    orderLastDay = lastDayInForce(ruleFor('protective-order', issuedOn), issuedOn);
    add('order-served', 'police', { orderEntryId: '' }, plusMinutes(at(order!), rnd.int(10, 30)), {
      refs: { orderEntryId: order! },
      about: { measure: 'protective-order' },
    });
    last = entries.at(-1)!.occurredAt;
  } else {
    const hearing = add(
      'admin-case',
      'police',
      { caseNumber: `АД-${20000 + index}`, article: '73 КоАП', hearingOn: issuedOn },
      step(addDays(start, 1), last),
    );
    const months = rnd.pick([3, 6, 12]);
    const perMonth = rnd.int(1, 4);
    add(
      'court-decision',
      'prosecutor-court',
      { decision: `Установлены особые требования к поведению на ${months} мес.`, hearingOn: issuedOn },
      step(issuedOn, at(hearing!)),
    );
    orderFields = {
      measure: 'special-requirements',
      startsOn: issuedOn,
      durationMonths: months,
      prohibitions: rnd.pick([
        ['no-contact'],
        ['no-contact', 'no-psychoactive'],
        ['no-contact', 'no-weapons'],
      ]),
      checkInsPerMonth: perMonth,
      orderNumber: `5-${3000 + index}/${issuedOn.slice(0, 4)}`,
    };
    order = add('order-issued', 'prosecutor-court', orderFields, step(issuedOn, entries.at(-1)!.occurredAt), {
      personRefs: { againstPersonId: HARM_CAUSER },
    });
    orderLastDay = lastDayInForce(ruleFor('special-requirements', issuedOn), issuedOn, months);
    add('order-served', 'police', { orderEntryId: '' }, step(addDays(issuedOn, rnd.int(1, 2)), at(order!)), {
      refs: { orderEntryId: order! },
      about: { measure: 'special-requirements' },
    });
    last = entries.at(-1)!.occurredAt;
  }

  // --- Risk, as assessed at the scene (the final assessment comes later). -----------------
  const finalDay = addDays(o.today, -rnd.int(1, 20));
  const reassessed = compareCalendar(finalDay, addDays(start, 3)) >= 0;
  const firstLevel: RiskLevel = reassessed && level === 'standard' && index % 2 === 0 ? 'medium' : level;
  const firstRiskAt = plusMinutes(at(incident!), rnd.int(40, 90));
  add(
    'risk-assessment',
    'police',
    riskFields(rnd, firstLevel, { ...facts }, entries, firstRiskAt, null),
    firstRiskAt,
    {
      basis: { kind: 'opinion' },
    },
  );
  // The victim agrees to the police sharing the case with the crisis centre and social
  // protection; an agency where the person who caused harm works must never receive it.
  const consentAt = plusMinutes(firstRiskAt, rnd.int(2, 4));
  const consent = add(
    'consent-recorded',
    'police',
    {
      partner: agencyFieldValue(by('crisis-centre')),
      scope: 'case-record',
      consentForm: 'consent-written',
      expiresOn: addDays(start, 180),
    },
    consentAt,
  );
  add(
    'consent-recorded',
    'police',
    {
      partner: agencyFieldValue(by('social-protection')),
      scope: 'case-record',
      consentForm: 'consent-written',
    },
    consentAt,
  );
  if (index % 7 === 3)
    add(
      'never-share',
      'police',
      {
        excludedAgency: agencyFieldValue(by('health')),
        reason: 'Лицо, причинившее вред, работает в этой поликлинике',
      },
      consentAt,
    );
  const referralToCentre = add(
    'referral-sent',
    'police',
    {
      toAgency: 'crisis-centre',
      reason: 'Психологическая и юридическая помощь',
      toPartner: agencyFieldValue(by('crisis-centre')),
      urgency: level === 'high' ? 'urgent' : 'routine',
      replyBy: addDays(calendarDateOf(firstRiskAt), 3),
    },
    plusMinutes(firstRiskAt, rnd.int(5, 20)),
  );
  if (index % 11 === 5)
    add(
      'share-override',
      'police',
      {
        partner: agencyFieldValue(by('education-guardianship')),
        overrides: ['no-consent'],
        legalGround: 'Письменный запрос органа опеки и попечительства в интересах детей',
        supervisor: 'начальник УП подполковник Серикбаев А.',
      },
      step(addDays(start, 2), at(referralToCentre!)),
    );
  if (index % 13 === 4)
    add(
      'consent-withdrawn',
      'police',
      { consentEntryId: '' },
      step(addDays(start, rnd.int(20, 40)), at(referralToCentre!)),
      { refs: { consentEntryId: consent! } },
    );

  // --- Police follow-up. ------------------------------------------------------------------
  const registered = add(
    'registration-on',
    'police',
    { reviewOn: addDays(start, rnd.int(60, 180)) },
    step(addDays(court ? issuedOn : start, 1), last),
  );
  if (!court) {
    add(
      'admin-case',
      'police',
      { caseNumber: `АД-${20000 + index}`, article: '73 КоАП', hearingOn: addDays(start, rnd.int(7, 20)) },
      step(addDays(start, rnd.int(1, 3)), at(registered!)),
    );
    const hearingOn = entries.at(-1)!.fields.hearingOn as CalendarDate;
    if (compareCalendar(hearingOn, yesterday) <= 0) {
      const arrest = index % 4 === 2;
      const decided = add(
        'court-decision',
        'prosecutor-court',
        { decision: arrest ? 'Административный арест на 5 суток' : 'Предупреждение', hearingOn },
        step(hearingOn, entries.at(-1)!.occurredAt),
      );
      if (arrest)
        add(
          'admin-arrest',
          'prosecutor-court',
          { days: 5, startsOn: hearingOn },
          step(hearingOn, at(decided!)),
          {
            personRefs: { personId: HARM_CAUSER },
          },
        );
    }
  }

  // Breach (variant 3): while the order is in force, with what followed.
  if (variant === 3) {
    const breachDay = addDays(issuedOn, rnd.int(2, Math.max(2, daysBetween(issuedOn, yesterday) - 1)));
    const arrestDays = rnd.int(3, 5);
    const withArrest = rnd.chance(0.5);
    const breach = add(
      'order-breached',
      'police',
      {
        orderEntryId: '',
        followedBy: withArrest ? ['protocol-461', 'admin-arrest'] : ['protocol-461'],
        ...(withArrest ? { arrestDays } : {}),
      },
      step(breachDay, last),
      { refs: { orderEntryId: order! } },
    );
    facts.breach = true;
    // The court hears the breach the next day and orders the arrest the protocol asked for.
    const hearingOn = addDays(breachDay, 1);
    if (withArrest && compareCalendar(hearingOn, yesterday) <= 0) {
      const decided = add(
        'court-decision',
        'prosecutor-court',
        { decision: `Административный арест на ${arrestDays} суток по ст. 461 КоАП`, hearingOn },
        step(hearingOn, at(breach!)),
      );
      add(
        'admin-arrest',
        'prosecutor-court',
        { days: arrestDays, startsOn: hearingOn },
        step(hearingOn, at(decided!)),
        {
          personRefs: { personId: HARM_CAUSER },
        },
      );
    }
  }
  // Ended early (variant 4): by the police, eight days in.
  if (variant === 4) {
    const endedOn = addDays(issuedOn, 8);
    add('order-ended', 'police', { orderEntryId: '', endedOn }, step(endedOn, last), {
      refs: { orderEntryId: order! },
    });
  }
  // Check-ins under special requirements: each one due by yesterday, mostly kept.
  if (court && orderFields.checkInsPerMonth !== undefined) {
    const lastDay = orderLastDay && compareCalendar(orderLastDay, yesterday) < 0 ? orderLastDay : yesterday;
    const slots = checkInSlots('', issuedOn, lastDay, Number(orderFields.checkInsPerMonth));
    let previous: Instant = entries.at(-1)!.occurredAt;
    for (const [n, slot] of slots.entries()) {
      const missed = (index + n) % 5 === 3;
      const day = missed
        ? addDays(slot.dueOn, 1)
        : addDays(slot.opensOn, rnd.int(0, daysBetween(slot.opensOn, slot.dueOn)));
      if (compareCalendar(day, yesterday) > 0) break;
      add(
        'check-in',
        'police',
        { orderEntryId: '', outcome: missed ? 'missed' : 'kept', scheduledOn: slot.dueOn },
        step(day, previous),
        {
          refs: { orderEntryId: order! },
        },
      );
      previous = entries.at(-1)!.occurredAt;
    }
  }
  // Taken off the register when the measure is over (an expired order).
  if (variant === 2 && orderLastDay) {
    const off = addDays(orderLastDay, rnd.int(1, 10));
    if (compareCalendar(off, yesterday) <= 0)
      add('registration-off', 'police', {}, step(off, at(registered!)));
  }

  // --- Crisis centre, social protection. --------------------------------------------------
  const intakeDay = addDays(start, rnd.int(1, 4));
  const intake = add('crisis-intake', 'crisis-centre', {}, step(intakeDay, at(referralToCentre!)), {
    access: 'internal',
    sourceAgency: by('police').name,
  });
  const accepted = add(
    'referral-accepted',
    'crisis-centre',
    { referralEntryId: '' },
    step(intakeDay, intake === null ? at(referralToCentre!) : at(intake)),
    { refs: { referralEntryId: referralToCentre! } },
  );
  let centre = at(accepted!);
  const centreConsent = add(
    'consent-recorded',
    'crisis-centre',
    {
      partner: agencyFieldValue(by('police')),
      scope: index % 4 === 0 ? 'case-record-and-contacts' : 'case-record',
      consentForm: 'consent-verbal',
    },
    step(intakeDay, centre),
  );
  if (centreConsent !== null) centre = at(centreConsent);
  // The crisis centre may not correct the police's record of the call-out: it answers it.
  if (index % 5 === 1) {
    const response = add(
      'entry-response',
      'crisis-centre',
      { respondsTo: '', stance: index % 10 === 1 ? 'disputed' : 'added-information' },
      step(intakeDay, centre),
      { refs: { respondsTo: callout! } },
    );
    if (response !== null) centre = at(response);
  }
  add(
    'counselling',
    'crisis-centre',
    { sessionType: rnd.pick(['psychological', 'legal', 'social']) },
    step(addDays(intakeDay, rnd.int(0, 3)), centre),
    {
      access: 'internal',
    },
  );
  const planDay = addDays(intakeDay, rnd.int(1, 4));
  const plan = add(
    'safety-plan',
    'crisis-centre',
    { reviewOn: addDays(planDay, rnd.int(14, 45)) },
    step(planDay, centre),
  );
  centre = at(plan!);
  const toSocial = add(
    'referral-sent',
    'crisis-centre',
    {
      toAgency: 'social-protection',
      reason: 'Пособие и юридическая помощь',
      toPartner: agencyFieldValue(by('social-protection')),
      urgency: index % 3 === 0 ? 'urgent' : 'routine',
      replyBy: addDays(planDay, 5),
    },
    step(planDay, centre),
  );
  const socialDay = addDays(planDay, rnd.int(1, 4));
  const socialAccepted = add(
    'referral-accepted',
    'social-protection',
    { referralEntryId: '' },
    step(socialDay, at(toSocial!)),
    {
      refs: { referralEntryId: toSocial! },
    },
  );
  let social = at(socialAccepted!);
  const ongoing = rnd.chance(0.4);
  add(
    'social-service',
    'social-protection',
    {
      serviceType: rnd.pick([
        'social-worker-visit',
        'social-legal',
        'social-psychological',
        'social-domestic',
      ]),
      status: ongoing ? 'ongoing' : 'provided',
      ...(ongoing ? { untilOn: addDays(socialDay, rnd.int(30, 90)) } : {}),
    },
    step(socialDay, social),
  );
  social = entries.at(-1)!.occurredAt;
  if (index % 2 === 0) {
    const benefitType = rnd.pick(['targeted-social-assistance', 'child-benefit', 'one-time-assistance']);
    add('benefit', 'social-protection', { benefitType, status: 'applied' }, step(socialDay, social));
    const grantedDay = addDays(socialDay, rnd.int(10, 25));
    if (compareCalendar(grantedDay, yesterday) <= 0) {
      const monthly = benefitType !== 'one-time-assistance';
      add(
        'benefit',
        'social-protection',
        {
          benefitType,
          status: 'granted',
          amountKzt: monthly ? rnd.pick([24_000, 36_500, 41_200]) : 60_000,
          fromOn: grantedDay,
          ...(monthly ? { untilOn: addDays(grantedDay, 180) } : {}),
        },
        step(grantedDay, entries.at(-1)!.occurredAt),
      );
    }
  }
  if (index % 3 === 0)
    add(
      'housing-support',
      'social-protection',
      { supportType: 'housing-queue', status: 'applied' },
      step(addDays(socialDay, 2), social),
    );
  if (index % 3 === 1)
    add(
      'employment-support',
      'social-protection',
      { supportType: rnd.pick(['vocational-training', 'career-guidance']), status: 'referred' },
      step(addDays(socialDay, 3), social),
    );
  if (index % 3 === 2 || rnd.chance(0.3)) {
    const admission = add(
      'shelter-admission',
      'crisis-centre',
      { shelter: rnd.pick(SHELTERS), plannedExitOn: addDays(intakeDay, rnd.int(21, 60)) },
      step(intakeDay, centre),
      { access: 'internal' },
    );
    const exitDay = addDays(intakeDay, rnd.int(10, 30));
    if (admission !== null && index % 2 === 0 && compareCalendar(exitDay, yesterday) <= 0)
      add('shelter-exit', 'crisis-centre', {}, step(exitDay, at(admission)), { access: 'internal' });
  }
  if (index % 5 === 3) {
    const toHealth = add(
      'referral-sent',
      'crisis-centre',
      {
        toAgency: 'health',
        reason: 'Консультация психиатра',
        toPartner: agencyFieldValue(by('health')),
        urgency: 'routine',
        replyBy: addDays(planDay, 7),
      },
      step(planDay, centre),
    );
    add(
      'referral-declined',
      'health',
      { referralEntryId: '', reason: 'Пациентка отказалась' },
      step(addDays(planDay, 3), at(toHealth!)),
      {
        refs: { referralEntryId: toHealth! },
      },
    );
  }
  if (index % 4 === 1) {
    const reviewDay = addDays(planDay, rnd.int(10, 20));
    if (compareCalendar(reviewDay, yesterday) <= 0)
      add(
        'safety-plan-review',
        'crisis-centre',
        { nextReviewOn: addDays(reviewDay, rnd.int(14, 30)) },
        step(reviewDay, at(plan!)),
      );
  }

  // --- Repeat call-outs make a high-risk case escalate. -----------------------------------
  if (level === 'high') {
    const upTo = reassessed ? addDays(finalDay, -1) : yesterday;
    const span = daysBetween(start, upTo);
    if (span >= 2)
      for (const offset of [Math.max(1, Math.floor(span / 3)), Math.max(2, Math.floor((2 * span) / 3))])
        add(
          'callout',
          'police',
          { visitType: 'call-out', victimSeen: rnd.chance(0.7), harmCauserPresent: false },
          step(addDays(start, offset), null),
          { basis: { kind: 'reported', by: rnd.pick(['соседи', 'пострадавшая']) } },
        );
  }
  if (level === 'high' && index % 6 === 0)
    add(
      'criminal-case',
      'police',
      { caseNumber: `ЕРДР-${260000 + index}`, article: '108-1 УК' },
      step(addDays(start, rnd.int(2, 6)), at(incident!)),
    );

  // --- Preventive work, the meeting and contacts. -----------------------------------------
  add('preventive-talk', 'police', {}, step(addDays(start, rnd.int(3, 10)), at(registered!)));
  const meetingDay = addDays(start, rnd.int(7, 20));
  add('meeting-discussion', 'social-protection', {}, step(meetingDay, null));
  const action = add(
    'action-assigned',
    'social-protection',
    {
      action: rnd.pick(ACTIONS),
      ownerAgency: rnd.pick(['social-protection', 'police', 'education-guardianship']),
      dueOn: addDays(calendarDateOf(entries.at(-1)!.occurredAt), rnd.int(5, 25)),
    },
    step(meetingDay, entries.at(-1)!.occurredAt),
  );
  const doneDay = addDays(dayOf(action)!, rnd.int(2, 12));
  if (rnd.chance(0.5) && compareCalendar(doneDay, yesterday) <= 0)
    add('action-done', 'social-protection', { actionEntryId: '' }, step(doneDay, at(action!)), {
      refs: { actionEntryId: action! },
    });
  add(
    'contact-attempt',
    'police',
    { contactWith: 'harm-causer', method: 'phone', reached: rnd.chance(0.7) },
    step(addDays(start, rnd.int(2, 8)), at(registered!)),
  );
  const recent = earlierToday() ?? step(yesterday, null);
  add(
    'contact-attempt',
    'social-protection',
    { contactWith: 'victim', method: rnd.pick(['phone', 'visit', 'message']), reached: rnd.chance(0.6) },
    compareCalendar(calendarDateOf(recent), start) > 0 ? recent : step(start, last),
    { basis: { kind: 'reported', by: people.victim } },
  );

  // --- The later assessment: the level now, with the reason when it is lower. -------------
  if (reassessed) {
    const when = step(finalDay, null);
    const fields = riskFields(rnd, level, { ...facts }, entries, when, firstLevel);
    add('risk-assessment', level === 'high' ? 'crisis-centre' : 'police', fields, when, {
      basis: { kind: 'opinion' },
    });
  }

  // --- A correction and a void, as real timelines have. -----------------------------------
  if (!childrenPresent && hasChildren) {
    const corrected = { ...incidentFields, childrenPresent: true };
    entries.push({
      ...entries[incident!]!,
      occurredAt: at(incident!),
      fields: corrected,
      narrative: narrativeFor('incident', corrected, ctx, rnd),
      corrects: { index: incident!, action: 'correct', reason: 'Уточнение от органа опеки: дети были дома' },
    });
  }
  const wrong = add(
    'contact-attempt',
    'social-protection',
    { contactWith: 'victim', method: 'phone', reached: false },
    step(later(addDays(o.today, -2), addDays(start, 1)), null),
  );
  entries.push({
    ...entries[wrong!]!,
    corrects: { index: wrong!, action: 'void', reason: 'Внесено по ошибке в чужое дело' },
  });

  // --- Filler up to the requested size: visits, talks, contacts, sessions and notes. ------
  const fillers = (
    [
      ['callout', 'police', 'shared'],
      ['preventive-talk', 'police', 'shared'],
      ['contact-attempt', 'social-protection', 'shared'],
      ['counselling', 'crisis-centre', 'internal'],
      ['note', 'social-protection', 'shared'],
      ['incident', 'police', 'shared'],
    ] as const
  ).filter(([, author, access]) => holds(author, access));
  const first = addDays(start, 1);
  const span = Math.max(0, daysBetween(first, yesterday));
  while (entries.length < o.entriesPerCase) {
    const day = compareCalendar(first, yesterday) <= 0 ? addDays(first, rnd.int(0, span)) : yesterday;
    const [kind, author, access] = rnd.pick(fillers);
    const seen = rnd.chance(0.8);
    const fields: Record<string, FieldValue> =
      kind === 'callout'
        ? { visitType: 'home-visit', victimSeen: seen, harmCauserPresent: seen && rnd.chance(0.3) }
        : kind === 'contact-attempt'
          ? { contactWith: 'victim', method: 'visit', reached: seen }
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
    add(kind, author, fields, localTime(rnd, day, 8, 19), { access });
  }
  return { createdAt: t0, entries };
}

/** The case's entries so far as the domain sees them (for escalation). */
function asEffective(entries: readonly DemoEntry[]): EffectiveEntry[] {
  return entries.map((d, i) => ({
    originalId: String(i),
    entry: {
      ...d,
      id: String(i) as EntryId,
      caseId: '' as CaseId,
      recordedAt: d.occurredAt,
      hash: '',
      correction: null,
    },
  }));
}

/**
 * A risk assessment's fields for `level`, as the form would save it at `asOf`: the escalation
 * the timeline shows then, and the reason when it lowers the case from `previous`.
 */
function riskFields(
  rnd: Random,
  level: RiskLevel,
  facts: RiskFacts,
  entries: readonly DemoEntry[],
  asOf: Instant,
  previous: RiskLevel | null,
): Record<string, FieldValue> {
  const answers = riskAnswers(rnd, level, facts);
  const escalation = escalationLevel(asEffective(entries), asOf);
  const score = scoreAssessment(answers);
  const final =
    escalation && riskRank(escalation) > riskRank(score.computedLevel) ? escalation : score.computedLevel;
  const lowers = previous !== null && riskRank(final) < riskRank(previous);
  return assessmentToFields(
    { answers, notes: {}, score, override: null },
    escalation,
    lowers ? { from: previous, reason: rnd.pick(LOWER_REASONS) } : null,
  );
}
