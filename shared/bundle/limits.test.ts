/**
 * Every limit on its boundary: the largest value allowed is written and read back, one more is
 * refused with the limit named. Built through buildBundle, which checks with the reader's schema.
 */
import { describe, expect, it } from 'vitest';
import type { AgencyId, PersonId } from '../ids';
import { CRISIS, makeEntry, NOW, parseDoc, sampleInput, testKey } from './bundle.testkit';
import { byteSize, parseFile } from './json';
import {
  buildBundle,
  MAX_CHOICES,
  MAX_ENTRIES,
  MAX_NAMED_AGENCIES,
  MAX_PERSONS,
  MAX_PREVIOUS,
  MAX_RECIPIENTS,
  readBundle,
  TEXT_LIMITS,
  type BundleInput,
  type FileError,
} from './index';

async function buildError(input: BundleInput): Promise<FileError | null> {
  const built = await buildBundle(input, (await testKey()).signer);
  if (!built.ok) return built.error as FileError;
  const read = await readBundle(built.text, { now: NOW });
  return read.ok ? null : read.error;
}

type TextCase = { name: string; max: number; path: string; input: (text: string) => Promise<BundleInput> };

const personWith = async (key: string, text: string): Promise<BundleInput> => {
  const input = await sampleInput();
  return { ...input, persons: [{ ...input.persons[0]!, [key]: text }] };
};

const TEXT_CASES: TextCase[] = [
  {
    name: 'sender agency name',
    max: TEXT_LIMITS.name,
    path: 'header.sender.agency.name',
    input: async (t) => {
      const i = await sampleInput();
      return { ...i, sender: { ...i.sender, agency: { ...i.sender.agency, name: t } } };
    },
  },
  {
    name: 'sender district',
    max: TEXT_LIMITS.district,
    path: 'header.sender.agency.district',
    input: async (t) => {
      const i = await sampleInput();
      return { ...i, sender: { ...i.sender, agency: { ...i.sender.agency, district: t } } };
    },
  },
  {
    name: 'recipient name',
    max: TEXT_LIMITS.name,
    path: 'header.recipients[0].name',
    input: async (t) => sampleInput({ recipients: [{ ...CRISIS, name: t }] }),
  },
  {
    name: 'case reference',
    max: TEXT_LIMITS.reference,
    path: 'body.case.reference',
    input: async (t) => {
      const i = await sampleInput();
      return { ...i, case: { ...i.case, reference: t } };
    },
  },
  {
    name: 'audience note',
    max: TEXT_LIMITS.audienceNote,
    path: 'body.audience.note',
    input: async (t) => {
      const i = await sampleInput();
      return { ...i, audience: { ...i.audience, note: t } };
    },
  },
  ...(
    [
      ['name', TEXT_LIMITS.name],
      ['phone', TEXT_LIMITS.phone],
      ['address', TEXT_LIMITS.address],
      ['notes', TEXT_LIMITS.personNotes],
      ['safeContactTimes', TEXT_LIMITS.safeContactTimes],
      ['safeChannel', TEXT_LIMITS.safeChannel],
      ['preferredLanguage', TEXT_LIMITS.preferredLanguage],
    ] as const
  ).map(([key, max]) => ({
    name: `person ${key}`,
    max,
    path: `body.persons[0].${key}`,
    input: (t: string) => personWith(key, t),
  })),
  {
    name: 'narrative',
    max: TEXT_LIMITS.narrative,
    path: 'body.entries[0].narrative',
    input: async (t) => sampleInput({ entries: [await makeEntry({ narrative: t })] }),
  },
  {
    name: 'author name',
    max: TEXT_LIMITS.name,
    path: 'body.entries[0].author.name',
    input: async (t) =>
      sampleInput({
        entries: [
          await makeEntry({ author: { name: t, agency: { id: CRISIS.id, name: 'x', kind: 'police' } } }),
        ],
      }),
  },
  {
    name: 'source agency',
    max: TEXT_LIMITS.short,
    path: 'body.entries[0].sourceAgency',
    input: async (t) => sampleInput({ entries: [await makeEntry({ sourceAgency: t })] }),
  },
  {
    name: 'reported by',
    max: TEXT_LIMITS.short,
    path: 'body.entries[0].basis.by',
    input: async (t) => sampleInput({ entries: [await makeEntry({ basis: { kind: 'reported', by: t } })] }),
  },
  {
    name: 'kind-specific text field',
    max: TEXT_LIMITS.fieldText,
    path: 'body.entries[0].fields.reason',
    input: async (t) =>
      sampleInput({
        entries: [await makeEntry({ kind: 'referral-sent', fields: { toAgency: 'health', reason: t } })],
      }),
  },
  {
    name: 'risk factor note',
    max: TEXT_LIMITS.fieldText,
    path: 'body.entries[0].fields["note.weapons"]',
    input: async (t) =>
      sampleInput({
        entries: [
          await makeEntry({
            kind: 'risk-assessment',
            fields: {
              'note.weapons': t,
              score: 0,
              maxScore: 24,
              computedLevel: 'standard',
              level: 'standard',
            },
          }),
        ],
      }),
  },
];

