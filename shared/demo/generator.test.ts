/**
 * The demo workspace tells consistent stories. Checked over whole generated workspaces, for
 * several seeds and for desktops of different agencies: every entry passes the entry
 * validator, narratives agree with fields, nothing is done before what it answers, family names
 * agree with each person's gender and IIN, and no desktop holds what its agency could not.
 */
import { describe, expect, it } from 'vitest';
import type { AgencyId, CaseId, EntryId, PersonId } from '../ids';
import { calendarDateOf, compareCalendar, instantMs } from '../dates';
import { AGENCY_KINDS, type AgencyKind } from '../domain/agencies';
import { ENTRY_KINDS, shownFields } from '../domain/entryKinds';
import { checkIin } from '../domain/iin';
import { measureStates } from '../domain/measures';
import { assessmentFromFields, escalationLevel } from '../domain/risk';
import { validateAssessment } from '../domain/riskValidation';
import { effectiveEntries } from '../domain/timeline';
import type { Entry, Person, RiskLevel } from '../domain/types';
import { validateEntry } from '../domain/validation';
import { demoDraft, generateDemo, type DemoCase, type DemoOptions } from './generator';
import { genderOfFamilyName, genderOfFirstName } from './names';

const TODAY = '2026-11-29';
// Agency ids are UUIDs, as the app makes them: an entry naming an agency is checked for one.
const home = (kind: AgencyKind) => ({
  id: `01900000-0000-7000-8000-${String(AGENCY_KINDS.indexOf(kind) + 1).padStart(12, '0')}` as AgencyId,
  name: `Home ${kind}`,
  kind,
});
const OPTIONS: DemoOptions = {
  seed: 7,
  cases: 36,
  entriesPerCase: 40,
  today: TODAY,
  now: '2026-11-29T10:15:00+05:00',
  home: home('police'),
};

/** The workspaces checked: a police desktop, other agencies' desktops, other seeds, just after midnight. */
const WORKSPACES: readonly DemoOptions[] = [
  OPTIONS,
  { ...OPTIONS, seed: 2026, home: home('social-protection') },
  { ...OPTIONS, seed: 11, home: home('crisis-centre') },
  { ...OPTIONS, seed: 3, home: home('health'), now: '2026-11-29T00:20:00+05:00' },
];

/** The generated persons with ids, and entries as the domain sees them, one case at a time. */
function asCase(c: DemoCase, caseNo: number): { persons: Person[]; entries: Entry[] } {
  const caseId = `c${caseNo}` as CaseId;
  const personIds = c.persons.map((_, i) => `c${caseNo}-p${i}` as PersonId);
  const ids = c.entries.map((_, i) => `c${caseNo}-e${i}`);
  return {
    persons: c.persons.map((p, i) => ({ ...p, id: personIds[i]!, caseId })),
    entries: c.entries.map((d, i) => ({
      ...demoDraft(d, caseId, ids, personIds),
      id: ids[i] as EntryId,
      recordedAt: d.occurredAt,
      hash: '',
    })),
  };
}

/** Entries in the order they happened (a correction right after what it corrects, if at the same time). */
function chronological(entries: readonly Entry[]): Entry[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => instantMs(a.e.occurredAt) - instantMs(b.e.occurredAt) || a.i - b.i)
    .map((x) => x.e);
}

const generated = WORKSPACES.map((o) => ({ o, cases: generateDemo(o) }));
const police = generated[0]!.cases;

