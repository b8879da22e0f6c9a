import { describe, expect, it } from 'vitest';
import type { Person } from '../domain/types';
import type { PersonId } from '../ids';
import { EMPTY_PERSON_DETAILS } from '../domain/person';
import { CASE_ID, CRISIS, HEALTH, makeEntry, NOW, sampleInput, testKey } from './bundle.testkit';
import { buildBundle } from './build';
import { outgoing } from './outgoing';
import { readBundle } from './read';

const VICTIM: Person = {
  ...EMPTY_PERSON_DETAILS,
  id: '01900000-0000-7000-8000-0000000b0001' as PersonId,
  caseId: CASE_ID,
  role: 'victim',
  name: 'Примерова Анна',
  birthDate: '1990-04-01',
  phone: '+7 701 000 00 00',
  address: 'ул. Примерная, 1',
  notes: 'Звонить только днём',
};

async function timeline() {
  const shared = await makeEntry({ narrative: 'Вызов' });
  const internal = await makeEntry({ confidentiality: { level: 'internal' } });
  const toCrisis = await makeEntry({ confidentiality: { level: 'restricted', agencies: [CRISIS] } });
  const toHealth = await makeEntry({ confidentiality: { level: 'restricted', agencies: [HEALTH] } });
  const shelter = await makeEntry({ kind: 'shelter-admission', fields: { shelter: 'Приют «Пример»' } });
  const served = await makeEntry({ kind: 'order-served', fields: { orderEntryId: internal.id } });
  return { shared, internal, toCrisis, toHealth, shelter, served };
}

describe('what a bundle to a partner carries', () => {
  it('never an internal entry, a restricted one only for agencies it names, a sensitive one only with consent to contacts', async () => {
    const t = await timeline();
    const all = Object.values(t);
    const out = outgoing({
      entries: all,
      persons: [VICTIM],
      recipients: [CRISIS],
      contacts: false,
      held: null,
    });
    expect(out.entries.map((e) => e.id)).toEqual([t.shared.id, t.toCrisis.id, t.served.id]);
    expect(out.withheld).toEqual({ internal: 1, restricted: 1, sensitive: 1 });
    expect(out.withheldIds).toEqual([t.internal.id, t.toHealth.id, t.shelter.id]);
    expect(out.persons).toEqual([
      { id: VICTIM.id, role: 'victim', name: VICTIM.name, birthDate: VICTIM.birthDate },
    ]);
    expect(out.contactsRemoved).toBe(true);

    const both = outgoing({
      entries: all,
      persons: [VICTIM],
      recipients: [CRISIS, HEALTH],
      contacts: true,
      held: null,
    });
    expect(both.entries.map((e) => e.id)).toEqual([t.shared.id, t.shelter.id, t.served.id]);
    expect(both.persons[0]).toMatchObject({
      phone: VICTIM.phone,
      address: VICTIM.address,
      notes: VICTIM.notes,
    });
  });

  it('is a file the reader accepts: a reference to a withheld entry is declared, not dangling', async () => {
    const t = await timeline();
    const out = outgoing({
      entries: Object.values(t),
      persons: [VICTIM],
      recipients: [CRISIS],
      contacts: false,
      held: null,
    });
    const input = await sampleInput({
      persons: out.persons,
      entries: out.entries,
      withheldIds: out.withheldIds,
    });
    const built = await buildBundle(input, (await testKey()).signer);
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    const read = await readBundle(built.text, { now: NOW });
    expect(read.ok && read.bundle.audience.withheld.referenced).toEqual([t.internal.id]);
  });

  it('for a delta, only what the partner does not hold as it is here; the rest listed as sent before', async () => {
    const t = await timeline();
    const later = await makeEntry({ narrative: 'Позже' });
    const held = new Map([
      [t.shared.id, t.shared.hash],
      [t.toCrisis.id, 'f'.repeat(64)],
    ]);
    const out = outgoing({
      entries: [t.shared, t.toCrisis, later],
      persons: [],
      recipients: [CRISIS],
      contacts: false,
      held,
    });
    expect(out.entries.map((e) => e.id)).toEqual([t.toCrisis.id, later.id]);
    expect(out.alreadyHeld).toBe(1);
    expect(out.previous).toEqual([{ id: t.shared.id, hash: t.shared.hash }]);
  });
});
