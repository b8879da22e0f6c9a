/** What other features may use of staff accounts and sessions. */
import './session.css';
export { createFirstAdministrator } from './firstAccount';
export {
  EMPTY_PASSPHRASE,
  newPassphraseProblems,
  PassphraseFields,
  PassphraseInput,
} from './PassphraseFields';
export type { NewPassphrase } from './PassphraseFields';
export { LanguageChoice } from './LanguageChoice';
export { SessionGate } from './SessionGate';
export { SessionMenu } from './SessionMenu';
export { SecuritySection } from './SecuritySection';
export { StaffSection } from './StaffSection';
export { currentRole, lock, sessionKeys, setSessionAgency, startLocked, auditSession } from './session';
export { unlockKeys } from './keys';
export type { SessionKeys } from './keys';
export { useRole, useSession, useSessionState } from './useSession';
export type { SessionApi } from './useSession';
