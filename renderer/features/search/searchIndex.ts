/**
 * Finding a case by what a user remembers of it: its reference, the name of anyone on it, or
 * another name they are known by. Runs over the case index's headers in memory (caseIndex.ts),
 * which already carry everyone's names and aliases decoded once; each header is prepared for
 * matching once and kept while the header object lives, so a keystroke only compares strings.
 * IINs are found exactly, through the token index, in SearchPalette (never held here).
 *
 * Matching forgives what people type: case, ё for е, and the Kazakh letters typed on a Russian
 * layout (ұ as у, қ as к, і as и …), so «Жумабаева» finds «Жұмабаева». Every word typed must be
 * found; a word matches the start of a word, or anywhere for three letters or more.
 */
import type { CaseStatus, PersonRole } from '../../../shared/domain/types';
import type { CaseView } from '../../db/caseRows';

const FOLD: Readonly<Record<string, string>> = {
  ё: 'е',
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};
const FOLDED = /[ёәғқңөұүһі]/g;

/** Text as search compares it: lower case, Kazakh letters and ё folded, spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLDED, (c) => FOLD[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** What matched: the reference, a person's name or one of their other names. */
export type MatchKind = 'reference' | 'name' | 'alias' | 'iin';

export type SearchHit = {
  readonly caseId: string;
  readonly reference: string;
  readonly victimName: string;
  readonly status: CaseStatus;
  readonly matched: MatchKind;
  /** The text that matched, as stored (a name, an alias, the reference). */
  readonly text: string;
  /** The role of the person matched; null for the reference. */
  readonly role: PersonRole | null;
};

type Field = {
  readonly kind: 'reference' | 'name' | 'alias';
  readonly text: string;
  readonly folded: string;
  readonly role: PersonRole | null;
};
type Prepared = { readonly view: CaseView; readonly fields: readonly Field[]; readonly all: string };

const prepared = new WeakMap<CaseView, Prepared>();

function prepare(view: CaseView): Prepared {
  const cached = prepared.get(view);
  if (cached) return cached;
  const people = view.people ?? [{ role: 'victim' as const, name: view.victimName, aliases: [] }];
  const fields: Field[] = [
    { kind: 'reference', text: view.reference, folded: foldForSearch(view.reference), role: null },
  ];
  for (const p of people) {
    fields.push({ kind: 'name', text: p.name, folded: foldForSearch(p.name), role: p.role });
    for (const a of p.aliases)
      fields.push({ kind: 'alias', text: a, folded: foldForSearch(a), role: p.role });
  }
  const made = { view, fields, all: fields.map((f) => f.folded).join('\u0001') };
  prepared.set(view, made);
  return made;
}

/**
 * Prepares every header for matching ahead of the first keystroke (the palette calls it when it
 * opens); headers already prepared cost a lookup.
 */
export function prepareForSearch(views: readonly CaseView[]): void {
  for (const v of views) prepare(v);
}

/** Whether `term` starts a word of `text` (words split at spaces, hyphens, dots and slashes). */
function startsWord(text: string, term: string): boolean {
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1))
    if (i === 0 || /[\s\-./(«"']/.test(text.charAt(i - 1))) return true;
  return false;
}

function termMatches(text: string, term: string): boolean {
  return term.length >= 3 ? text.includes(term) : startsWord(text, term);
}

/** Lower is better: how well one field matches all the terms. */
function fieldRank(f: Field, query: string, terms: readonly string[]): number | null {
  if (!terms.every((t) => termMatches(f.folded, t))) return null;
  const base = f.kind === 'reference' ? 0 : f.kind === 'name' ? 10 : 20;
  if (f.folded === query) return base;
  if (f.folded.startsWith(query)) return base + 1;
  return terms.every((t) => startsWord(f.folded, t)) ? base + 2 : base + 3;
}

const STATUS_ORDER: Record<CaseStatus, number> = { open: 0, monitoring: 1, closed: 2 };

/**
 * The cases matching `query`, best first, at most `limit`: a match of the reference before a
 * name before an alias; exact before the start before inside a word; open cases before closed.
 * A case matches when one of its fields holds every word typed (so «Ерлан Сейткали» finds that
 * person, not a case where one Ерлан and another Сейткали appear).
 */
export function searchCases(views: readonly CaseView[], query: string, limit = 50): SearchHit[] {
  const q = foldForSearch(query);
  if (q === '') return [];
  const terms = q.split(' ');
  const found: { hit: SearchHit; rank: number }[] = [];
  for (const view of views) {
    const p = prepare(view);
    // Quick reject: every term must appear somewhere in the case before fields are ranked.
    if (!terms.every((t) => p.all.includes(t))) continue;
    let best: { f: Field; rank: number } | null = null;
    for (const f of p.fields) {
      const rank = fieldRank(f, q, terms);
      if (rank !== null && (best === null || rank < best.rank)) best = { f, rank };
    }
    if (!best) continue;
    found.push({
      rank: best.rank,
      hit: {
        caseId: view.id,
        reference: view.reference,
        victimName: view.victimName,
        status: view.status,
        matched: best.f.kind,
        text: best.f.text,
        role: best.f.role,
      },
    });
  }
  found.sort(
    (a, b) =>
      a.rank - b.rank ||
      STATUS_ORDER[a.hit.status] - STATUS_ORDER[b.hit.status] ||
      (a.hit.reference < b.hit.reference ? -1 : a.hit.reference > b.hit.reference ? 1 : 0),
  );
  return found.slice(0, limit).map((f) => f.hit);
}
