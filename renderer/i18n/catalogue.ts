/**
 * The message catalogues, merged from one module per part of the app (messages/). English is the
 * reference: its keys are the MessageKey type, and every module gives Russian and Kazakh for
 * exactly those keys (define.ts), so a missing translation fails the build.
 */
import type { Language } from '../../shared/dates';
import type { Message } from './plural';
import { bundleErrorMessages } from './messages/bundleErrors';
import { caseMessages } from './messages/cases';
import { commonMessages } from './messages/common';
import { dateMessages } from './messages/dates';
import { deadlineMessages } from './messages/deadlines';
import { domainMessages } from './messages/domain';
import { exportMessages } from './messages/exports';
import { identityMessages } from './messages/identity';
import { entryFormMessages } from './messages/entryForm';
import { glanceMessages } from './messages/glance';
import { measureMessages } from './messages/measures';
import { meetingMessages } from './messages/meetings';
import { peopleMessages } from './messages/people';
import { printMessages } from './messages/print';
import { riskMessages } from './messages/risk';
import { searchMessages } from './messages/search';
import { sessionMessages } from './messages/session';
import { backupMessages } from './messages/backup';
import { auditMessages } from './messages/audit';
import { storageMessages } from './messages/storage';
import { settingsMessages } from './messages/settings';
import { setupMessages } from './messages/setup';
import { sharingMessages } from './messages/sharing';
import { timelineMessages } from './messages/timeline';
import { validationMessages } from './messages/validation';

/** Every message module; the catalogue test checks that no key is defined twice. */
export const MESSAGE_MODULES = [
  commonMessages,
  domainMessages,
  riskMessages,
  setupMessages,
  identityMessages,
  settingsMessages,
  caseMessages,
  timelineMessages,
  deadlineMessages,
  meetingMessages,
  printMessages,
  exportMessages,
  validationMessages,
  peopleMessages,
  searchMessages,
  dateMessages,
  entryFormMessages,
  measureMessages,
  glanceMessages,
  bundleErrorMessages,
  sharingMessages,
  sessionMessages,
  backupMessages,
  auditMessages,
  storageMessages,
] as const;

type KeysOf<T> = T extends unknown ? keyof T : never;
/** Every key of every module (the union of their English keys). */
export type MessageKey = KeysOf<(typeof MESSAGE_MODULES)[number]['en']>;

export type Catalogue = { readonly [K in MessageKey]: Message };

function merge(lang: Language): Catalogue {
  return Object.assign({}, ...MESSAGE_MODULES.map((m) => m[lang])) as Catalogue;
}

export const CATALOGUES: Record<Language, Catalogue> = { en: merge('en'), ru: merge('ru'), kk: merge('kk') };