describe('text limits', () => {
  for (const c of TEXT_CASES) {
    it(`${c.name}: ${c.max}`, async () => {
      expect(await buildError(await c.input('ә'.repeat(c.max)))).toBeNull();
      expect(await buildError(await c.input('ә'.repeat(c.max + 1)))).toMatchObject({
        code: 'string-too-long',
        path: c.path,
        max: c.max,
        length: c.max + 1,
      });
    });
  }

  it(`correction reason: ${TEXT_LIMITS.reason}`, async () => {
    const target = await makeEntry();
    const correct = (reason: string) =>
      makeEntry({ correction: { supersedes: target.id, action: 'void', reason } });
    expect(
      await buildError(
        await sampleInput({ entries: [target, await correct('я'.repeat(TEXT_LIMITS.reason))] }),
      ),
    ).toBeNull();
    expect(
      await buildError(
        await sampleInput({ entries: [target, await correct('я'.repeat(TEXT_LIMITS.reason + 1))] }),
      ),
    ).toMatchObject({
      code: 'string-too-long',
      path: 'body.entries[1].correction.reason',
      max: TEXT_LIMITS.reason,
    });
  });
});

describe('count limits', () => {
  it(`persons: ${MAX_PERSONS}`, async () => {
    const input = await sampleInput();
    const persons = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...input.persons[1]!,
        id: `01900000-0000-7000-8000-${String(i).padStart(12, '0')}` as PersonId,
      }));
    expect(await buildError({ ...input, persons: persons(MAX_PERSONS) })).toBeNull();
    expect(await buildError({ ...input, persons: persons(MAX_PERSONS + 1) })).toEqual({
      code: 'too-many',
      path: 'body.persons',
      max: MAX_PERSONS,
      count: MAX_PERSONS + 1,
    });
  });

  const agencies = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...CRISIS,
      id: `01900000-0000-7000-8000-${String(i).padStart(12, '0')}` as AgencyId,
    }));

  it(`recipients: ${MAX_RECIPIENTS}`, async () => {
    expect(await buildError(await sampleInput({ recipients: agencies(MAX_RECIPIENTS) }))).toBeNull();
    expect(await buildError(await sampleInput({ recipients: agencies(MAX_RECIPIENTS + 1) }))).toMatchObject({
      code: 'too-many',
      path: 'header.recipients',
      max: MAX_RECIPIENTS,
    });
  });

  it(`agencies named by a restricted entry: ${MAX_NAMED_AGENCIES}`, async () => {
    const restricted = (n: number) =>
      makeEntry({ confidentiality: { level: 'restricted', agencies: [CRISIS, ...agencies(n - 1)] } });
    expect(
      await buildError(await sampleInput({ entries: [await restricted(MAX_NAMED_AGENCIES)] })),
    ).toBeNull();
    expect(
      await buildError(await sampleInput({ entries: [await restricted(MAX_NAMED_AGENCIES + 1)] })),
    ).toMatchObject({
      code: 'too-many',
      path: 'body.entries[0].confidentiality.agencies',
      max: MAX_NAMED_AGENCIES,
    });
  });

  it(`choices in a multiselect field: ${MAX_CHOICES}`, async () => {
    const incident = (n: number) =>
      makeEntry({ kind: 'incident', fields: { incidentTypes: Array.from({ length: n }, () => 'physical') } });
    expect(await buildError(await sampleInput({ entries: [await incident(MAX_CHOICES)] }))).toBeNull();
    expect(await buildError(await sampleInput({ entries: [await incident(MAX_CHOICES + 1)] }))).toMatchObject(
      {
        code: 'too-many',
        path: 'body.entries[0].fields.incidentTypes',
        max: MAX_CHOICES,
      },
    );
  });

  it(`entries (${MAX_ENTRIES}) and entries sent before (${MAX_PREVIOUS}) are counted before they are read`, async () => {
    const built = await buildBundle(await sampleInput(), (await testKey()).signer);
    if (!built.ok) throw new Error('build');
    const doc = parseDoc(built.text);
    doc.body.entries = Array.from({ length: MAX_ENTRIES }, () => ({}));
    // At the limit the count is fine, and the first entry is what is wrong.
    expect(await readBundle(JSON.stringify(doc), { now: NOW })).toMatchObject({
      error: { code: 'missing-field', path: 'body.entries[0]' },
    });
    doc.body.entries = [];
    doc.body.delta = {
      after: '01900000-0000-7000-8000-000000000001',
      since: NOW,
      previous: Array.from({ length: MAX_PREVIOUS + 1 }, () => ({})),
    };
    expect(await readBundle(JSON.stringify(doc), { now: NOW })).toEqual({
      ok: false,
      error: { code: 'too-many', path: 'body.delta.previous', max: MAX_PREVIOUS, count: MAX_PREVIOUS + 1 },
    });
  });

  it('withheld counts: 0 to 10,000,000', async () => {
    const input = await sampleInput();
    const withheld = (entries: number) => ({
      ...input,
      audience: { ...input.audience, withheld: { entries, persons: 0 } },
    });
    expect(await buildError(withheld(10_000_000))).toBeNull();
    expect(await buildError(withheld(10_000_001))).toMatchObject({
      code: 'out-of-range',
      min: 0,
      max: 10_000_000,
    });
    expect(await buildError(withheld(-1))).toMatchObject({
      code: 'out-of-range',
      path: 'body.audience.withheld.entries',
    });
    expect(await buildError(withheld(1.5))).toMatchObject({ code: 'out-of-range' });
  });
});

