import { describe, expect, it } from 'vitest';
import { caseFacts } from '../../../shared/domain/caseFacts';
import { eff, testEntry } from '../../../shared/domain/testEntries.testkit';
import type { Entry } from '../../../shared/domain/types';
import { validateEntry } from '../../../shared/domain/validation';
import type { CaseId, PersonId } from '../../../shared/ids';
import { ACTOR } from '../../db/testDb.testkit';
import { extensionStart, quickActions, quickDraft, quickStep } from './measureActions';

const HARM = 'p-harm';
const persons = [{ id: HARM as PersonId, birthDate: '1980-01-01' }];

const police = testEntry(
  'order-issued',
  { measure: 'protective-order', startsOn: '2026-01-10', againstPersonId: HARM },
  { id: 'po', at: '2026-01-10T10:00:00+05:00' },
);
const court = testEntry(
  'order-issued',
  {
    measure: 'special-requirements',
    startsOn: '2026-01-01',
    durationMonths: 3,
    againstPersonId: HARM,
    prohibitions: ['no-contact', 'no-weapons'],
    checkInsPerMonth: 1,
  },
  { id: 'sr', at: '2026-01-01T10:00:00+05:00' },
);

function facts(entries: readonly Entry[], today: string) {
  return caseFacts(eff(entries), { today, now: `${today}T23:59:00+05:00`, soonDays: 7 });
}
function measure(entries: readonly Entry[], today: string, id: string) {
  const f = facts(entries, today);
  return {
    m: f.measures.find((x) => x.orderEntryId === id)!,
    schedule: f.checkIns.find((s) => s.orderEntryId === id),
    f,
  };
}

describe('quick actions of a measure', () => {
  it('offer served until it is served, then breach, extend and end while it is in force', () => {
    const { m, schedule } = measure([police], '2026-01-15', 'po');
    expect(quickActions(m, schedule)).toEqual(['served', 'breached', 'extend', 'end']);
    const served = testEntry('order-served', { orderEntryId: 'po' }, { at: '2026-01-10T11:00:00+05:00' });
    const after = measure([police, served], '2026-01-15', 'po');
    expect(quickActions(after.m, after.schedule)).toEqual(['breached', 'extend', 'end']);
  });

  it('offer nothing but what is still due once a measure has expired', () => {
    const { m, schedule } = measure([police], '2026-03-01', 'po');
    expect(m.state).toBe('expired');
    expect(quickActions(m, schedule)).toEqual([]);
  });

  it('save "served" at once, as an entry the rules accept', () => {
    const { m, schedule } = measure([police], '2026-01-15', 'po');
    const step = quickStep('served', m, schedule, '2026-01-15');
    expect(step).toEqual({ type: 'save', kind: 'order-served', fields: { orderEntryId: 'po' } });
    if (step.type !== 'save') return;
    const draft = quickDraft(step, { caseId: 'c' as CaseId, actor: ACTOR, at: '2026-01-15T09:00:00+05:00' });
    expect(validateEntry(draft, { effective: eff([police]), persons, today: '2026-01-15' })).toEqual([]);
  });

  it('record a check-in against the scheduled one: the one due now when kept, the oldest past when missed', () => {
    // One a month from 1 January: due by 31 January, then by 28 February.
    const jan = measure([court], '2026-01-20', 'sr');
    expect(quickActions(jan.m, jan.schedule)).toEqual([
      'served',
      'breached',
      'check-in-kept',
      'check-in-missed',
      'extend',
      'end',
    ]);
    expect(quickStep('check-in-kept', jan.m, jan.schedule, '2026-01-20')).toEqual({
      type: 'save',
      kind: 'check-in',
      fields: { orderEntryId: 'sr', outcome: 'kept', scheduledOn: '2026-01-31' },
    });
    const feb = measure([court], '2026-02-10', 'sr');
    expect(quickStep('check-in-missed', feb.m, feb.schedule, '2026-02-10')).toEqual({
      type: 'save',
      kind: 'check-in',
      fields: { orderEntryId: 'sr', outcome: 'missed', scheduledOn: '2026-01-31' },
    });
    // Coming in February keeps February's check-in; January's stays missing until recorded.
    expect(quickStep('check-in-kept', feb.m, feb.schedule, '2026-02-10')).toMatchObject({
      fields: { scheduledOn: '2026-02-28' },
    });
  });

  it('let a missed check-in show on the case as missed and unanswered', () => {
    const missed = testEntry(
      'check-in',
      { orderEntryId: 'sr', outcome: 'missed', scheduledOn: '2026-01-31' },
      { at: '2026-02-02T10:00:00+05:00' },
    );
    const f = facts([court, missed], '2026-02-10');
    expect(f.missedCheckIns).toMatchObject([{ orderEntryId: 'sr', dueOn: '2026-01-31', answered: false }]);
    expect(f.deadlines.some((d) => d.kind === 'check-in-missed')).toBe(true);
  });

  it('fill in a breach and an end for the user to finish, the end dated today', () => {
    const { m, schedule } = measure([police], '2026-01-15', 'po');
    expect(quickStep('breached', m, schedule, '2026-01-15')).toEqual({
      type: 'form',
      kind: 'order-breached',
      fields: { orderEntryId: 'po' },
    });
    expect(quickStep('end', m, schedule, '2026-01-15')).toEqual({
      type: 'form',
      kind: 'order-ended',
      fields: { orderEntryId: 'po', endedOn: '2026-01-15' },
    });
  });

  it('extend with the same measure, person and requirements from the day after it ends, the new term left to the user', () => {
    const { m, schedule } = measure([court], '2026-03-20', 'sr');
    expect(m.endsOn).toBe('2026-03-31');
    expect(quickStep('extend', m, schedule, '2026-03-20')).toEqual({
      type: 'form',
      kind: 'order-issued',
      fields: {
        measure: 'special-requirements',
        startsOn: '2026-04-01',
        againstPersonId: HARM,
        prohibitions: ['no-contact', 'no-weapons'],
        checkInsPerMonth: 1,
      },
    });
  });

  it('start an extension today when the day after the end is further ahead than a start may be set', () => {
    const { m } = measure([court], '2026-02-01', 'sr');
    expect(extensionStart(m, '2026-02-01')).toBe('2026-02-01');
    expect(extensionStart(m, '2026-03-01')).toBe('2026-04-01');
  });
});
