import { describe, expect, it } from 'vitest';
import type { EntryId, PersonId } from '../ids';
import { issueAndServe } from './measureDrafts';
import { canSave, type Problem } from './problems';
import { eff, testEntry } from './testEntries.testkit';
import { validateEntry, type EntryToCheck } from './validation';
import type { EntryDraft, FieldValue, Person } from './types';
import type { EntryKind } from './entryKinds';

const TODAY = '2026-03-10';
const at = (day: string, time = '10:00', offset = '+05:00') => `${day}T${time}:00${offset}`;
const persons: Pick<Person, 'id' | 'birthDate'>[] = [
  { id: 'p-adult' as PersonId, birthDate: '1990-05-01' },
  { id: 'p-teen' as PersonId, birthDate: '2010-03-15' },
  { id: 'p-leap' as PersonId, birthDate: '2008-02-29' },
  { id: 'p-unknown' as PersonId, birthDate: null },
];
const existing = [
  testEntry(
    'order-issued',
    { measure: 'protective-order', startsOn: '2026-03-01', againstPersonId: 'p-adult' },
    { id: 'po', at: at('2026-03-01', '14:00') },
  ),
  testEntry(
    'order-issued',
    {
      measure: 'special-requirements',
      startsOn: '2026-01-05',
      durationMonths: 3,
      checkInsPerMonth: 2,
      againstPersonId: 'p-adult',
    },
    { id: 'sr', at: at('2026-01-05') },
  ),
  testEntry(
    'order-issued',
    { measure: 'restraining-order', startsOn: '2026-02-01', againstPersonId: 'p-adult' },
    { id: 'ro', at: at('2026-02-01') },
  ),
  testEntry(
    'order-ended',
    { orderEntryId: 'ro', endedOn: '2026-02-20' },
    { id: 'ro-end', at: at('2026-02-20') },
  ),
  testEntry(
    'shelter-admission',
    { plannedExitOn: '2026-03-20' },
    { id: 'sa', at: at('2026-03-05', '18:00') },
  ),
  testEntry(
    'action-assigned',
    { action: 'x', ownerAgency: 'police', dueOn: '2026-03-20' },
    { id: 'act', at: at('2026-03-01') },
  ),
];
const ctx = { effective: eff(existing), persons, today: TODAY };
const check = (kind: EntryKind, fields: Record<string, FieldValue>, occurredAt = at('2026-03-09')) =>
  validateEntry({ kind, occurredAt, fields } satisfies EntryToCheck, ctx);
const keys = (ps: readonly Problem[]) => ps.map((p) => [p.field, p.key]);

const order = (fields: Record<string, FieldValue>, occurredAt = at('2026-03-09')) =>
  check('order-issued', { againstPersonId: 'p-adult', startsOn: '2026-03-09', ...fields }, occurredAt);

