import { describe, expect, it } from 'vitest';
import { blankPerson, validateCaseForm } from './caseForm';

describe('new case form', () => {
  it('needs a reference and a victim with a name', () => {
    const r = validateCaseForm(
      ' ',
      [{ ...blankPerson(1, 'harm-causer'), name: '', phone: '+7 701 000 00 00' }],
      '2026-11-28',
    );
    expect(r.valid).toBe(false);
    expect(r.errors.reference).toBe('caseForm.err.referenceRequired');
    expect(r.errors.persons).toBe('caseForm.err.victimRequired');
    expect(r.errors.person[1]?.name).toBe('caseForm.err.nameRequired');
  });

  it('refuses birth dates in the future or that do not exist', () => {
    const r = validateCaseForm(
      'POL-1',
      [
        { ...blankPerson(1, 'victim'), name: 'Айгерим', birthDate: '2030-01-01' },
        { ...blankPerson(2, 'child'), name: 'Әлихан', birthDate: '2019-02-29' },
      ],
      '2026-11-28',
    );
    expect(r.errors.person[1]?.birthDate).toBe('caseForm.err.birthDate');
    expect(r.errors.person[2]?.birthDate).toBe('caseForm.err.birthDate');
  });

  it('skips extra rows left completely empty', () => {
    const r = validateCaseForm(
      'POL-1',
      [{ ...blankPerson(1, 'victim'), name: 'Айгерим' }, blankPerson(2, 'harm-causer')],
      '2026-11-28',
    );
    expect(r.valid).toBe(true);
    expect(r.persons.map((p) => p.role)).toEqual(['victim']);
  });

  it('trims what it keeps', () => {
    const r = validateCaseForm(
      'POL-1',
      [
        {
          ...blankPerson(1, 'victim'),
          name: '  Айгерим Сейткали ',
          phone: ' +7 701 ',
          birthDate: '1990-05-01',
        },
      ],
      '2026-11-28',
    );
    expect(r.valid).toBe(true);
    expect(r.persons).toEqual([
      {
        role: 'victim',
        name: 'Айгерим Сейткали',
        birthDate: '1990-05-01',
        phone: '+7 701',
        address: '',
        notes: '',
      },
    ]);
  });
});
