import { describe, expect, it } from 'vitest';
import type { CaseId, EntryId, AgencyId } from '../../../shared/ids';
import type { Entry } from '../../../shared/domain/types';
import { machineOffset } from '../../app/clock';
import { correctionForm, newEntryForm, validateEntryForm } from './entryForm';

const actor = {
  name: 'Нурлан',
  agency: { id: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b' as AgencyId, name: 'Police', kind: 'police' as const },
};
const nowMs = Date.UTC(2026, 10, 28, 12, 0);
const ctx = { caseId: 'c1' as CaseId, actor, nowMs, zone: 300, correcting: null };

describe('entry form', () => {
  it('defaults to now in this zone, shared, observed', () => {
    const f = newEntryForm('callout', '2026-11-28T17:00:00+05:00');
    expect(f).toMatchObject({
      date: '2026-11-28',
      time: '17:00',
      confidentiality: 'shared',
      basis: 'observed',
    });
    expect(f.fields).toEqual({ visitType: 'call-out', harmCauserPresent: false, victimSeen: false });
  });

  it('builds a draft with the time zone offset it was typed in', () => {
    const r = validateEntryForm(
      { ...newEntryForm('note', '2026-11-28T10:00:00+05:00'), narrative: '  Звонок от соседей  ' },
      ctx,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.occurredAt).toBe('2026-11-28T10:00:00+05:00');
    expect(r.draft.narrative).toBe('Звонок от соседей');
    expect(r.draft.author).toEqual(actor);
    expect(r.draft.correction).toBeNull();
  });

  it('keeps a back-dated time as typed, in the offset the zone had then (UTC+6 before 1 March 2024)', () => {
    // The unit tests run in Asia/Almaty, which moved from UTC+6 to UTC+5 on 1 March 2024.
    const typed = (date: string, time: string) =>
      validateEntryForm(
        { ...newEntryForm('note', '2026-11-28T10:00:00+05:00'), date, time, narrative: 'Late call' },
        { ...ctx, zone: machineOffset },
      );
    const before = typed('2024-02-28', '23:30');
    const after = typed('2024-03-01', '00:30');
    expect(before.ok && before.draft.occurredAt).toBe('2024-02-28T23:30:00+06:00');
    expect(after.ok && after.draft.occurredAt).toBe('2024-03-01T00:30:00+05:00');
  });

  it('refuses the future, bad dates, missing required fields and out-of-range numbers', () => {
    const future = validateEntryForm({ ...newEntryForm('note', '2026-11-29T10:00:00+05:00') }, ctx);
    expect(future.ok || future.errors.date?.key).toBe('entry.err.future');
    const order = validateEntryForm(
      {
        ...newEntryForm('order-issued', '2026-11-28T10:00:00+05:00'),
        fields: { measure: 'special-requirements', durationMonths: 24 },
      },
      ctx,
    );
    expect(order.ok).toBe(false);
    if (order.ok) return;
    expect(order.errors['field.startsOn']?.key).toBe('entry.err.required');
    expect(order.errors['field.durationMonths']).toEqual({
      key: 'entry.err.number',
      params: { min: 3, max: 12 },
    });
    const bad = validateEntryForm(
      { ...newEntryForm('note', '2026-11-28T10:00:00+05:00'), date: '2026-02-30' },
      ctx,
    );
    expect(bad.ok || bad.errors.date?.key).toBe('entry.err.date');
  });

  it('needs who reported it, and at least one agency for a restricted entry', () => {
    const r = validateEntryForm(
      {
        ...newEntryForm('note', '2026-11-28T10:00:00+05:00'),
        basis: 'reported',
        confidentiality: 'restricted',
      },
      ctx,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['reportedBy', 'restrictedTo']);
  });

  it('turns a correction into a superseding entry with a reason', () => {
    const original = {
      id: 'e1' as EntryId,
      caseId: 'c1' as CaseId,
      kind: 'incident',
      occurredAt: '2024-02-29T23:30:00+06:00',
      recordedAt: '2024-03-01T09:00:00+05:00',
      author: actor,
      confidentiality: { level: 'internal' },
      basis: { kind: 'reported', by: 'соседка' },
      sourceAgency: '',
      narrative: 'Толкнул',
      fields: {
        incidentTypes: ['physical'],
        injuries: false,
        childrenPresent: false,
        weapon: false,
        strangulation: false,
      },
      correction: null,
      hash: 'x',
    } satisfies Entry;
    const form = correctionForm(original);
    // The form shows the time as it was recorded (UTC+6), and keeps it when saved at UTC+6.
    expect(form).toMatchObject({
      date: '2024-02-29',
      time: '23:30',
      basis: 'reported',
      reportedBy: 'соседка',
      confidentiality: 'internal',
    });
    const noReason = validateEntryForm(form, { ...ctx, zone: 360, correcting: original });
    expect(noReason.ok || noReason.errors.reason?.key).toBe('entry.err.required');
    const r = validateEntryForm(
      { ...form, reason: 'Травмы были', fields: { ...form.fields, injuries: true } },
      { ...ctx, zone: 360, correcting: original },
    );
    expect(r.ok && r.draft.correction).toEqual({
      supersedes: 'e1',
      action: 'correct',
      reason: 'Травмы были',
    });
    expect(r.ok && r.draft.occurredAt).toBe('2024-02-29T23:30:00+06:00');
    const v = validateEntryForm(
      { ...form, reason: 'Не то дело' },
      { ...ctx, zone: 360, correcting: original, voiding: true },
    );
    expect(v.ok && v.draft.correction?.action).toBe('void');
  });
});