describe('generateDemo', () => {
  it('is the same workspace for the same seed, and another for another seed', () => {
    expect(generateDemo(OPTIONS)).toEqual(police);
    expect(generateDemo({ ...OPTIONS, seed: 8 })).not.toEqual(police);
  });

  it('dates nothing after now, so no case shows activity in the future', () => {
    for (const { o, cases } of generated) {
      const latest = Math.max(...cases.flatMap((c) => c.entries.map((e) => instantMs(e.occurredAt))));
      expect(latest).toBeLessThanOrEqual(instantMs(o.now));
    }
  });

  it('gives the first cases distinct victims, in Kazakh and Russian names', () => {
    const victims = police.slice(0, 24).map((c) => c.persons.find((p) => p.role === 'victim')!.name);
    expect(new Set(victims).size).toBe(24);
    expect(victims.some((n) => /[әғқңөұүһі]/i.test(n))).toBe(true);
    expect(victims.some((n) => /Ковалёва|Смирнова|Волкова|Лебедева/.test(n))).toBe(true);
  });

  it('holds open, monitored and closed cases, each closed one with its reason', () => {
    expect(new Set(police.map((c) => c.status))).toEqual(new Set(['open', 'monitoring', 'closed']));
    for (const c of police) expect(c.closedReason === '').toBe(c.status !== 'closed');
  });

  it('uses every entry kind on a police desktop and leaves measures in every state', () => {
    const all = [...police, ...generated[2]!.cases];
    const kinds = new Set(all.flatMap((c) => c.entries.map((e) => e.kind)));
    expect([...ENTRY_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
    const states = new Set(
      police.flatMap((c, i) =>
        measureStates(effectiveEntries(asCase(c, i).entries), TODAY, 7).map((m) => m.state),
      ),
    );
    for (const s of ['active', 'expiring-soon', 'expired', 'breached', 'ended-early'])
      expect({ state: s, present: states.has(s as never) }).toEqual({ state: s, present: true });
  });
});

describe('every demo entry', () => {
  it('passes validateEntry against what the case held before it, its persons and today', () => {
    for (const { o, cases } of generated)
      cases.forEach((c, caseNo) => {
        const { persons, entries } = asCase(c, caseNo);
        const before: Entry[] = [];
        for (const e of chronological(entries)) {
          const errors = validateEntry(e, {
            effective: effectiveEntries(before),
            persons,
            today: o.today,
          }).filter((p) => p.severity === 'error');
          expect({ case: caseNo, kind: e.kind, fields: e.fields, errors }).toEqual({
            case: caseNo,
            kind: e.kind,
            fields: e.fields,
            errors: [],
          });
          before.push(e);
        }
      });
  });

  it('holds only the fields of its kind that apply (nothing hidden, nothing unknown)', () => {
    for (const { cases } of generated)
      for (const c of cases)
        for (const e of c.entries) {
          if (e.kind === 'risk-assessment') continue;
          const allowed: readonly string[] = shownFields(e.kind, e.fields).map((s) => s.key);
          expect({ kind: e.kind, extra: Object.keys(e.fields).filter((k) => !allowed.includes(k)) }).toEqual({
            kind: e.kind,
            extra: [],
          });
        }
  });

  it('comes after what it answers: an order served after it was issued, an action done after it was set…', () => {
    for (const { cases } of generated)
      cases.forEach((c, caseNo) => {
        const { entries } = asCase(c, caseNo);
        const byId = new Map(entries.map((e) => [e.id, e]));
        for (const e of entries) {
          const targets = [
            ...['orderEntryId', 'referralEntryId', 'actionEntryId', 'consentEntryId', 'respondsTo'].map(
              (k) => e.fields[k],
            ),
            e.correction?.supersedes,
          ].filter((v): v is string => typeof v === 'string');
          for (const id of targets) {
            const target = byId.get(id as EntryId);
            expect(target, `${e.kind} names ${id}`).toBeDefined();
            expect(instantMs(target!.occurredAt)).toBeLessThanOrEqual(instantMs(e.occurredAt));
          }
        }
        // The first report opens the case: nothing on the case happened before it.
        const first = Math.min(...entries.map((e) => instantMs(e.occurredAt)));
        expect(entries.find((e) => instantMs(e.occurredAt) === first)?.kind).toBe('report-received');
        // A shelter exit follows an admission; the end of registration follows its start; an
        // arrest follows the court decision that ordered it, for as many days.
        for (const [after, before] of [
          ['shelter-exit', 'shelter-admission'],
          ['registration-off', 'registration-on'],
          ['safety-plan-review', 'safety-plan'],
        ] as const) {
          const a = entries.find((e) => e.kind === after);
          const b = entries.find((e) => e.kind === before);
          if (a) expect(instantMs(b!.occurredAt)).toBeLessThan(instantMs(a.occurredAt));
        }
        for (const arrest of entries.filter((e) => e.kind === 'admin-arrest')) {
          const ordered = entries.find(
            (e) =>
              e.kind === 'court-decision' &&
              String(e.fields.decision).includes(`арест на ${String(arrest.fields.days)} суток`) &&
              instantMs(e.occurredAt) < instantMs(arrest.occurredAt),
          );
          expect(ordered, JSON.stringify(arrest.fields)).toBeDefined();
        }
      });
  });

  it('has a narrative that agrees with its fields', () => {
    const checks: readonly {
      kind: string;
      when: (e: Entry, all: Entry[]) => boolean;
      says: RegExp;
      not?: RegExp;
    }[] = [
      {
        kind: 'contact-attempt',
        when: (e) => e.fields.reached === false,
        says: /не ответил|ответа нет|никого не было/,
        not: /на связи|жалоб нет|подтвержд/,
      },
      {
        kind: 'contact-attempt',
        when: (e) => e.fields.reached === true,
        says: /на связи|жалоб нет|подтвердил|ответила|в порядке/,
        not: /не ответил|ответа нет|никого/,
      },
      {
        kind: 'contact-attempt',
        when: (e) => e.fields.contactWith === 'harm-causer',
        says: new RegExp('вызван|не ответил'),
      },
      {
        kind: 'order-issued',
        when: (e) => e.fields.measure === 'protective-order',
        says: /защитное предписание/,
        not: /суд/i,
      },
      {
        kind: 'order-issued',
        when: (e) => e.fields.measure === 'special-requirements',
        says: /Суд установил особые требования/,
      },
      {
        kind: 'order-served',
        when: (e, all) =>
          all.find((x) => x.id === e.fields.orderEntryId)?.fields.measure === 'protective-order',
        says: /Предписание вручено|Нұсқама/,
        not: /суд/i,
      },
      {
        kind: 'callout',
        when: (e) => e.fields.victimSeen === false,
        says: /никого не было|никто не открыл/,
        not: /опрошена|дома,|үйде/,
      },
      {
        kind: 'callout',
        when: (e) => e.fields.visitType === 'home-visit',
        says: /обход|бару/,
        not: /по вызову/,
      },
      { kind: 'callout', when: (e) => e.fields.visitType === 'call-out', says: /по вызову/, not: /обход/ },
      { kind: 'incident', when: (e) => e.fields.strangulation === true, says: /за шею/ },
      { kind: 'incident', when: (e) => e.fields.weapon === true, says: /нож/ },
      { kind: 'incident', when: (e) => e.fields.strangulation !== true, says: /./, not: /за шею/ },
      { kind: 'incident', when: (e) => e.fields.childrenPresent === true, says: /Дети находились/ },
      { kind: 'incident', when: (e) => e.fields.childrenPresent !== true, says: /./, not: /Дети/ },
      { kind: 'medical-exam', when: (e) => e.fields.injuriesRecorded === false, says: /не выявлено/ },
      { kind: 'medical-exam', when: (e) => e.fields.injuriesRecorded === true, says: /кровоподтёки|ушиб/ },
      { kind: 'check-in', when: (e) => e.fields.outcome === 'kept', says: /явился/, not: /не явился/ },
      { kind: 'check-in', when: (e) => e.fields.outcome === 'missed', says: /не явился/ },
      { kind: 'counselling', when: (e) => e.fields.sessionType === 'legal', says: /юрист/ },
      { kind: 'counselling', when: (e) => e.fields.sessionType === 'psychological', says: /психолог/ },
      { kind: 'referral-sent', when: (e) => e.fields.toAgency === 'crisis-centre', says: /кризисный центр/ },
      { kind: 'referral-sent', when: (e) => e.fields.toAgency === 'social-protection', says: /соцпрограмм/ },
      { kind: 'court-decision', when: (e) => /арест/.test(String(e.fields.decision)), says: /арест/ },
      {
        kind: 'court-decision',
        when: (e) => /Предупреждение/.test(String(e.fields.decision)),
        says: /предупреждение/,
      },
      { kind: 'detention', when: () => true, says: /задержан на \d+ ч/ },
      { kind: 'benefit', when: (e) => e.fields.status === 'granted', says: /Назначено: .*\d+ тг/ },
      { kind: 'benefit', when: (e) => e.fields.status === 'applied', says: /Приняты документы/ },
      {
        kind: 'order-breached',
        when: (e) => Array.isArray(e.fields.followedBy) && e.fields.followedBy.includes('admin-arrest'),
        says: /в суд/,
      },
    ];
    let checked = 0;
    for (const { cases } of generated)
      cases.forEach((c, caseNo) => {
        const { entries } = asCase(c, caseNo);
        for (const e of entries)
          for (const check of checks) {
            if (check.kind !== e.kind || !check.when(e, entries)) continue;
            checked++;
            expect(e.narrative, `${e.kind}: ${JSON.stringify(e.fields)}`).toMatch(check.says);
            if (check.not)
              expect(e.narrative, `${e.kind}: ${JSON.stringify(e.fields)}`).not.toMatch(check.not);
          }
      });
    expect(checked).toBeGreaterThan(500);
  });
});

describe('demo people', () => {
  const everyone = generated.flatMap(({ cases }) => cases.flatMap((c) => c.persons));

  it('have family names that agree with their gender, by IIN for adults and by first name for children', () => {
    let gendered = 0;
    for (const p of everyone) {
      const [first, surname] = p.name.split(' ') as [string, string];
      const byName = genderOfFamilyName(surname);
      const iin = checkIin(p.iin);
      const gender = iin.ok ? iin.sex : genderOfFirstName(first);
      expect(gender, p.name).not.toBeNull();
      expect(genderOfFirstName(first), p.name).toBe(gender);
      if (byName !== null) {
        gendered++;
        expect({ name: p.name, surname: byName }).toEqual({ name: p.name, surname: gender });
      }
    }
    expect(gendered).toBeGreaterThan(everyone.length / 2);
  });

  it('carry a valid IIN for every adult, with their date of birth; children have none', () => {
    for (const p of everyone) {
      if (p.role === 'child') {
        expect(p.iin).toBe('');
        continue;
      }
      const c = checkIin(p.iin, TODAY);
      expect(c.ok, `${p.name} ${p.iin}`).toBe(true);
      if (c.ok) expect(c.birthDate).toBe(p.birthDate);
    }
  });

  it('have children born after their mother turned 18, and every case a victim and a person who caused harm', () => {
    for (const { cases } of generated)
      for (const c of cases) {
        const victim = c.persons.find((p) => p.role === 'victim')!;
        expect(c.persons.filter((p) => p.role === 'harm-causer')).toHaveLength(1);
        for (const child of c.persons.filter((p) => p.role === 'child'))
          expect(compareCalendar(child.birthDate!, victim.birthDate!)).toBeGreaterThan(0);
      }
  });

  it('record safe contact, language and interpreter, and some other names', () => {
    const victims = everyone.filter((p) => p.role === 'victim');
    expect(victims.some((p) => p.safeContactTimes !== '')).toBe(true);
    expect(new Set(victims.map((p) => p.safeChannel))).toEqual(new Set(['via-crisis-centre', 'sms', 'call']));
    expect(victims.some((p) => p.interpreterNeeded && p.preferredLanguage === 'uz')).toBe(true);
    expect(victims.some((p) => p.aliases.length > 0)).toBe(true);
    for (const p of everyone) expect(['kk', 'ru', 'uz']).toContain(p.preferredLanguage);
  });
});

describe('a demo desktop', () => {
  it('holds no other agency’s internal entry, and restricted entries only when they name it', () => {
    for (const { o, cases } of generated)
      for (const c of cases)
        for (const e of c.entries) {
          const own = e.author.agency.kind === o.home.kind;
          if (e.confidentiality.level === 'internal')
            expect({ kind: e.kind, own }).toEqual({ kind: e.kind, own: true });
          if (e.confidentiality.level === 'restricted' && !own)
            expect(e.confidentiality.agencies.map((a) => a.kind)).toContain(o.home.kind);
        }
  });

  it('holds the crisis centre’s intake and sessions only on the crisis centre’s desktop', () => {
    const kindsOn = (i: number) => new Set(generated[i]!.cases.flatMap((c) => c.entries.map((e) => e.kind)));
    expect(kindsOn(0).has('crisis-intake')).toBe(false);
    expect(kindsOn(1).has('counselling')).toBe(false);
    expect(kindsOn(2).has('crisis-intake')).toBe(true);
    expect(kindsOn(2).has('shelter-admission')).toBe(true);
    // The medical examination is restricted to the police: not on a social protection desktop.
    expect(kindsOn(0).has('medical-exam')).toBe(true);
    expect(kindsOn(1).has('medical-exam')).toBe(false);
    expect(kindsOn(3).has('medical-exam')).toBe(true);
  });

  it('names its own agency as the author of its own entries, and only known agencies otherwise', () => {
    for (const { o, cases } of generated)
      for (const c of cases)
        for (const e of c.entries) {
          expect(AGENCY_KINDS).toContain(e.author.agency.kind);
          if (e.author.agency.kind === o.home.kind) expect(e.author.agency.id).toBe(o.home.id);
        }
  });
});

describe('demo timelines use the newer kinds and fields as the work does', () => {
  const all = police.map((c, i) => asCase(c, i));

  it('name the person every measure, detention and arrest is against: the person who caused harm', () => {
    let named = 0;
    for (const { persons, entries } of all) {
      const harm = persons.find((p) => p.role === 'harm-causer')!.id;
      for (const e of entries) {
        if (e.kind === 'order-issued') {
          named++;
          expect(e.fields.againstPersonId).toBe(harm);
        }
        if (e.kind === 'detention' || e.kind === 'admin-arrest') expect(e.fields.personId).toBe(harm);
      }
    }
    expect(named).toBe(police.length);
  });

  it('record check-ins kept and missed under special requirements, each on its scheduled day', () => {
    const checkIns = all.flatMap(({ entries }) => entries.filter((e) => e.kind === 'check-in'));
    expect(new Set(checkIns.map((e) => e.fields.outcome))).toEqual(new Set(['kept', 'missed']));
    for (const e of checkIns) {
      const day = calendarDateOf(e.occurredAt);
      const due = String(e.fields.scheduledOn);
      if (e.fields.outcome === 'kept') expect(compareCalendar(day, due)).toBeLessThanOrEqual(0);
      else expect(compareCalendar(day, due)).toBeGreaterThan(0);
    }
  });

  it('say whether a call-out saw the victim and whom a contact was with; social protection records its work', () => {
    const entries = all.flatMap((c) => c.entries);
    for (const e of entries.filter((x) => x.kind === 'callout'))
      expect(typeof e.fields.victimSeen).toBe('boolean');
    const withWhom = new Set(
      entries.filter((x) => x.kind === 'contact-attempt').map((e) => e.fields.contactWith),
    );
    expect(withWhom).toEqual(new Set(['victim', 'harm-causer']));
    for (const kind of ['social-service', 'benefit', 'housing-support', 'employment-support'])
      expect(entries.some((e) => e.kind === kind && e.author.agency.kind === 'social-protection')).toBe(true);
  });

  it('assess risk as the form would save it: complete, with escalation, and a reason when it lowers the level', () => {
    let lowered = 0;
    for (const { entries } of all) {
      let current: RiskLevel | null = null;
      const before: Entry[] = [];
      for (const e of chronological(entries)) {
        if (e.kind === 'risk-assessment') {
          const stored = assessmentFromFields(e.fields);
          const escalation = escalationLevel(effectiveEntries(before), e.occurredAt);
          const check = validateAssessment({
            answers: stored.answers,
            override: null,
            escalation,
            currentLevel: current,
            lowerReason: stored.lowering?.reason ?? '',
          });
          expect(check.problems).toEqual([]);
          expect(check.level).toBe(stored.level);
          if (check.lowers) lowered++;
          current = stored.level;
        }
        before.push(e);
      }
    }
    expect(lowered).toBeGreaterThan(0);
  });
});
