/**
 * Every limit of the `.caseline` formats, in one place and documented in docs/bundle-format.md.
 * A reader refuses anything beyond them; a writer never produces it. Text lengths count UTF-16
 * code units, as JavaScript does (one unit per Cyrillic or Kazakh letter). Limits are set above
 * what the app's own forms accept, so a change of a form's limit needs no format change.
 */

/** Largest file readBundle accepts, in bytes of UTF-8 (checked before parsing). */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;
/** Largest partner card, in bytes. */
export const MAX_CARD_BYTES = 64 * 1024;

export const MAX_ENTRIES = 200_000;
export const MAX_PERSONS = 500;
export const MAX_RECIPIENTS = 100;
/** Entries listed as sent earlier, in a delta bundle's manifest. */
export const MAX_PREVIOUS = 1_000_000;
/** Other agencies' ids for the same case (version 3 `case.otherIds`). */
export const MAX_OTHER_CASE_IDS = 100;
/** Agencies named by one restricted entry. */
export const MAX_NAMED_AGENCIES = 100;
/** Choices in one multiselect field. */
export const MAX_CHOICES = 50;
/** withheld counts and other counters. */
export const MAX_COUNT = 10_000_000;

export const TEXT_LIMITS = {
  /** Agency names, person names, author names, contact names. */
  name: 200,
  district: 200,
  /** A case's reference (POL-2026-0042). */
  reference: 100,
  narrative: 20_000,
  /** A kind-specific text field, a risk factor's note. */
  fieldText: 2_000,
  /** A correction's reason. */
  reason: 2_000,
  /** Who reported it (basis 'reported'), the agency it came from. */
  short: 1_000,
  phone: 100,
  email: 200,
  address: 1_000,
  personNotes: 5_000,
  safeContactTimes: 500,
  safeChannel: 500,
  preferredLanguage: 100,
  audienceNote: 2_000,
  /** A field key: letters, digits, '.', '-' and '_', starting with a letter. */
  fieldKey: 64,
} as const;

/** Calendar dates and instants must fall in these years (inclusive). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** How far after the reader's clock a creation or record time may be before a warning. */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
