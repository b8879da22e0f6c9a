import { describe, expect, it } from 'vitest';
import type { CaseId, PersonId } from '../ids';
import { eff, testEntry } from '../domain/testEntries.testkit';
import type { Entry, Person } from '../domain/types';
import { freeTextEntries, typedText } from './freeText';
import { EMPTY_PERSON_DETAILS } from '../domain/person';

const victim: Person = {
  ...EMPTY_PERSON_DETAILS,
  id: 'p1' as PersonId,
  caseId: 'c' as CaseId,
  role: 'victim',
  name: 'Гүлнар Әбенова',
  birthDate: null,
  phone: '+7 701 555 12 34',
  address: 'ул. Абая, 12, кв. 40',
  notes: '',
};
const say = (
  id: string,
  narrative: string,
  kind: Entry['kind'] = 'note',
  fields: Entry['fields'] = {},
): Entry => ({
  ...testEntry(kind, fields, { id }),
  narrative,
});
const shelter: Entry = {
  ...testEntry('shelter-admission', { shelter: 'Убежище «Мейірім» (адрес не разглашается)' }, { id: 'sh' }),
  confidentiality: { level: 'internal' },
};

describe('freeTextEntries', () => {
  const printed = eff([
    say('plain', 'Провели беседу, жалоб нет.'),
    say('phone', 'Просила звонить на 8 (701) 555-12-34 после шести.'),
    say('known-phone', 'Новый номер сестры: 7015551234'),
    say('address', 'Живёт по адресу УЛ АБАЯ 12 у сестры.'),
    say('shelter', 'Переведена в убежище Мейірім вместе с детьми.'),
    say('empty', ''),
    say('case-number', 'Материал КУИ 2601234567 передан в суд.'),
  ]);
  const found = freeTextEntries(printed, [...printed, ...eff([shelter])], [victim]);

  it('lists every printed entry with typed text, the ones quoting contact data first', () => {
    expect(found.map((f) => f.originalId)).toEqual([
      'phone',
      'known-phone',
      'address',
      'shelter',
      'plain',
      'case-number',
    ]);
  });

  it('finds a phone number by its shape or as a number known on the case, an address and a shelter', () => {
    const flags = Object.fromEntries(found.map((f) => [f.originalId, f.flags]));
    expect(flags).toMatchObject({
      phone: ['phone'],
      'known-phone': ['phone'],
      address: ['address'],
      shelter: ['shelter'],
      plain: [],
      'case-number': [],
    });
  });

  it('reads typed fields, who reported it and a correction’s reason as typed text', () => {
    const e: Entry = {
      ...say('x', 'n', 'referral-sent', { toAgency: 'health', reason: 'Психиатр' }),
      basis: { kind: 'reported', by: 'соседка' },
    };
    expect(typedText(e)).toBe('n\nПсихиатр\nсоседка');
  });
});