describe('dates', () => {
  it('calendar dates from 1900-01-01 to 2100-12-31', async () => {
    const input = await sampleInput();
    const born = (birthDate: string) => ({ ...input, persons: [{ ...input.persons[0]!, birthDate }] });
    expect(await buildError(born('1900-01-01'))).toBeNull();
    expect(await buildError(born('2100-12-31'))).toBeNull();
    expect(await buildError(born('1899-12-31'))).toMatchObject({
      code: 'date-out-of-range',
      path: 'body.persons[0].birthDate',
    });
    expect(await buildError(born('2101-01-01'))).toMatchObject({ code: 'date-out-of-range' });
    expect(await buildError(born('2024-2-1'))).toMatchObject({ code: 'bad-date' });
    expect(await buildError(born('2024-02-29'))).toBeNull();
    expect(await buildError(born('2100-02-29'))).toMatchObject({ code: 'bad-date' });
  });

  it('instants in the same years, with an offset, existing', async () => {
    const at = async (occurredAt: string) =>
      buildError(await sampleInput({ entries: [await makeEntry({ occurredAt })] }));
    expect(await at('1900-01-01T00:00:00+06:00')).toBeNull();
    expect(await at('2100-12-31T23:59:59.999+05:00')).toBeNull();
    expect(await at('1899-12-31T23:59:59Z')).toMatchObject({
      code: 'date-out-of-range',
      path: 'body.entries[0].occurredAt',
    });
    expect(await at('2101-01-01T00:00:00+05:00')).toMatchObject({ code: 'date-out-of-range' });
    expect(await at('2024-03-01T10:00:00')).toMatchObject({ code: 'bad-date' });
    expect(await at('2024-03-01T24:00:00+05:00')).toMatchObject({ code: 'bad-date' });
    expect(await at('2024-03-01T10:00:00+15:00')).toMatchObject({ code: 'bad-date' });
  });
});

describe('IIN', () => {
  it('is exactly 12 digits', async () => {
    const input = await sampleInput();
    const iin = (value: string) => ({ ...input, persons: [{ ...input.persons[0]!, iin: value }] });
    expect(await buildError(iin('900401400000'))).toBeNull();
    for (const bad of ['90040140000', '9004014000001', '90040140000O', '９００４０１４００００']) {
      expect(await buildError(iin(bad))).toEqual({
        code: 'invalid-value',
        path: 'body.persons[0].iin',
        expected: 'iin-12-digits',
      });
    }
  });
});

describe('file size', () => {
  it('counts UTF-8 bytes, not characters, and refuses one byte over', () => {
    expect(byteSize('әә', 10)).toBe(4);
    expect(byteSize('a😀', 10)).toBe(5);
    expect(parseFile('"әә"', 6)).toEqual({ ok: true, value: 'әә' });
    expect(parseFile('"әә"', 5)).toEqual({ ok: false, error: { code: 'too-large', size: 6, max: 5 } });
    expect(parseFile(new Uint8Array(6), 5)).toEqual({
      ok: false,
      error: { code: 'too-large', size: 6, max: 5 },
    });
  });
});
