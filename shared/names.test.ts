import { describe, expect, it } from 'vitest';
import { agencyDetailsOf, agencyProblems, invisibleProblem } from './identity';
import { accountNameProblem } from './keyring';

describe('invisible characters in names', () => {
  it('names each invisible character once, in order', () => {
    expect(invisibleProblem('Айгуль')).toBeNull();
    expect(invisibleProblem('Ай\u202Eгуль\u0000 \u202E')).toEqual({
      code: 'invisible',
      codePoints: ['U+202E', 'U+0000'],
    });
  });

  it('refuses a staff name with a direction override or a zero-width mark, and keeps other rules', () => {
    expect(accountNameProblem('Сейтказиева Айгуль')).toBeNull();
    expect(accountNameProblem('Сейтказиева \u202Eьлугйа')).toEqual({
      code: 'invisible',
      codePoints: ['U+202E'],
    });
    expect(accountNameProblem('A\u2066B\u2069')).toEqual({
      code: 'invisible',
      codePoints: ['U+2066', 'U+2069'],
    });
    expect(accountNameProblem('Айгуль\u200F')).toEqual({ code: 'invisible', codePoints: ['U+200F'] });
    // A tab is not invisible in the sense above, but it is no part of a name either.
    expect(accountNameProblem('Ай\tгуль')).toEqual({ code: 'invalid' });
    expect(accountNameProblem('   ')).toEqual({ code: 'required' });
  });

  it('refuses an agency name or district with invisible characters, in every form and in the host', () => {
    expect(agencyProblems({ name: 'ОП \u202EАлматы', kind: 'police', district: 'Алатау\u200E' })).toEqual({
      name: { code: 'invisible', codePoints: ['U+202E'] },
      district: { code: 'invisible', codePoints: ['U+200E'] },
    });
    expect(agencyDetailsOf({ name: 'ОП \u202EАлматы', kind: 'police', district: '' })).toBeNull();
    expect(agencyDetailsOf({ name: 'ОП Алатауского района', kind: 'police', district: '' })).toEqual({
      name: 'ОП Алатауского района',
      kind: 'police',
      district: '',
    });
  });
});
