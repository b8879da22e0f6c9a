import { describe, expect, it } from 'vitest';
import type { AgencyId, CaseId, EntryId } from '../ids';
import { instantMs } from '../dates';
import { ENTRY_KINDS } from '../domain/entryKinds';
import { measureStates } from '../domain/measures';
import { effectiveEntries } from '../domain/timeline';
import type { Entry } from '../domain/types';
import { demoDraft, generateDemo, type DemoOptions } from './generator';
import { WOMEN } from './names';

const OPTIONS: DemoOptions = {
  seed: 7,
  cases: 24,
  entriesPerCase: 30,
  today: '2026-11-29',
  now: '2026-11-29T10:15:00+05:00',
  home: { id: 'home' as AgencyId, name: 'УП Алмалинского района', kind: 'police' },
};

/** The generated entries as the domain sees them, one case at a time. */
function asEntries(c: ReturnType<typeof generateDemo>[number], caseNo: number): Entry[] {
  const ids = c.entries.map((_, i) => `c${caseNo}-e${i}`);
  return c.entries.map((d, i) => ({
    ...demoDraft(d, `c${caseNo}` as CaseId, ids),
    id: ids[i] as EntryId,
    recordedAt: d.occurredAt,
    hash: '',
  }));
}

describe('generateDemo', () => {
  const cases = generateDemo(OPTIONS);

  it('is the same workspace for the same seed, and another for another seed', () => {
    expect(generateDemo(OPTIONS)).toEqual(cases);
    expect(generateDemo({ ...OPTIONS, seed: 8 })).not.toEqual(cases);
  });

  it('dates nothing after now, so no case shows activity in the future', () => {
    const latest = Math.max(...cases.flatMap((c) => c.entries.map((e) => instantMs(e.occurredAt))));
    expect(latest).toBeLessThanOrEqual(instantMs(OPTIONS.now));
  });

  it('gives the first cases distinct victims, in Kazakh and Russian names', () => {
    const victims = cases.map((c) => c.persons.find((p) => p.role === 'victim')!.name);
    expect(new Set(victims).size).toBe(Math.min(OPTIONS.cases, WOMEN.length));
    expect(victims.some((n) => /[әғқңөұүһі]/i.test(n))).toBe(true);
    expect(victims.some((n) => /Ковалёва|Смирнова|Петренко|Волкова/.test(n))).toBe(true);
  });

  it('holds open, monitored and closed cases, each closed one with its reason', () => {
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(['open', 'monitoring', 'closed']));
    for (const c of cases) expect(c.closedReason === '').toBe(c.status !== 'closed');
  });

  it('uses every entry kind and leaves measures in every state', () => {
    const kinds = new Set(cases.flatMap((c) => c.entries.map((e) => e.kind)));
    expect([...ENTRY_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
    const states = new Set(
      cases.flatMap((c, i) =>
        measureStates(effectiveEntries(asEntries(c, i)), OPTIONS.today, 7).map((m) => m.state),
      ),
    );
    for (const s of ['active', 'expiring-soon', 'expired', 'breached', 'ended-early'])
      expect({ state: s, present: states.has(s as never) }).toEqual({ state: s, present: true });
  });
});

describe('the demo workspace of one office', () => {
  const crisis = {
    id: '01900000-0000-7000-8000-00000000cc01' as AgencyId,
    name: 'Кризисный центр «Шаңырақ»',
    kind: 'crisis-centre' as const,
  };

  it('holds nothing its agency could not hold: no other agency’s internal or restricted entries, no shelter name but at the crisis centre', () => {
    for (const home of [OPTIONS.home, crisis]) {
      const entries = generateDemo({ ...OPTIONS, home }).flatMap((c) => c.entries);
      for (const e of entries) {
        if (e.author.agency.id === home.id) continue;
        expect(e.confidentiality.level).not.toBe('internal');
        if (e.confidentiality.level === 'restricted')
          expect(e.confidentiality.agencies.map((a) => a.id)).toContain(home.id);
      }
      const shelterNames = entries.filter((e) => e.kind === 'shelter-admission' && 'shelter' in e.fields);
      if (home.kind === 'crisis-centre') expect(shelterNames.length).toBeGreaterThan(0);
      else expect(shelterNames).toEqual([]);
    }
  });

  it('keeps every reference pointing at an entry that is there, of the kind it names', () => {
    for (const home of [OPTIONS.home, crisis]) {
      for (const [i, c] of generateDemo({ ...OPTIONS, home }).entries()) {
        const entries = asEntries(c, i);
        const ids = new Set(entries.map((e) => e.id));
        for (const e of entries) {
          if (e.correction) expect(ids).toContain(e.correction.supersedes);
          for (const key of [
            'orderEntryId',
            'referralEntryId',
            'actionEntryId',
            'consentEntryId',
            'respondsTo',
          ])
            if (typeof e.fields[key] === 'string') expect(ids).toContain(e.fields[key]);
        }
      }
    }
  });
});
