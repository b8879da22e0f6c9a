import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS } from './agencies';
import {
  ENTRY_FIELDS,
  ENTRY_KINDS,
  ENTRY_KIND_GROUPS,
  KIND_FIELDS,
  SHARING_KINDS,
  isFieldShown,
  shownFields,
  withoutHiddenFields,
} from './entryKinds';

describe('the entry kinds', () => {
  it('are each in exactly one picker group, except those the sharing dialogs record', () => {
    const grouped = ENTRY_KIND_GROUPS.flatMap((g) => g.kinds);
    const sharing: readonly string[] = SHARING_KINDS;
    expect([...grouped].sort()).toEqual([...ENTRY_KINDS].filter((k) => !sharing.includes(k)).sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('give social protection its own group: services, benefits, housing and employment support', () => {
    expect(ENTRY_KIND_GROUPS.find((g) => g.id === 'social')?.kinds).toEqual([
      'social-service',
      'benefit',
      'housing-support',
      'employment-support',
    ]);
    for (const kind of ['social-service', 'benefit', 'housing-support', 'employment-support'] as const) {
      const keys = KIND_FIELDS[kind].map((f) => f.key);
      expect(keys).toContain('status');
      expect(KIND_FIELDS[kind][0]).toMatchObject({ type: 'select', required: true });
    }
  });

  it('keep detention (hours, police) and administrative arrest (days, court) apart', () => {
    expect(KIND_FIELDS.detention.find((f) => f.key === 'hours')).toMatchObject({ type: 'number', min: 1 });
    expect(KIND_FIELDS['admin-arrest'].find((f) => f.key === 'days')).toMatchObject({
      type: 'number',
      min: 1,
    });
    for (const kind of ['detention', 'admin-arrest', 'order-issued'] as const)
      expect(KIND_FIELDS[kind].some((f) => f.type === 'person-ref' && f.required)).toBe(true);
  });

  it('offer the agency kinds of agencies.ts wherever an agency is chosen', () => {
    expect(KIND_FIELDS['referral-sent'][0]).toMatchObject({ key: 'toAgency', options: AGENCY_KINDS });
    expect(KIND_FIELDS['action-assigned'].find((f) => f.key === 'ownerAgency')).toMatchObject({
      options: AGENCY_KINDS,
    });
  });
});

describe('fields shown by condition', () => {
  it('asks a police protective order for no months, and a court’s special requirements for months, prohibitions and check-ins', () => {
    const keys = (measure: string) => shownFields('order-issued', { measure }).map((f) => f.key);
    expect(keys('protective-order')).toEqual([
      'measure',
      'againstPersonId',
      'startsOn',
      'orderNumber',
      'conditions',
    ]);
    expect(keys('special-requirements')).toEqual([
      'measure',
      'againstPersonId',
      'startsOn',
      'durationMonths',
      'prohibitions',
      'checkInsPerMonth',
      'orderNumber',
      'conditions',
    ]);
  });

  it('asks for arrest days when a breach was followed by an arrest', () => {
    const arrestDays = KIND_FIELDS['order-breached'].find((f) => f.key === 'arrestDays')!;
    expect(isFieldShown(arrestDays, { followedBy: ['warning'] })).toBe(false);
    expect(isFieldShown(arrestDays, { followedBy: ['protocol-461', 'admin-arrest'] })).toBe(true);
    expect(isFieldShown(arrestDays, {})).toBe(false);
  });

  it('drops values of fields that do not apply, and keys that are not fields', () => {
    expect(
      withoutHiddenFields('order-issued', {
        measure: 'protective-order',
        startsOn: '2026-01-10',
        durationMonths: 3,
        checkInsPerMonth: 2,
        stray: 'x',
      }),
    ).toEqual({ measure: 'protective-order', startsOn: '2026-01-10' });
  });
});

describe('ENTRY_FIELDS (for forms without person fields or conditions)', () => {
  it('leaves out person fields and never requires a field that may not apply', () => {
    for (const kind of ENTRY_KINDS) {
      for (const spec of ENTRY_FIELDS[kind]) {
        expect((spec as { type: string }).type).not.toBe('person-ref');
        if (spec.when)
          expect({ kind, key: spec.key, required: 'required' in spec && spec.required }).toEqual({
            kind,
            key: spec.key,
            required: false,
          });
      }
    }
    expect(ENTRY_FIELDS['order-issued'].map((f) => f.key)).toEqual([
      'measure',
      'startsOn',
      'durationMonths',
      'prohibitions',
      'checkInsPerMonth',
      'orderNumber',
      'conditions',
    ]);
  });
});
