import { describe, expect, it } from 'vitest';
import type { AgencyId, CaseId, EntryId, PersonId } from '../../../shared/ids';
import { effectiveEntries, type EffectiveEntry } from '../../../shared/domain/timeline';
import type { Entry, EntryDraft, FieldValue } from '../../../shared/domain/types';
import { machineOffset } from '../../app/clock';
import {
  checkEntryForm,
  cleanFields,
  correctionForm,
  defaultFields,
  MAX_NARRATIVE,
  newEntryForm,
  withDate,
  withKind,
  type DefaultsContext,
  type EntryFormContext,
  type EntryFormState,
} from './entryForm';

const police = {
  id: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b' as AgencyId,
  name: 'Police',
  kind: 'police' as const,
};
const actor = { name: 'Нурлан', agency: police };
const HARM = 'p-harm' as PersonId;
const VICTIM = 'p-victim' as PersonId;
const persons = [
  { id: VICTIM, role: 'victim' as const, birthDate: '1990-01-01' },
  { id: HARM, role: 'harm-causer' as const, birthDate: '1985-05-05' },
];
const defaults: DefaultsContext = { persons, agencyKind: 'police', refChoices: () => [] };
const NOW = '2026-11-28T17:00:00+05:00';
const nowMs = Date.parse(NOW);
const ctx: EntryFormContext = {
  caseId: 'c1' as CaseId,
  actor,
  nowMs,
  today: '2026-11-28',
  zone: machineOffset,
  correcting: null,
  mayLowerRisk: false,
  effective: [],
  persons,
};

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

const form = (kind: Entry['kind'], patch: Partial<EntryFormState> = {}): EntryFormState => ({
  ...newEntryForm(kind, NOW, defaults),
  ...patch,
});
const problemKeys = (f: EntryFormState, c: EntryFormContext = ctx) =>
  checkEntryForm(f, c).problems.map((p) => `${p.field}:${p.key}`);

/** The drafts to save, made from entries finished in order (as addEntries does). */
function drafts(f: EntryFormState, c: EntryFormContext = ctx): EntryDraft[] {
  const result = checkEntryForm(f, c);
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const out: EntryDraft[] = [];
  const finished: Entry[] = [];
  for (const d of result.drafts ?? []) {
    const draft = typeof d === 'function' ? d(finished) : d;
    out.push(draft);
    finished.push({ ...draft, id: `saved${finished.length}` as EntryId, recordedAt: NOW, hash: '' });
  }
  return out;
}

describe('a new entry form', () => {
  it('starts now in the zone in force, shared, observed, with the kind’s plain defaults', () => {
    const f = newEntryForm('callout', NOW, defaults);
    expect(f).toMatchObject({
      date: '2026-11-28',
      time: '17:00',
      confidentiality: 'shared',
      basis: 'observed',
    });
    // A police call-out is a call-out until the user says home visit; booleans start unticked.
    expect(f.fields).toEqual({ visitType: 'call-out', victimSeen: false, harmCauserPresent: false });
  });

  it('leaves a select that records a fact empty, and preselects the only person or earlier entry', () => {
    expect(defaultFields('report-received', '2026-11-28', defaults)).toEqual({});
    expect(defaultFields('check-in', '2026-11-28', defaults)).toEqual({});
    const order = defaultFields('order-issued', '2026-11-28', defaults);
    expect(order).toMatchObject({
      measure: 'protective-order',
      againstPersonId: HARM,
      startsOn: '2026-11-28',
    });
    // Another agency does not issue protective orders: the measure is for it to choose.
    expect(
      defaultFields('order-issued', '2026-11-28', { ...defaults, agencyKind: 'crisis-centre' }).measure,
    ).toBe(undefined);
    const one = defaultFields('order-served', '2026-11-28', { ...defaults, refChoices: () => ['o1'] });
    expect(one.orderEntryId).toBe('o1');
    const two = defaultFields('order-served', '2026-11-28', { ...defaults, refChoices: () => ['o1', 'o2'] });
    expect(two.orderEntryId).toBeUndefined();
  });

  it('moves a start date that follows the entry’s day, but not one the user changed', () => {
    const f = form('order-issued');
    expect(withDate(f, '2026-11-20').fields.startsOn).toBe('2026-11-20');
    const typed = { ...f, fields: { ...f.fields, startsOn: '2026-11-30' } };
    expect(withDate(typed, '2026-11-20').fields.startsOn).toBe('2026-11-30');
  });

  it('starts a new kind with that kind’s values and keeps the date, time and narrative', () => {
    const f = withKind(form('callout', { narrative: 'Соседи', date: '2026-11-27' }), 'incident', defaults);
    expect(f).toMatchObject({ kind: 'incident', date: '2026-11-27', narrative: 'Соседи' });
    expect(f.fields).toEqual({
      incidentTypes: [],
      injuries: false,
      childrenPresent: false,
      weapon: false,
      strangulation: false,
    });
  });
});