describe('validateEntry: measures', () => {
  it('takes a police protective order without months, against a person on the case', () => {
    expect(order({ measure: 'protective-order' })).toEqual([]);
    // Months typed before the measure was changed do not apply to a police order.
    expect(order({ measure: 'protective-order', durationMonths: 99 })).toEqual([]);
  });

  it('refuses special requirements without a term, never assuming 3 months', () => {
    expect(keys(order({ measure: 'special-requirements' }))).toEqual([
      ['field.durationMonths', 'rules.err.termRequired'],
    ]);
    expect(order({ measure: 'special-requirements' })[0]!.params).toEqual({ min: 3, max: 12 });
    expect(order({ measure: 'special-requirements', durationMonths: 3 })).toEqual([]);
    expect(order({ measure: 'special-requirements', durationMonths: 12 })).toEqual([]);
    expect(keys(order({ measure: 'special-requirements', durationMonths: 2 }))).toEqual([
      ['field.durationMonths', 'entry.err.number'],
    ]);
    expect(keys(order({ measure: 'special-requirements', durationMonths: 13 }))).toEqual([
      ['field.durationMonths', 'entry.err.number'],
    ]);
  });

  it('takes a reporting schedule of 1 to 4 a month, and the prohibitions, for special requirements', () => {
    const sr = {
      measure: 'special-requirements',
      durationMonths: 6,
      prohibitions: ['no-contact', 'no-shared-dwelling'],
    };
    expect(order({ ...sr, checkInsPerMonth: 1 })).toEqual([]);
    expect(order({ ...sr, checkInsPerMonth: 4 })).toEqual([]);
    expect(keys(order({ ...sr, checkInsPerMonth: 5 }))).toEqual([
      ['field.checkInsPerMonth', 'entry.err.number'],
    ]);
    expect(keys(order({ ...sr, checkInsPerMonth: 0 }))).toEqual([
      ['field.checkInsPerMonth', 'entry.err.number'],
    ]);
    expect(keys(order({ ...sr, prohibitions: ['no-pets'] }))).toEqual([
      ['field.prohibitions', 'entry.err.required'],
    ]);
  });

  it('needs the person the measure is against, on this case', () => {
    expect(keys(check('order-issued', { measure: 'protective-order', startsOn: '2026-03-09' }))).toEqual([
      ['field.againstPersonId', 'entry.err.required'],
    ]);
    expect(keys(order({ measure: 'protective-order', againstPersonId: 'p-elsewhere' }))).toEqual([
      ['field.againstPersonId', 'rules.err.personNotOnCase'],
    ]);
  });

  it('issues a protective order only to a person 16 or older on its start date', () => {
    const po = (startsOn: string, againstPersonId = 'p-teen') =>
      order({ measure: 'protective-order', startsOn, againstPersonId }, at(startsOn));
    // Born 15 March 2010: 15 on 14 March 2026, 16 on the 15th.
    expect(po('2026-03-10')).toEqual([
      {
        field: 'field.againstPersonId',
        key: 'rules.err.underAge',
        params: { age: 15, min: 16 },
        severity: 'error',
      },
    ]);
    // Born on 29 February 2008: 16 on 29 February 2024.
    expect(keys(po('2024-02-28', 'p-leap'))).toEqual([['field.againstPersonId', 'rules.err.underAge']]);
    expect(po('2024-02-29', 'p-leap')).toEqual([]);
    // Special requirements have no such age in the rules.
    expect(order({ measure: 'special-requirements', durationMonths: 3, againstPersonId: 'p-teen' })).toEqual(
      [],
    );
    // Unknown birth date: a warning to check, not a refusal.
    const unknown = order({ measure: 'protective-order', againstPersonId: 'p-unknown' });
    expect(unknown).toEqual([
      {
        field: 'field.againstPersonId',
        key: 'rules.warn.ageUnknown',
        params: { min: 16 },
        severity: 'warning',
      },
    ]);
    expect(canSave(unknown)).toBe(true);
  });

  it('keeps the start of an order within sane limits', () => {
    expect(keys(order({ measure: 'protective-order', startsOn: '2996-03-09' }))).toEqual([
      ['field.startsOn', 'rules.err.tooFarAhead'],
    ]);
    expect(keys(order({ measure: 'protective-order', startsOn: '1989-12-31' }, at('1989-12-31')))).toEqual([
      ['date', 'rules.err.tooEarly'],
      ['field.startsOn', 'rules.err.tooEarly'],
    ]);
    expect(keys(order({ measure: 'protective-order', startsOn: '2026-03-08' }))).toEqual([
      ['field.startsOn', 'rules.err.beforeEntry'],
    ]);
    // Up to 31 days after the day it was issued.
    expect(order({ measure: 'protective-order', startsOn: '2026-04-09' })).toEqual([]);
    expect(keys(order({ measure: 'protective-order', startsOn: '2026-04-10' }))).toEqual([
      ['field.startsOn', 'rules.err.tooFarAhead'],
    ]);
  });

  it('refuses "served" before "issued", to the minute', () => {
    expect(check('order-served', { orderEntryId: 'po' }, at('2026-03-01', '14:00'))).toEqual([]);
    expect(keys(check('order-served', { orderEntryId: 'po' }, at('2026-03-01', '13:59')))).toEqual([
      ['date', 'rules.err.servedBeforeIssued'],
    ]);
    expect(keys(check('order-served', { orderEntryId: 'nope' }))).toEqual([
      ['field.orderEntryId', 'rules.err.unknownEntry'],
    ]);
    expect(keys(check('order-served', { orderEntryId: 'act' }))).toEqual([
      ['field.orderEntryId', 'rules.err.unknownEntry'],
    ]);
  });

  it('records a breach only while the measure was in force, with what followed', () => {
    const breach = (day: string, fields: Record<string, FieldValue> = {}) =>
      check('order-breached', { orderEntryId: 'po', ...fields }, at(day));
    expect(breach('2026-03-09', { followedBy: ['protocol-461', 'warning'] })).toEqual([]);
    expect(keys(breach('2026-02-28'))).toEqual([['date', 'rules.err.notInForce']]);
    // Ended on 20 February: in force through the 19th.
    expect(check('order-breached', { orderEntryId: 'ro' }, at('2026-02-19'))).toEqual([]);
    expect(keys(check('order-breached', { orderEntryId: 'ro' }, at('2026-02-20')))).toEqual([
      ['date', 'rules.err.notInForce'],
    ]);
  });

  it('asks how many days of administrative arrest followed a breach: 1 to 5', () => {
    const arrest = (arrestDays?: number) =>
      check('order-breached', {
        orderEntryId: 'po',
        followedBy: ['admin-arrest'],
        ...(arrestDays === undefined ? {} : { arrestDays }),
      });
    expect(keys(arrest())).toEqual([['field.arrestDays', 'entry.err.required']]);
    expect(arrest(1)).toEqual([]);
    expect(arrest(5)).toEqual([]);
    expect(keys(arrest(6))).toEqual([['field.arrestDays', 'entry.err.number']]);
    // Without an arrest, no days are asked for.
    expect(check('order-breached', { orderEntryId: 'po', followedBy: ['warning'], arrestDays: 9 })).toEqual(
      [],
    );
  });

  it('refuses a measure ended before it began, or in the future', () => {
    const ended = (endedOn: string) => check('order-ended', { orderEntryId: 'po', endedOn });
    expect(ended('2026-03-01')).toEqual([]);
    expect(keys(ended('2026-02-28'))).toEqual([['field.endedOn', 'rules.err.endBeforeStart']]);
    expect(ended(TODAY)).toEqual([]);
    expect(keys(ended('2026-03-11'))).toEqual([['field.endedOn', 'rules.err.endInFuture']]);
  });

  it('records check-ins only for a measure with a schedule, on its scheduled days', () => {
    // Twice a month from 5 January: due 20 Jan, 4 Feb, 18 Feb, 4 Mar, 19 Mar…
    expect(check('check-in', { orderEntryId: 'sr', outcome: 'kept' })).toEqual([]);
    expect(check('check-in', { orderEntryId: 'sr', outcome: 'missed', scheduledOn: '2026-03-04' })).toEqual(
      [],
    );
    expect(
      keys(check('check-in', { orderEntryId: 'sr', outcome: 'missed', scheduledOn: '2026-03-05' })),
    ).toEqual([['field.scheduledOn', 'rules.err.notScheduled']]);
    expect(keys(check('check-in', { orderEntryId: 'po', outcome: 'kept' }))).toEqual([
      ['field.orderEntryId', 'rules.err.noSchedule'],
    ]);
    expect(keys(check('check-in', { orderEntryId: 'sr', outcome: 'kept' }, at('2026-01-04')))).toEqual([
      ['date', 'rules.err.notInForce'],
    ]);
  });
});

