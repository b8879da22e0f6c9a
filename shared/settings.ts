/**
 * Settings kept by the host (electron-store in the app). Stored settings are migrated and
 * validated by `restoreSettings` before the window opens; anything unreadable falls back to
 * defaults field by field, so one bad value never loses the rest.
 */
import type { AgencyId } from './ids';
import { isUuid } from './ids';
import { isAgencyKind, type AgencyKind } from './domain/agencies';
import type { Language } from './dates';

export const LANGUAGES = ['en', 'ru', 'kk'] as const satisfies readonly Language[];
export const SETTINGS_VERSION = 1;
export const MAX_TEXT = 200;

export type AgencySettings = {
  readonly id: AgencyId;
  readonly name: string;
  readonly kind: AgencyKind;
  readonly region: string;
};

export type Settings = {
  readonly version: number;
  readonly language: Language;
  /** This office's agency; null until first-run setup is done. */
  readonly agency: AgencySettings | null;
  readonly staffName: string;
  /** How many days ahead the deadlines page and the "expiring soon" state look. */
  readonly deadlineWindowDays: number;
};

/** A change the renderer may ask for; the version is the host's business. */
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  language: 'ru',
  agency: null,
  staffName: '',
  deadlineWindowDays: 7,
};

export function isSetupComplete(s: Settings): boolean {
  return s.agency !== null && s.staffName.trim() !== '';
}

function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

function cleanText(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t.length > 0 && t.length <= MAX_TEXT ? t : null;
}

function readAgency(v: unknown): AgencySettings | null {
  if (typeof v !== 'object' || v === null) return null;
  const a = v as Record<string, unknown>;
  const name = cleanText(a.name);
  const region = typeof a.region === 'string' ? a.region.trim().slice(0, MAX_TEXT) : '';
  if (!isUuid(a.id) || !name || !isAgencyKind(a.kind)) return null;
  return { id: a.id as AgencyId, name, kind: a.kind, region };
}

function readWindowDays(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= WINDOW_DAYS.min && v <= WINDOW_DAYS.max
    ? v
    : null;
}

/**
 * Frozen migrations: index i turns a version-i object into version i+1. Only appended to.
 * Version 0 is the unversioned shape of early development builds, which called language
 * `locale`.
 */
const MIGRATIONS: readonly ((raw: Record<string, unknown>) => Record<string, unknown>)[] = [
  (raw) => {
    const { locale, ...rest } = raw;
    return { ...rest, language: rest.language ?? locale, version: 1 };
  },
];

/** Brings any stored value up to the current version and validates every field. */
export function restoreSettings(stored: unknown): Settings {
  let raw: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? { ...(stored as Record<string, unknown>) }
      : {};
  const from = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  for (let v = Math.max(0, from); v < MIGRATIONS.length; v++) raw = MIGRATIONS[v]!(raw);
  return {
    version: SETTINGS_VERSION,
    language: isLanguage(raw.language) ? raw.language : DEFAULT_SETTINGS.language,
    agency: readAgency(raw.agency),
    staffName: cleanText(raw.staffName) ?? '',
    deadlineWindowDays: readWindowDays(raw.deadlineWindowDays) ?? DEFAULT_SETTINGS.deadlineWindowDays,
  };
}

/** What is wrong with one field, with the limits a message needs to say so. */
export type FieldProblem =
  | { readonly code: 'required' }
  | { readonly code: 'too-long'; readonly max: number }
  | { readonly code: 'out-of-range'; readonly min: number; readonly max: number }
  | { readonly code: 'invalid' };

export const WINDOW_DAYS = { min: 1, max: 90 } as const;

function textProblem(v: unknown, required: boolean): FieldProblem | null {
  if (typeof v !== 'string') return { code: 'invalid' };
  if (required && v.trim() === '') return { code: 'required' };
  return v.trim().length > MAX_TEXT ? { code: 'too-long', max: MAX_TEXT } : null;
}

/** The agency as a form holds it: the same rules for first-run setup, Settings and the host. */
export type AgencyInput = { readonly name: string; readonly kind: string; readonly region: string };

export function agencyProblems(a: AgencyInput): Partial<Record<keyof AgencyInput, FieldProblem>> {
  const problems: Partial<Record<keyof AgencyInput, FieldProblem>> = {};
  const name = textProblem(a.name, true);
  const region = textProblem(a.region, false);
  if (name) problems.name = name;
  if (!isAgencyKind(a.kind)) problems.kind = { code: 'invalid' };
  if (region) problems.region = region;
  return problems;
}

export function staffNameProblem(v: unknown): FieldProblem | null {
  return textProblem(v, true);
}

export function windowDaysProblem(v: unknown): FieldProblem | null {
  return readWindowDays(v) === null ? { code: 'out-of-range', ...WINDOW_DAYS } : null;
}

/** Field-level problems in a patch, by field name; an empty object means the patch is valid. */
export function validatePatch(patch: unknown): Record<string, string> {
  const problems: Record<string, string> = {};
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return { patch: 'not-an-object' };
  const p = patch as Record<string, unknown>;
  for (const key of Object.keys(p)) {
    if (!['language', 'agency', 'staffName', 'deadlineWindowDays'].includes(key))
      problems[key] = 'unknown-field';
  }
  const note = (key: string, problem: FieldProblem | null) => {
    if (problem) problems[key] = problem.code;
  };
  if ('language' in p && !isLanguage(p.language)) problems.language = 'invalid';
  if ('agency' in p && p.agency !== null && !readAgency(p.agency)) problems.agency = 'invalid';
  if ('staffName' in p) note('staffName', staffNameProblem(p.staffName));
  if ('deadlineWindowDays' in p) note('deadlineWindowDays', windowDaysProblem(p.deadlineWindowDays));
  return problems;
}
