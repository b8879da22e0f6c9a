import { describe, expect, it } from 'vitest';
import { personV2 } from '../bundle/schema/v2';
import {
  asksForIin,
  EMPTY_PERSON_DETAILS,
  EMPTY_PERSON_FORM,
  hasValue,
  PERSON_FIELD_KEYS,
  PERSON_FIELDS,
  personDetailsFrom,
  splitAliases,
  withoutUnsharedDetails,
  type PersonDetails,
} from './person';

const FULL: PersonDetails = {
  name: 'Айгерим Сейткали',
  aliases: ['Aigerim Seitkali'],
  birthDate: '1991-04-02',
  iin: '910402450018',
  phone: '+7 701 555 0142',
  address: 'Абая 150, кв. 37',
  safeContactTimes: 'будни 10–12',
  safeChannel: 'via-crisis-centre',
  preferredLanguage: 'kk',
  interpreterNeeded: true,
  notes: 'Связь через сестру',
};

describe('person fields', () => {
  it('are one list, named as the bundle format names them', () => {
    const bundleKeys = Object.keys(personV2.entries).filter((k) => k !== 'id' && k !== 'role');
    // Every field the bundle carries is a person field; aliases are kept locally only.
    expect([...PERSON_FIELD_KEYS].sort()).toEqual([...bundleKeys, 'aliases'].sort());
  });

  it('give an empty person and an empty form with every field', () => {
    expect(Object.keys(EMPTY_PERSON_DETAILS).sort()).toEqual([...PERSON_FIELD_KEYS].sort());
    expect(EMPTY_PERSON_DETAILS).toMatchObject({
      aliases: [],
      birthDate: null,
      interpreterNeeded: false,
      iin: '',
    });
    expect(Object.keys(EMPTY_PERSON_FORM).sort()).toEqual([...PERSON_FIELD_KEYS].sort());
    expect(EMPTY_PERSON_FORM).toMatchObject({ aliases: '', birthDate: '', interpreterNeeded: false });
  });

  it('mark contacts, address and IIN sensitive, and keep them and notes from partners', () => {
    const sensitive = PERSON_FIELD_KEYS.filter((k) => PERSON_FIELDS[k].sensitive);
    expect(sensitive).toEqual(['iin', 'phone', 'address', 'safeContactTimes', 'safeChannel']);
    const unshared = PERSON_FIELD_KEYS.filter((k) => !PERSON_FIELDS[k].shared);
    expect(unshared).toEqual([...sensitive, 'notes']);
  });
});

describe('personDetailsFrom', () => {
  it('reads what a version before the newer fields stored, those reading as not recorded', () => {
    const v1 = { name: 'Dana', birthDate: '1988-12-12', phone: '+7 705', address: 'Samal-2', notes: '' };
    expect(personDetailsFrom(v1)).toEqual({ ...EMPTY_PERSON_DETAILS, ...v1 });
  });

  it('reads a full person as stored', () => {
    expect(personDetailsFrom(FULL)).toEqual(FULL);
  });

  it('reads a value of the wrong type as empty, never as something else', () => {
    expect(
      personDetailsFrom({
        name: 42,
        aliases: ['ok', 7, null],
        birthDate: '',
        iin: 910402450018,
        interpreterNeeded: 'yes',
        notes: null,
      }),
    ).toEqual({ ...EMPTY_PERSON_DETAILS, aliases: ['ok'] });
  });
});

describe('withoutUnsharedDetails', () => {
  it('empties the fields partners do not get and keeps the rest, ids included', () => {
    const person = { id: 'p1', role: 'victim' as const, ...FULL };
    expect(withoutUnsharedDetails(person)).toEqual({
      ...person,
      iin: '',
      phone: '',
      address: '',
      safeContactTimes: '',
      safeChannel: '',
      notes: '',
    });
    expect(person.phone).toBe('+7 701 555 0142');
  });
});

describe('splitAliases', () => {
  it('splits at commas, semicolons and line breaks, trims and drops blanks', () => {
    expect(splitAliases('  Aigerim ; Айгерим,\r\nСейткалиева , ,')).toEqual([
      'Aigerim',
      'Айгерим',
      'Сейткалиева',
    ]);
    expect(splitAliases('   ')).toEqual([]);
  });
});

describe('hasValue and asksForIin', () => {
  it('tell a recorded value from an empty one, by kind', () => {
    expect(PERSON_FIELD_KEYS.filter((k) => hasValue(FULL, k))).toEqual(PERSON_FIELD_KEYS);
    expect(PERSON_FIELD_KEYS.filter((k) => hasValue(EMPTY_PERSON_DETAILS, k))).toEqual([]);
  });

  it('ask every adult role for an IIN, never a child', () => {
    expect(asksForIin('victim')).toBe(true);
    expect(asksForIin('harm-causer')).toBe(true);
    expect(asksForIin('household')).toBe(true);
    expect(asksForIin('witness')).toBe(true);
    expect(asksForIin('child')).toBe(false);
  });
});
