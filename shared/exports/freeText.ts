/**
 * Typed text that redaction cannot reach. Redaction drops whole entries and the contact,
 * address and shelter fields (domain/audience.ts), but a narrative may quote them: "moved to her
 * sister's at 12 Abay St, phone 8 701…". Before a document leaves the agency, its preview lists
 * the entries it will print with typed text, and marks those that quote a phone number, an
 * address of someone on the case, or a shelter named on the case, so the person printing can
 * leave them out of this one document.
 *
 * The check finds what the case itself knows (the people's phones and addresses, the shelters
 * recorded on it, even in entries the audience may not read) and anything shaped like a phone
 * number. It cannot find everything a person might type, which is why every entry with typed
 * text is listed, marked or not.
 */
import { KIND_FIELDS } from '../domain/entryKinds';
import type { EffectiveEntry } from '../domain/timeline';
import type { Entry, Person } from '../domain/types';

export const FREE_TEXT_FLAGS = ['phone', 'address', 'shelter'] as const;
export type FreeTextFlag = (typeof FREE_TEXT_FLAGS)[number];

/** An entry that will print with typed text, and what in it looks like contact data. */
export type FreeTextEntry = { readonly originalId: string; readonly flags: readonly FreeTextFlag[] };

/** Lower case, letters and digits only, single spaces: "Ул. Абая, 12" and "ул абая 12" match. */
function normal(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const digits = (text: string) => text.replace(/\D+/g, '');

// A phone number as people write one: 10 or 11 digits, with spaces, dashes, dots or brackets
// between groups, optionally a leading +. Ten digits in a row is also a case number's shape, so
// only separated groups or a leading + or 8 count.
const PHONE_SHAPE = /(?:\+\s?\d|\b8)[\s().-]*\d{3}[\s().-]*\d{3}[\s.-]*\d{2}[\s.-]*\d{2}\b/;

/** Everything typed in an entry that prints as written: narrative, text fields, who reported it. */
export function typedText(entry: Entry): string {
  const parts = [entry.narrative];
  for (const spec of KIND_FIELDS[entry.kind]) {
    const v = entry.fields[spec.key];
    if (spec.type === 'text' && typeof v === 'string') parts.push(v);
  }
  if (entry.basis.kind === 'reported') parts.push(entry.basis.by);
  if (entry.correction) parts.push(entry.correction.reason);
  return parts.filter((p) => p.trim() !== '').join('\n');
}

/** What a case knows that must not leave in typed text: phones, addresses, shelter names. */
type Known = { phones: string[]; addresses: string[]; shelters: string[] };

function knownOf(all: readonly EffectiveEntry[], persons: readonly Person[]): Known {
  // The last ten digits: the number without the country or trunk prefix (+7, 8) people vary.
  const phones = persons.map((p) => digits(p.phone).slice(-10)).filter((d) => d.length >= 7);
  const addresses: string[] = [];
  for (const p of persons) {
    const full = normal(p.address);
    if (full.length >= 6) addresses.push(full);
    // The street and house without the flat: "ул. Абая, 12" of "ул. Абая, 12, кв. 5".
    const street = normal(p.address.split(',').slice(0, 2).join(' '));
    if (street.length >= 6 && street !== full) addresses.push(street);
  }
  const shelters: string[] = [];
  for (const { entry } of all) {
    const v = entry.fields.shelter;
    if (entry.kind !== 'shelter-admission' || typeof v !== 'string') continue;
    // A quoted name is the distinctive part ("Кризисный центр «Шаңырақ» (адрес не разглашается)").
    const quoted = /[«"“]([^»"”]{3,})[»"”]/.exec(v)?.[1];
    const name = normal(quoted ?? v.split('(')[0] ?? v);
    if (name.length >= 3) shelters.push(name);
  }
  return { phones, addresses, shelters };
}

function flagsOf(text: string, known: Known): FreeTextFlag[] {
  const flags: FreeTextFlag[] = [];
  const flat = normal(text);
  const textDigits = digits(text);
  if (PHONE_SHAPE.test(text) || known.phones.some((p) => textDigits.includes(p))) flags.push('phone');
  if (known.addresses.some((a) => ` ${flat} `.includes(` ${a} `))) flags.push('address');
  if (known.shelters.some((s) => ` ${flat} `.includes(` ${s} `))) flags.push('shelter');
  return flags;
}

/**
 * The entries of `printed` (what the document will show) that have typed text, marked ones
 * first, each in the order given. `all` is every entry of the case and `persons` its people as
 * stored, unredacted: what the check looks for.
 */
export function freeTextEntries(
  printed: readonly EffectiveEntry[],
  all: readonly EffectiveEntry[],
  persons: readonly Person[],
): FreeTextEntry[] {
  const known = knownOf(all, persons);
  const out: FreeTextEntry[] = [];
  for (const { originalId, entry } of printed) {
    const text = typedText(entry);
    if (text !== '') out.push({ originalId, flags: flagsOf(text, known) });
  }
  return [...out.filter((e) => e.flags.length > 0), ...out.filter((e) => e.flags.length === 0)];
}
