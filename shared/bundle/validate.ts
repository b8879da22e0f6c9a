/**
 * Schema validation of a plain document in the version it was written in. The document's
 * frame (header, case, persons, audience, delta) is checked in one pass; its entries one by one
 * with the same entry schema, so that a reader can report progress through a bundle of
 * 100,000 entries and give the event loop a turn between slices.
 */
import * as v from 'valibot';
import type { Entry } from '../domain/types';
import { isUuid } from '../ids';
import { assertNever } from '../result';
import { done, fail, type Step } from './errors';
import { issueToError } from './issues';
import { entrySchemaForItem, type EntryFormat } from './schema/entry';
import { documentV1 } from './schema/v1';
import { documentV2 } from './schema/v2';
import { documentV3 } from './schema/v3';
import type { SupportedVersion, Validated } from './versions';

/** Where a long read or build has got to. */
export type Phase = 'decrypt' | 'validate' | 'verify';
export type Progress = (progress: {
  readonly phase: Phase;
  readonly done: number;
  readonly total: number;
}) => void;

/** The first problem is the one reported; checking on after it would only cost time. */
const FIRST_ISSUE = { abortEarly: true } as const;
const SLICE = 5_000;

/** Lets timers, input and rendering run between slices of a long job. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function readableId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { readonly id?: unknown }).id;
  return isUuid(id) ? id : undefined;
}

/**
 * Checks every entry with the entry schema of `format`; the first bad one is reported with its
 * index and id.
 */
export async function validateEntries(
  raw: readonly unknown[],
  format: EntryFormat,
  onProgress?: Progress,
): Promise<Step<Entry[]>> {
  const out: Entry[] = [];
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i];
    const result = v.safeParse(entrySchemaForItem(format, item), item, FIRST_ISSUE);
    if (!result.success) return fail(issueToError(result.issues[0], `body.entries[${i}]`, readableId(item)));
    out.push(result.output);
    if ((i + 1) % SLICE === 0) {
      onProgress?.({ phase: 'validate', done: i + 1, total: raw.length });
      await yieldToLoop();
    }
  }
  onProgress?.({ phase: 'validate', done: raw.length, total: raw.length });
  return done(out);
}

type ValidatedAs<N extends SupportedVersion> = Extract<Validated, { readonly version: N }>;

/** Validates a version 1 document; entries last. */
export async function validateV1(raw: unknown, onProgress?: Progress): Promise<Step<ValidatedAs<1>>> {
  const frame = v.safeParse(documentV1, raw, FIRST_ISSUE);
  if (!frame.success) return fail(issueToError(frame.issues[0]));
  // Version 1 knew the entry kinds version 2 knows.
  const entries = await validateEntries(frame.output.body.entries, 2, onProgress);
  return entries.ok ? done({ version: 1, doc: frame.output, entries: entries.value }) : entries;
}

/** Validates a version 2 document; entries last. */
export async function validateV2(raw: unknown, onProgress?: Progress): Promise<Step<ValidatedAs<2>>> {
  const frame = v.safeParse(documentV2, raw, FIRST_ISSUE);
  if (!frame.success) return fail(issueToError(frame.issues[0]));
  const entries = await validateEntries(frame.output.body.entries, 2, onProgress);
  return entries.ok ? done({ version: 2, doc: frame.output, entries: entries.value }) : entries;
}

/** Validates a version 3 document; entries last. */
export async function validateV3(raw: unknown, onProgress?: Progress): Promise<Step<ValidatedAs<3>>> {
  const frame = v.safeParse(documentV3, raw, FIRST_ISSUE);
  if (!frame.success) return fail(issueToError(frame.issues[0]));
  const entries = await validateEntries(frame.output.body.entries, 3, onProgress);
  return entries.ok ? done({ version: 3, doc: frame.output, entries: entries.value }) : entries;
}

/** Validates a plain document of `version` with that version's schema. */
export async function validateDocument(
  raw: unknown,
  version: SupportedVersion,
  onProgress?: Progress,
): Promise<Step<Validated>> {
  switch (version) {
    case 1:
      return validateV1(raw, onProgress);
    case 2:
      return validateV2(raw, onProgress);
    case 3:
      return validateV3(raw, onProgress);
    default:
      return assertNever(version);
  }
}