describe('checking the form', () => {
  it('builds a draft with the offset the zone had at the typed time, on both sides of 1 March 2024', () => {
    const [before] = drafts(form('note', { date: '2024-02-28', time: '23:30' }));
    const [after] = drafts(form('note', { date: '2024-03-01', time: '00:30' }));
    expect(before?.occurredAt).toBe('2024-02-28T23:30:00+06:00');
    expect(after?.occurredAt).toBe('2024-03-01T00:30:00+05:00');
  });

  it('notes a time that happened twice when the clocks went back (29 February 2024, 23:00–23:59)', () => {
    const r = checkEntryForm(form('note', { date: '2024-02-29', time: '23:30' }), ctx);
    expect(r.timeNote).toEqual({ kind: 'repeated' });
    expect(r.drafts).not.toBeNull();
    expect(checkEntryForm(form('note', { date: '2024-02-29', time: '22:59' }), ctx).timeNote).toBeNull();
  });

  it('refuses a missing date or time, and the future (a minute of clock skew allowed)', () => {
    expect(problemKeys(form('note', { date: '' }))).toEqual(['date:entry.err.date']);
    expect(problemKeys(form('note', { time: '' }))).toEqual(['time:entry.err.time']);
    expect(problemKeys(form('note', { time: '17:02' }))).toEqual(['time:entry.err.future']);
    expect(problemKeys(form('note', { time: '17:01' }))).toEqual([]);
    expect(problemKeys(form('note', { date: '2026-11-29', time: '09:00' }))).toContain(
      'date:entry.err.future',
    );
  });

  it('keeps a narrative over the limit whole and says by how much it is too long', () => {
    const long = 'а'.repeat(MAX_NARRATIVE + 37);
    const r = checkEntryForm(form('note', { narrative: long }), ctx);
    expect(r.drafts).toBeNull();
    expect(r.problems).toEqual([
      {
        field: 'narrative',
        key: 'entryForm.err.tooLongBy',
        params: { count: 37, max: MAX_NARRATIVE },
        severity: 'error',
      },
    ]);
    expect(checkEntryForm(form('note', { narrative: 'а'.repeat(MAX_NARRATIVE) }), ctx).drafts).not.toBeNull();
  });

  it('refuses invisible control characters, naming each once, NUL included', () => {
    const r = checkEntryForm(form('note', { narrative: 'Имя\u202Eвоз\u0000 и \u202E' }), ctx);
    expect(r.problems).toEqual([
      {
        field: 'narrative',
        key: 'entryForm.err.invisible',
        severity: 'error',
        codePoints: ['U+202E', 'U+0000'],
      },
    ]);
    expect(problemKeys(form('note', { sourceAgency: 'ЦПС\u2066' }))).toEqual([
      'sourceAgency:entryForm.err.invisible',
    ]);
  });

  it('says by how much a field’s text is too long (not "required")', () => {
    const f = form('admin-case', { fields: { caseNumber: 'x'.repeat(547) } });
    expect(checkEntryForm(f, ctx).problems).toEqual([
      {
        field: 'field.caseNumber',
        key: 'entryForm.err.tooLongBy',
        params: { count: 47, max: 500 },
        severity: 'error',
      },
    ]);
  });

  it('asks for who may see a restricted entry, who reported it, and a correction’s reason', () => {
    expect(problemKeys(form('note', { confidentiality: 'restricted' }))).toEqual([
      'restrictedTo:entry.err.restricted',
    ]);
    expect(problemKeys(form('note', { basis: 'reported', reportedBy: ' ' }))).toEqual([
      'reportedBy:entry.err.required',
    ]);
    const old = entry('note', '2026-11-27T10:00:00+05:00');
    expect(problemKeys(correctionForm(old), { ...ctx, correcting: old })).toEqual([
      'reason:entry.err.required',
    ]);
  });

  it('applies the domain’s rules: the court’s term is asked for, a protective order asks for none', () => {
    const court = form('order-issued', {
      fields: { measure: 'special-requirements', againstPersonId: HARM, startsOn: '2026-11-28' },
    });
    expect(problemKeys(court)).toEqual(['field.durationMonths:rules.err.termRequired']);
    const police30 = form('order-issued', {
      fields: {
        measure: 'protective-order',
        againstPersonId: HARM,
        startsOn: '2026-11-28',
        durationMonths: 6,
      },
    });
    const [draft] = drafts(police30);
    // A term typed before the measure was changed to a protective order is not saved with it.
    expect(draft?.fields).toEqual({
      measure: 'protective-order',
      againstPersonId: HARM,
      startsOn: '2026-11-28',
    });
  });

  it('refuses a protective order against a person under 16 on its start date, and warns when age is unknown', () => {
    const young = [...persons, { id: 'p-teen' as PersonId, role: 'child' as const, birthDate: '2011-01-01' }];
    const f = form('order-issued', {
      fields: { measure: 'protective-order', againstPersonId: 'p-teen', startsOn: '2026-11-28' },
    });
    expect(problemKeys(f, { ...ctx, persons: young })).toEqual(['field.againstPersonId:rules.err.underAge']);
    const unknown = persons.map((p) => ({ ...p, birthDate: null }));
    const r = checkEntryForm(
      form('order-issued', {
        fields: { measure: 'protective-order', againstPersonId: HARM, startsOn: '2026-11-28' },
      }),
      { ...ctx, persons: unknown },
    );
    expect(r.problems.map((p) => `${p.severity}:${p.key}`)).toEqual(['warning:rules.warn.ageUnknown']);
    expect(r.drafts).not.toBeNull();
  });

  it('refuses impossible dates with the reason: an end before the start, an order from 2996', () => {
    const issued = entry('order-issued', '2026-11-20T10:00:00+05:00', {
      measure: 'protective-order',
      startsOn: '2026-11-20',
      againstPersonId: HARM,
    });
    const effective: EffectiveEntry[] = effectiveEntries([issued]);
    const ended = form('order-ended', { fields: { orderEntryId: issued.id, endedOn: '2026-11-10' } });
    expect(problemKeys(ended, { ...ctx, effective })).toEqual(['field.endedOn:rules.err.endBeforeStart']);
    const far = form('order-issued', {
      fields: { measure: 'protective-order', againstPersonId: HARM, startsOn: '2996-01-01' },
    });
    expect(problemKeys(far)).toEqual(['field.startsOn:rules.err.tooFarAhead']);
  });

  it('issues and serves in one step: two drafts, the second naming the first', () => {
    const f = form('order-issued', {
      fields: { measure: 'protective-order', againstPersonId: HARM, startsOn: '2026-11-28' },
      servedTogether: true,
      servedTime: '17:00',
    });
    const [issued, served] = drafts(f);
    expect(issued?.kind).toBe('order-issued');
    expect(served).toMatchObject({
      kind: 'order-served',
      occurredAt: issued?.occurredAt,
      fields: { orderEntryId: 'saved0' },
    });
  });

  it('refuses a serving time before the order was issued', () => {
    const f = form('order-issued', {
      fields: { measure: 'protective-order', againstPersonId: HARM, startsOn: '2026-11-28' },
      servedTogether: true,
      servedTime: '16:30',
    });
    expect(problemKeys(f)).toEqual(['servedAt:rules.err.servedBeforeIssued']);
  });

  it('voids an entry as it was, checking only the reason', () => {
    // An older entry without the person a measure is now required to name can still be voided.
    const old = entry('order-issued', '2026-11-27T10:00:00+05:00', {
      measure: 'protective-order',
      startsOn: '2026-11-27',
    });
    const f = { ...correctionForm(old), reason: 'Не то дело' };
    const [draft] = drafts(f, { ...ctx, correcting: old, voiding: true, effective: effectiveEntries([old]) });
    expect(draft?.correction).toEqual({ supersedes: old.id, action: 'void', reason: 'Не то дело' });
    expect(draft?.fields).toEqual(old.fields);
  });

  it('trims text, leaves out empty values and keeps answered booleans', () => {
    expect(cleanFields('admin-case', { caseNumber: '  12/3 ', article: '', hearingOn: '' })).toEqual({
      caseNumber: '12/3',
    });
    expect(cleanFields('callout', { visitType: 'call-out', victimSeen: false })).toEqual({
      visitType: 'call-out',
      victimSeen: false,
    });
  });
});
