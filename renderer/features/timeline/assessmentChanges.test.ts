import { describe, expect, it } from 'vitest';
import {
  assessmentToFields,
  RISK_FACTORS,
  scoreAssessment,
  type RiskAnswer,
} from '../../../shared/domain/risk';
import { effectiveEntries } from '../../../shared/domain/timeline';
import type { Entry, FieldValue } from '../../../shared/domain/types';
import type { AgencyId, CaseId, EntryId } from '../../../shared/ids';
import { machineOffset } from '../../app/clock';
import { assessmentRefusal, voidLowering } from './assessmentChanges';
import { checkEntryForm, correctionForm, type EntryFormContext } from './entryForm';

const police = {
  id: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b' as AgencyId,
  name: 'Police',
  kind: 'police' as const,
};

/** Answers with `yes` for the named factors and "no" for every other. */
function answers(...yes: string[]): Record<string, RiskAnswer> {
  return Object.fromEntries(RISK_FACTORS.map((f) => [f.id, yes.includes(f.id) ? 'yes' : 'no']));
}
const LEVEL_ANSWERS = {
  standard: answers(),
  medium: answers('strangulation'),
  high: answers('strangulation', 'threats-to-kill'),
} as const;

let seq = 0;
function entry(kind: Entry['kind'], occurredAt: string, fields: Record<string, FieldValue> = {}): Entry {
  seq += 1;
  return {
    id: `e${seq}` as EntryId,
    caseId: 'c1' as CaseId,
    kind,
    occurredAt,
    recordedAt: occurredAt,
    author: { name: 'A', agency: police },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: '',
    fields,
    correction: null,
    hash: '',
  };
}
function assessment(level: keyof typeof LEVEL_ANSWERS, occurredAt: string): Entry {
  const a = LEVEL_ANSWERS[level];
  const fields = assessmentToFields({ answers: a, notes: {}, score: scoreAssessment(a), override: null });
  expect(fields.level).toBe(level);
  return entry('risk-assessment', occurredAt, fields);
}

const medium = assessment('medium', '2026-10-01T10:00:00+05:00');
const high = assessment('high', '2026-11-20T10:00:00+05:00');
const both = effectiveEntries([medium, high]);

describe('voiding a risk assessment', () => {
  it('lowers the level when the assessment the level rests on is voided', () => {
    expect(voidLowering(both, high)).toEqual({ from: 'high', to: 'medium' });
  });

  it('leaves the case without a level when its only assessment is voided', () => {
    expect(voidLowering(effectiveEntries([high]), high)).toEqual({ from: 'high', to: null });
  });

  it('changes nothing when an older assessment is voided, or raises the level back', () => {
    expect(voidLowering(both, medium)).toBeNull();
    const lowered = assessment('standard', '2026-11-25T10:00:00+05:00');
    expect(voidLowering(effectiveEntries([high, lowered]), lowered)).toBeNull();
  });

  it('keeps the level when the older assessment says the same', () => {
    const again = assessment('high', '2026-11-25T10:00:00+05:00');
    expect(voidLowering(effectiveEntries([high, again]), again)).toBeNull();
  });
});

describe('what the entry form may do to a risk assessment', () => {
  it('never corrects one, whoever asks', () => {
    expect(assessmentRefusal('risk-assessment', high, false, both, true)).toEqual({ kind: 'not-corrected' });
    expect(assessmentRefusal('risk-assessment', null, false, both, true)).toEqual({ kind: 'not-corrected' });
  });

  it('refuses a void that lowers the level to someone who may not lower it, and lets a supervisor', () => {
    expect(assessmentRefusal('risk-assessment', high, true, both, false)).toEqual({
      kind: 'void-lowers',
      from: 'high',
      to: 'medium',
    });
    expect(assessmentRefusal('risk-assessment', high, true, both, true)).toBeNull();
    expect(assessmentRefusal('risk-assessment', medium, true, both, false)).toBeNull();
  });

  it('leaves other kinds alone', () => {
    const note = entry('note', '2026-11-21T10:00:00+05:00');
    expect(assessmentRefusal('note', note, false, both, false)).toBeNull();
    expect(assessmentRefusal('note', null, false, both, false)).toBeNull();
  });
});

describe('the entry form on a risk assessment', () => {
  const ctx: EntryFormContext = {
    caseId: 'c1' as CaseId,
    actor: { name: 'Нурлан', agency: police },
    nowMs: Date.parse('2026-11-28T17:00:00+05:00'),
    today: '2026-11-28',
    zone: machineOffset,
    correcting: high,
    mayLowerRisk: true,
    effective: both,
    persons: [],
  };
  const reasoned = { ...correctionForm(high), reason: 'Ошибка' };

  it('saves no correction: the fields would be lost and the level with them', () => {
    const r = checkEntryForm(reasoned, ctx);
    expect(r.drafts).toBeNull();
    expect(r.problems.map((p) => `${p.field}:${p.key}`)).toContain(
      'kind:timeline.err.assessmentNotCorrected',
    );
  });

  it('saves no lowering void by staff, and a supervisor’s void keeps every field', () => {
    const staff = checkEntryForm(reasoned, { ...ctx, voiding: true, mayLowerRisk: false });
    expect(staff.drafts).toBeNull();
    expect(staff.problems.map((p) => `${p.field}:${p.key}`)).toEqual(['reason:timeline.err.voidLowersRisk']);
    const supervisor = checkEntryForm(reasoned, { ...ctx, voiding: true });
    const [draft] = supervisor.drafts ?? [];
    expect(typeof draft === 'object' && draft.fields).toEqual(high.fields);
    expect(typeof draft === 'object' && draft.correction?.action).toBe('void');
  });
});
