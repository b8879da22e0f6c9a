import { describe, expect, it } from 'vitest';
import { agencyFieldValue } from '../domain/agencyField';
import type { Entry, Person } from '../domain/types';
import type { PersonId } from '../ids';
import { EMPTY_PERSON_DETAILS } from '../domain/person';
import {
  CASE_ID,
  CRISIS,
  HEALTH,
  makeEntry,
  NOW,
  POLICE,
  rehash,
  sampleInput,
  testKey,
} from './bundle.testkit';
import { buildBundle } from './build';
import { personChanges, planIncoming, type Held } from './incoming';
import { readBundle } from './read';
import type { Bundle, BundlePerson } from './types';

async function bundleOf(entries: Entry[], over: Parameters<typeof sampleInput>[0] = {}): Promise<Bundle> {
  const built = await buildBundle(await sampleInput({ entries, ...over }), (await testKey()).signer);
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  const read = await readBundle(built.text, { now: NOW });
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.bundle;
}

const atCrisis = (over: Partial<Held> = {}): Held => ({
  agencyId: CRISIS.id,
  entries: new Map(),
  caseEntries: [],
  persons: [],
  caseOwnerId: POLICE.id,
  ...over,
});

describe('the plan for a received bundle', () => {
  it('tells new, already here and conflicting entries apart; a conflict is listed, never stored', async () => {
    const [a, b, c] = [await makeEntry(), await makeEntry(), await makeEntry()];
    const bundle = await bundleOf([a, b, c]);
    const plan = planIncoming(
      bundle,
      atCrisis({
        entries: new Map([
          [b.id, b],
          [c.id, { ...c, hash: '0'.repeat(64) }],
        ]),
      }),
    );
    expect(plan.problem).toBeNull();
    expect(plan.fresh.map((e) => e.id)).toEqual([a.id]);
    expect(plan.known).toBe(1);
    expect(plan.conflicts).toEqual([{ entry: c, heldHash: '0'.repeat(64) }]);
  });

  it('refuses a bundle made for other agencies', async () => {
    const bundle = await bundleOf([await makeEntry()], { recipients: [HEALTH] });
    expect(planIncoming(bundle, atCrisis()).problem).toEqual({ code: 'not-addressed', recipients: [HEALTH] });
  });

  it('refuses a correction of an entry made in the name of an agency that did not write it', async () => {
    const police = await makeEntry({ narrative: 'Протокол' });
    const forged = await makeEntry({
      author: { name: 'Кто-то', agency: HEALTH },
      correction: { supersedes: police.id, action: 'void', reason: 'Не было' },
    });
    const plan = planIncoming(await bundleOf([police, forged], { recipients: [CRISIS] }), atCrisis());
    expect(plan.problem).toEqual({
      code: 'foreign-correction',
      entryId: forged.id,
      by: HEALTH,
      owner: police.author.agency,
    });
    // The same, when the entry it corrects is held here rather than in the bundle.
    const alone = await bundleOf([forged], { withheldIds: [police.id] });
    expect(planIncoming(alone, atCrisis({ entries: new Map([[police.id, police]]) })).problem).toMatchObject({
      code: 'foreign-correction',
    });
  });

  it('refuses a case that lists this agency as never to receive it, from the bundle or from what is held', async () => {
    const never = await makeEntry({
      kind: 'never-share',
      fields: { excludedAgency: agencyFieldValue(CRISIS), reason: 'Работает отец' },
    });
    expect(planIncoming(await bundleOf([never]), atCrisis()).problem).toEqual({ code: 'must-not-receive' });
    const plain = await bundleOf([await makeEntry()]);
    expect(planIncoming(plain, atCrisis({ caseEntries: [never] })).problem).toEqual({
      code: 'must-not-receive',
    });
  });

  it('takes a case whose must-never entry for this agency was voided, among many other entries', async () => {
    const never = await makeEntry({
      kind: 'never-share',
      fields: { excludedAgency: agencyFieldValue(CRISIS), reason: 'Работает отец' },
    });
    const voided = await makeEntry({
      kind: 'never-share',
      fields: never.fields,
      correction: { supersedes: never.id, action: 'void', reason: 'Отец уволился' },
    });
    const others = await Promise.all(Array.from({ length: 50 }, () => makeEntry()));
    expect(planIncoming(await bundleOf([never, ...others, voided]), atCrisis()).problem).toBeNull();
    // Voided in the bundle, listed in what is held: the void still decides.
    expect(
      planIncoming(
        await bundleOf([...others, voided], { withheldIds: [never.id] }),
        atCrisis({ caseEntries: [never] }),
      ).problem,
    ).toBeNull();
  });

  it('reports what a delta lists as sent before that is not here, or is here otherwise', async () => {
    const [a, b] = [await makeEntry(), await makeEntry()];
    const c = await makeEntry();
    const bundle = await bundleOf([c], {
      delta: {
        after: '01900000-0000-7000-8000-0000000bb001',
        since: '2026-03-01T10:00:00+05:00',
        previous: [
          { id: a.id, hash: a.hash },
          { id: b.id, hash: b.hash },
        ],
      },
    });
    const changed = await rehash(b, { narrative: 'иначе' });
    const plan = planIncoming(bundle, atCrisis({ entries: new Map([[b.id, changed]]) }));
    expect(plan.missing).toEqual([{ id: a.id, hash: a.hash }]);
    expect(plan.differing).toEqual([{ id: b.id, hash: b.hash }]);
  });
});

describe('persons from another agency', () => {
  const held: Person = {
    ...EMPTY_PERSON_DETAILS,
    id: '01900000-0000-7000-8000-0000000b0001' as PersonId,
    caseId: CASE_ID,
    role: 'victim',
    name: 'Анна Примерова',
    birthDate: null,
    phone: '',
    address: 'ул. Наша, 5',
    notes: '',
  };
  const sent: BundlePerson = {
    id: held.id,
    role: 'victim',
    name: 'Примерова Анна Сергеевна',
    birthDate: '1990-04-01',
    phone: '+7 701 000 00 00',
    address: '',
  };

  it('from the agency that owns the case: its values win, empty ones empty nothing', () => {
    expect(personChanges([sent], [held], true)).toEqual({
      add: [],
      update: [
        { id: held.id, values: { name: sent.name, birthDate: '1990-04-01', phone: '+7 701 000 00 00' } },
      ],
      unchanged: 0,
    });
  });

  it('from anyone else: only what is empty here is filled; a person not held is added', () => {
    const other = { ...sent, id: '01900000-0000-7000-8000-0000000b0009' as PersonId, notes: undefined };
    expect(personChanges([sent, other], [held], false)).toEqual({
      add: [
        {
          id: other.id,
          role: 'victim',
          name: sent.name,
          birthDate: '1990-04-01',
          phone: '+7 701 000 00 00',
          address: '',
          notes: '',
        },
      ],
      update: [{ id: held.id, values: { birthDate: '1990-04-01', phone: '+7 701 000 00 00' } }],
      unchanged: 0,
    });
  });
});