describe('validateEntry: dates', () => {
  it('refuses an entry dated after today or before 1990', () => {
    expect(check('note', {}, at(TODAY, '23:59'))).toEqual([]);
    expect(keys(check('note', {}, at('2026-03-11', '00:00')))).toEqual([['date', 'entry.err.future']]);
    expect(keys(check('note', {}, at('1989-12-31')))).toEqual([['date', 'rules.err.tooEarly']]);
    expect(keys(check('note', {}, 'yesterday'))).toEqual([['date', 'entry.err.date']]);
  });

  it('refuses a shelter exit before the admission', () => {
    expect(check('shelter-exit', {}, at('2026-03-05', '18:00'))).toEqual([]);
    expect(keys(check('shelter-exit', {}, at('2026-03-05', '17:59')))).toEqual([
      ['date', 'rules.err.exitBeforeAdmission'],
    ]);
  });

  it('keeps review, due and planned exit dates on or after the entry’s day and within a year', () => {
    const plan = (reviewOn: string) => check('safety-plan', { reviewOn });
    expect(plan('2026-03-09')).toEqual([]);
    expect(keys(plan('2026-03-08'))).toEqual([['field.reviewOn', 'rules.err.beforeEntry']]);
    expect(plan('2027-03-10')).toEqual([]);
    expect(keys(plan('2027-03-11'))).toEqual([['field.reviewOn', 'rules.err.tooFarAhead']]);
    expect(keys(check('shelter-admission', { plannedExitOn: '2996-01-01' }))).toEqual([
      ['field.plannedExitOn', 'rules.err.tooFarAhead'],
    ]);
  });

  it('uses the entry’s own day, in its recorded offset: 23:30 at UTC+6 on 28 February 2024', () => {
    const ctx2024 = { ...ctx, today: '2024-03-10' };
    const plan = validateEntry(
      { kind: 'safety-plan', occurredAt: '2024-02-28T23:30:00+06:00', fields: { reviewOn: '2024-02-28' } },
      ctx2024,
    );
    expect(plan).toEqual([]);
  });

  it('refuses a support period that ends before it starts', () => {
    const benefit = (fromOn: string, untilOn: string) =>
      check('benefit', {
        benefitType: 'child-benefit',
        status: 'granted',
        amountKzt: 25_000,
        fromOn,
        untilOn,
      });
    expect(benefit('2026-03-01', '2026-03-01')).toEqual([]);
    expect(keys(benefit('2026-03-01', '2026-02-28'))).toEqual([
      ['field.untilOn', 'rules.err.endBeforeStart'],
    ]);
  });
});

