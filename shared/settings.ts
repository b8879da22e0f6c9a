/**
 * Settings kept by the host (electron-store in the app). Stored settings are migrated and
 * validated by `restoreSettings` before the window opens; anything unreadable falls back to
 * defaults field by field, so one bad value never loses the rest. This office's agency is not a
 * setting: it is the office's identity (identity.ts), kept by the host in its own file.
 */
import type { Language } from './dates';
import { isAgencyKind } from './domain/agencies';
import { isEntryKind, type EntryKind } from './domain/entryKinds';
import type { FieldProblem } from './identity';
import { isUuid, type AgencyId } from './ids';

export type { FieldProblem } from './identity';

export const LANGUAGES = ['en', 'ru', 'kk'] as const satisfies readonly Language[];
export const SETTINGS_VERSION = 2;
export const MAX_TEXT = 200;
export const WINDOW_DAYS = { min: 1, max: 90 } as const;
/**
 * Seconds without activity before the app locks. Settings offers whole minutes; a few seconds
 * are accepted too, which the end-to-end tests use to see the lock without waiting minutes.
 */
export const LOCK_SECONDS = { min: 5, max: 3600 } as const;
export const BACKUP_REMINDER_DAYS = { min: 1, max: 365 } as const;

export type Settings = {
  readonly version: number;
  readonly language: Language;
  /**
   * The staff member's name from before staff accounts existed: an upgrade offers it as the
   * first administrator's name. Accounts carry names now (shared/keyring.ts).
   */
  readonly staffName: string;
  /** How many days ahead the deadlines page and the "expiring soon" state look. */
  readonly deadlineWindowDays: number;
  /** Entry kinds recorded on this desktop lately, newest first: the kind picker offers them first. */
  readonly recentKinds: readonly EntryKind[];
  /** Seconds without activity before the app locks itself (default five minutes). */
  readonly lockAfterSeconds: number;
  /** A reminder shows when the last backup is older than this many days. */
  readonly backupReminderDays: number;
};

/** How many recent entry kinds are kept. */
export const MAX_RECENT_KINDS = 5;

/** A change the renderer may ask for; the version is the host's business. */
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  language: 'ru',
  staffName: '',
  deadlineWindowDays: 7,
  recentKinds: [],
  lockAfterSeconds: 300,
  backupReminderDays: 7,
};

function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

function cleanText(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t.length > 0 && t.length <= MAX_TEXT ? t : null;
}

function readWholeIn(v: unknown, range: { readonly min: number; readonly max: number }): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= range.min && v <= range.max ? v : null;
}

function readWindowDays(v: unknown): number | null {
  return readWholeIn(v, WINDOW_DAYS);
}

/** The agency that settings of version 1 held, before it became the office's identity. */
export type LegacyAgency = {
  readonly id: AgencyId;
  readonly name: string;
  readonly kind: string;
  readonly district: string;
};

/** The agency a version-1 settings object holds, if any: the host moves it to the identity file. */
export function legacyAgencyOf(stored: unknown): LegacyAgency | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const a = (stored as Record<string, unknown>).agency;
  if (typeof a !== 'object' || a === null) return null;
  const r = a as Record<string, unknown>;
  const name = cleanText(r.name);
  if (!isUuid(r.id) || !name || !isAgencyKind(r.kind)) return null;
  const district = typeof r.region === 'string' ? r.region.trim().slice(0, MAX_TEXT) : '';
  return { id: r.id as AgencyId, name, kind: r.kind, district };
}

/** Entry kinds, each once, at most MAX_RECENT_KINDS; null when `v` is not a list of entry kinds. */
function readRecentKinds(v: unknown): EntryKind[] | null {
  if (!Array.isArray(v) || v.length > MAX_RECENT_KINDS || !v.every(isEntryKind)) return null;
  return new Set(v).size === v.length ? v : null;
}

/**
 * Frozen migrations: index i turns a version-i object into version i+1. Only appended to.
 * Version 0 is the unversioned shape of early development builds, which called language
 * `locale`; version 1 held the agency, which moved to the identity file (the host moves it
 * there before restoring settings).
 */
const MIGRATIONS: readonly ((raw: Record<string, unknown>) => Record<string, unknown>)[] = [
  (raw) => {
    const { locale, ...rest } = raw;
    return { ...rest, language: rest.language ?? locale, version: 1 };
  },
  (raw) => {
    const { agency: _moved, ...rest } = raw;
    return { ...rest, version: 2 };
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
    staffName: cleanText(raw.staffName) ?? '',
    deadlineWindowDays: readWindowDays(raw.deadlineWindowDays) ?? DEFAULT_SETTINGS.deadlineWindowDays,
    recentKinds: readRecentKinds(raw.recentKinds) ?? DEFAULT_SETTINGS.recentKinds,
    lockAfterSeconds: readWholeIn(raw.lockAfterSeconds, LOCK_SECONDS) ?? DEFAULT_SETTINGS.lockAfterSeconds,
    backupReminderDays:
      readWholeIn(raw.backupReminderDays, BACKUP_REMINDER_DAYS) ?? DEFAULT_SETTINGS.backupReminderDays,
  };
}

function textProblem(v: unknown, required: boolean): FieldProblem | null {
  if (typeof v !== 'string') return { code: 'invalid' };
  if (required && v.trim() === '') return { code: 'required' };
  return v.trim().length > MAX_TEXT ? { code: 'too-long', max: MAX_TEXT } : null;
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
    if (
      ![
        'language',
        'staffName',
        'deadlineWindowDays',
        'recentKinds',
        'lockAfterSeconds',
        'backupReminderDays',
      ].includes(key)
    )
      problems[key] = 'unknown-field';
  }
  const note = (key: string, problem: FieldProblem | null) => {
    if (problem) problems[key] = problem.code;
  };
  if ('language' in p && !isLanguage(p.language)) problems.language = 'invalid';
  if ('staffName' in p) note('staffName', staffNameProblem(p.staffName));
  if ('deadlineWindowDays' in p) note('deadlineWindowDays', windowDaysProblem(p.deadlineWindowDays));
  if ('recentKinds' in p && readRecentKinds(p.recentKinds) === null) problems.recentKinds = 'invalid';
  if ('lockAfterSeconds' in p && readWholeIn(p.lockAfterSeconds, LOCK_SECONDS) === null)
    problems.lockAfterSeconds = 'out-of-range';
  if ('backupReminderDays' in p && readWholeIn(p.backupReminderDays, BACKUP_REMINDER_DAYS) === null)
    problems.backupReminderDays = 'out-of-range';
  return problems;
}
