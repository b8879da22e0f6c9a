import { describe, expect, it } from 'vitest';
import { EMPTY_PERSON_DETAILS } from '../../../shared/domain/person';
import {
  blankPerson,
  checkPersonField,
  personWarnings,
  validateCaseForm,
  type PersonDraft,
} from './caseForm';

const TODAY = '2026-11-28';
/** A valid IIN of a woman born on 2 April 1991 (check digit 8). */
const IIN = '910402450018';

const victim = (extra: Partial<PersonDraft> = {}): PersonDraft => ({
  ...blankPerson(1, 'victim'),
  name: 'Айгерим Сейткали',
  ...extra,
});

describe('new case form', () => {
  it('needs a reference and a victim with a name', () => {
    const r = validateCaseForm(
      ' ',
      [{ ...blankPerson(1, 'harm-causer'), name: '', phone: '+7 701 000 00 00' }],
      TODAY,
    );
    expect(r.valid).toBe(false);
    expect(r.errors.reference).toEqual({ key: 'caseForm.err.referenceRequired' });
    expect(r.errors.persons).toEqual({ key: 'caseForm.err.victimRequired' });
    expect(r.errors.person[1]?.name).toEqual({ key: 'caseForm.err.nameRequired' });
  });

  it('says a reference is too long, and by how much, rather than asking for one', () => {
    const forty = 'POL-2026-'.padEnd(40, '7');
    expect(validateCaseForm(forty, [victim()], TODAY).errors.reference).toBeUndefined();
    const long = 'POL-2026-'.padEnd(47, '7');
    expect(validateCaseForm(long, [victim()], TODAY).errors.reference).toEqual({
      key: 'people.err.referenceTooLong',
      params: { max: 40, length: 47 },
    });
  });

  it('refuses invisible control characters in the reference and in every text, saying which and where', () => {
    const r = validateCaseForm(
      'POL\u202E-1',
      [victim({ name: 'Айгерим\u202EСейткали', notes: 'a\u0000b' })],
      TODAY,
    );
    expect(r.valid).toBe(false);
    expect(r.errors.reference).toEqual({
      key: 'people.err.invisible',
      params: { char: 'U+202E', position: 4 },
    });
    expect(r.errors.person[1]?.name).toEqual({
      key: 'people.err.invisible',
      params: { char: 'U+202E', position: 8 },
    });
    // NUL is refused, never dropped: the typed text stays as it was.
    expect(r.errors.person[1]?.notes).toEqual({
      key: 'people.err.invisible',
      params: { char: 'U+0000', position: 2 },
    });
    // Positions count characters as a user sees them, not UTF-16 units.
    expect(checkPersonField('name', victim({ name: '𝒜\u2066x' }), TODAY)).toEqual({
      key: 'people.err.invisible',
      params: { char: 'U+2066', position: 2 },
    });
  });

  it('keeps line breaks and tabs in notes: they are ordinary text', () => {
    const r = validateCaseForm('POL-1', [victim({ notes: 'Звонить сестре.\n\tНе после 18:00' })], TODAY);
    expect(r.valid).toBe(true);
    expect(r.persons[0]!.notes).toBe('Звонить сестре.\n\tНе после 18:00');
  });

  it('gives each text field its limit, on its boundary', () => {
    expect(checkPersonField('name', victim({ name: 'а'.repeat(200) }), TODAY)).toBeNull();
    expect(checkPersonField('name', victim({ name: 'а'.repeat(201) }), TODAY)).toEqual({
      key: 'people.err.tooLong',
      params: { max: 200, length: 201 },
    });
    expect(checkPersonField('phone', victim({ phone: '7'.repeat(51) }), TODAY)).toMatchObject({
      params: { max: 50 },
    });
    expect(checkPersonField('address', victim({ address: 'x'.repeat(301) }), TODAY)).toMatchObject({
      params: { max: 300 },
    });
    expect(
      checkPersonField('safeContactTimes', victim({ safeContactTimes: 'x'.repeat(301) }), TODAY),
    ).toMatchObject({ params: { max: 300 } });
    expect(checkPersonField('notes', victim({ notes: 'x'.repeat(2000) }), TODAY)).toBeNull();
    expect(checkPersonField('notes', victim({ notes: 'x'.repeat(2001) }), TODAY)).toMatchObject({
      params: { max: 2000, length: 2001 },
    });
  });

  it('splits other names at commas, semicolons and lines, at most ten of at most 200 characters', () => {
    const r = validateCaseForm('POL-1', [victim({ aliases: ' Aigerim Seitkali; Сейткалиева ,\n, ' })], TODAY);
    expect(r.persons[0]!.aliases).toEqual(['Aigerim Seitkali', 'Сейткалиева']);
    const ten = Array.from({ length: 10 }, (_, i) => `Имя ${i}`).join(', ');
    expect(checkPersonField('aliases', victim({ aliases: ten }), TODAY)).toBeNull();
    expect(checkPersonField('aliases', victim({ aliases: `${ten}, ещё` }), TODAY)).toEqual({
      key: 'people.err.tooManyAliases',
      params: { max: 10 },
    });
    expect(checkPersonField('aliases', victim({ aliases: `a, ${'б'.repeat(201)}` }), TODAY)).toEqual({
      key: 'people.err.tooLong',
      params: { max: 200, length: 201 },
    });
  });

  it('refuses birth dates in the future, before 1900 or that do not exist', () => {
    const r = validateCaseForm(
      'POL-1',
      [
        victim({ birthDate: '2026-11-29' }),
        { ...blankPerson(2, 'child'), name: 'Әлихан', birthDate: '2019-02-29' },
        { ...blankPerson(3, 'household'), name: 'Әже', birthDate: '1899-12-31' },
        { ...blankPerson(4, 'witness'), name: 'Көрші', birthDate: TODAY },
      ],
      TODAY,
    );
    expect(r.errors.person[1]?.birthDate).toEqual({ key: 'caseForm.err.birthDate' });
    expect(r.errors.person[2]?.birthDate).toEqual({ key: 'caseForm.err.birthDate' });
    expect(r.errors.person[3]?.birthDate).toEqual({ key: 'caseForm.err.birthDate' });
    expect(r.errors.person[4]).toBeUndefined();
  });

  it('checks an adult’s IIN: digits, century, date and check digit, each with its own message', () => {
    const iinError = (iin: string) => checkPersonField('iin', victim({ iin }), TODAY);
    expect(iinError(IIN)).toBeNull();
    expect(iinError('9104 0245 0018')).toBeNull();
    expect(iinError('91040245001')).toEqual({ key: 'iin.err.format' });
    expect(iinError('910402750018')).toEqual({ key: 'iin.err.century' });
    expect(iinError('910231450018')).toEqual({ key: 'iin.err.birthDate' });
    expect(iinError('910402450019')).toEqual({ key: 'iin.err.checkDigit' });
  });

  it('asks no IIN of a child: one typed before the role changed is not saved', () => {
    const child: PersonDraft = { ...blankPerson(2, 'child'), name: 'Әлихан', iin: '123' };
    expect(checkPersonField('iin', child, TODAY)).toBeNull();
    const r = validateCaseForm('POL-1', [victim(), child], TODAY);
    expect(r.valid).toBe(true);
    expect(r.persons[1]!.iin).toBe('');
  });

  it('takes the date of birth from the IIN when none is typed, and warns when the two differ', () => {
    const r = validateCaseForm('POL-1', [victim({ iin: '9104 0245 0018' })], TODAY);
    expect(r.persons[0]).toMatchObject({ iin: IIN, birthDate: '1991-04-02' });
    expect(personWarnings(victim({ iin: IIN, birthDate: '1991-04-02' }))).toEqual({});
    expect(personWarnings(victim({ iin: IIN, birthDate: '1991-04-03' }))).toEqual({
      iin: { key: 'iin.warn.birthDateMismatch' },
    });
    // A warning does not stop saving: the typed date is kept.
    const differs = validateCaseForm('POL-1', [victim({ iin: IIN, birthDate: '1991-04-03' })], TODAY);
    expect(differs.valid).toBe(true);
    expect(differs.persons[0]!.birthDate).toBe('1991-04-03');
  });

  it('takes only the listed safe channels and languages', () => {
    expect(checkPersonField('safeChannel', victim({ safeChannel: 'via-crisis-centre' }), TODAY)).toBeNull();
    expect(checkPersonField('safeChannel', victim({ safeChannel: 'pigeon' }), TODAY)).toEqual({
      key: 'people.err.choice',
    });
    expect(checkPersonField('preferredLanguage', victim({ preferredLanguage: 'sgn-kz' }), TODAY)).toBeNull();
    expect(checkPersonField('preferredLanguage', victim({ preferredLanguage: 'xx' }), TODAY)).toEqual({
      key: 'people.err.choice',
    });
  });

  it('skips extra rows left completely empty, but not one with only a box ticked', () => {
    const r = validateCaseForm('POL-1', [victim(), blankPerson(2, 'harm-causer')], TODAY);
    expect(r.valid).toBe(true);
    expect(r.persons.map((p) => p.role)).toEqual(['victim']);
    const ticked = validateCaseForm(
      'POL-1',
      [victim(), { ...blankPerson(2, 'witness'), interpreterNeeded: true }],
      TODAY,
    );
    expect(ticked.errors.person[2]?.name).toEqual({ key: 'caseForm.err.nameRequired' });
  });

  it('keeps every field, trimmed and typed, notes included', () => {
    const r = validateCaseForm(
      'POL-1',
      [
        victim({
          name: '  Айгерим Сейткали ',
          aliases: 'Aigerim Seitkali',
          phone: ' +7 701 ',
          birthDate: '1991-04-02',
          iin: IIN,
          address: ' Абая 150, кв. 37 ',
          safeContactTimes: ' будни 10–12 ',
          safeChannel: 'via-crisis-centre',
          preferredLanguage: 'kk',
          interpreterNeeded: true,
          notes: ' Связь через сестру ',
        }),
      ],
      TODAY,
    );
    expect(r.valid).toBe(true);
    expect(r.persons).toEqual([
      {
        ...EMPTY_PERSON_DETAILS,
        role: 'victim',
        name: 'Айгерим Сейткали',
        aliases: ['Aigerim Seitkali'],
        birthDate: '1991-04-02',
        iin: IIN,
        phone: '+7 701',
        address: 'Абая 150, кв. 37',
        safeContactTimes: 'будни 10–12',
        safeChannel: 'via-crisis-centre',
        preferredLanguage: 'kk',
        interpreterNeeded: true,
        notes: 'Связь через сестру',
      },
    ]);
  });
});
