import { describe, expect, it } from 'vitest';
import type { AgencyId } from '../ids';
import type { AgencyRef } from './agencies';
import { isForeignCorrection, mayCorrect, mayHold, mayHoldAll } from './ownership';
import { testEntry } from './testEntries.testkit';
import type { Confidentiality } from './types';

const police = { id: 'police' as AgencyId, name: 'police', kind: 'police' } satisfies AgencyRef;
const crisis = { id: 'crisis-centre' as AgencyId, name: 'crisis', kind: 'crisis-centre' } satisfies AgencyRef;
const health = { id: 'health' as AgencyId, name: 'health', kind: 'health' } satisfies AgencyRef;

const written = (confidentiality: Confidentiality) => ({ ...testEntry('note'), confidentiality });

describe('whose entry is whose', () => {
  it('only the agency that wrote an entry corrects or voids it', () => {
    const e = testEntry('note', {}, { agencyKind: 'police' });
    expect(mayCorrect(e, 'police')).toBe(true);
    expect(mayCorrect(e, 'crisis-centre')).toBe(false);
    const correction = testEntry('note', {}, { agencyKind: 'crisis-centre' });
    expect(isForeignCorrection(correction, e)).toBe(true);
    expect(isForeignCorrection(testEntry('note'), e)).toBe(false);
  });

  it('a shared entry may be on every desktop, a restricted one at its author and those it names, an internal one at its author only', () => {
    expect(mayHold(written({ level: 'shared' }), 'health')).toBe(true);
    const restricted = written({ level: 'restricted', agencies: [crisis] });
    expect(mayHold(restricted, 'police')).toBe(true);
    expect(mayHold(restricted, 'crisis-centre')).toBe(true);
    expect(mayHold(restricted, 'health')).toBe(false);
    expect(mayHoldAll(restricted, [crisis, health])).toBe(false);
    expect(mayHoldAll(restricted, [crisis, police])).toBe(true);
    const internal = written({ level: 'internal' });
    expect(mayHold(internal, 'police')).toBe(true);
    expect(mayHold(internal, 'crisis-centre')).toBe(false);
  });
});