describe('validateEntry: fields', () => {
  it('checks required fields, options, whole numbers and text length on every kind', () => {
    expect(keys(check('benefit', { status: 'granted' }))).toEqual([
      ['field.benefitType', 'entry.err.required'],
    ]);
    expect(keys(check('benefit', { benefitType: 'lottery', status: 'granted' }))).toEqual([
      ['field.benefitType', 'entry.err.required'],
    ]);
    expect(
      keys(check('benefit', { benefitType: 'child-benefit', status: 'granted', amountKzt: 10.5 })),
    ).toEqual([['field.amountKzt', 'entry.err.number']]);
    expect(keys(check('detention', { personId: 'p-adult', hours: 0 }))).toEqual([
      ['field.hours', 'entry.err.number'],
    ]);
    expect(check('admin-arrest', { personId: 'p-adult', days: 5 })).toEqual([]);
    const long = check('criminal-case', { caseNumber: 'x'.repeat(501) });
    expect(long).toEqual([
      { field: 'field.caseNumber', key: 'entry.err.tooLong', params: { max: 500 }, severity: 'error' },
    ]);
    expect(check('criminal-case', { caseNumber: 'x'.repeat(500) })).toEqual([]);
  });

  it('asks for the amount only where it applies', () => {
    const housing = (supportType: string, amountKzt?: number) =>
      check('housing-support', {
        supportType,
        status: 'granted',
        ...(amountKzt === undefined ? {} : { amountKzt: amountKzt }),
      });
    expect(keys(housing('housing-payment', -1))).toEqual([['field.amountKzt', 'entry.err.number']]);
    expect(housing('housing-queue', -1)).toEqual([]);
  });
});

describe('issueAndServe', () => {
  const issued: EntryDraft = {
    caseId: existing[0]!.caseId,
    kind: 'order-issued',
    occurredAt: at('2026-03-09', '21:40'),
    author: existing[0]!.author,
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: 'Issued at the address.',
    fields: { measure: 'protective-order', startsOn: '2026-03-09', againstPersonId: 'p-adult' },
    correction: null,
  };

  it('makes both drafts from one form, the served one naming the issued entry', () => {
    const r = issueAndServe(issued);
    if (!r.ok) throw new Error('expected drafts');
    expect(r.issued).toBe(issued);
    const served = r.served('e-issued' as EntryId);
    expect(served).toMatchObject({
      kind: 'order-served',
      occurredAt: issued.occurredAt,
      fields: { orderEntryId: 'e-issued' },
      narrative: '',
      correction: null,
    });
    expect(issueAndServe(issued, at('2026-03-09', '22:05')).ok).toBe(true);
  });

  it('refuses a served time before the order was issued', () => {
    expect(issueAndServe(issued, at('2026-03-09', '21:39'))).toEqual({
      ok: false,
      problems: [{ field: 'servedAt', key: 'rules.err.servedBeforeIssued', severity: 'error' }],
    });
    expect(issueAndServe(issued, 'later')).toMatchObject({ ok: false });
    expect(() => issueAndServe({ ...issued, kind: 'note' })).toThrow(RangeError);
  });
});
