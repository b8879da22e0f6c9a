import { useEffect, useState, type ReactNode } from 'react';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { AgencyIdentity } from '../../../shared/identity';
import { useAppState } from '../../app/appState';
import { useSettings } from '../../app/settingsContext';
import { useI18n } from '../../i18n/i18n';
import { AdministratorPage } from './AdministratorPage';
import { EncryptingPage } from './EncryptingPage';
import { LockScreen } from './LockScreen';
import { setSessionAgency, signOut } from './session';
import { SignInPage } from './SignInPage';
import { useSessionChrome } from './useSessionChrome';
import { useSettingsAudit } from './useSettingsAudit';
import { useSessionState } from './useSession';
import { may } from '../../../shared/session/roles';

type Props = {
  /** This office's identity; null when its file is gone and must be re-created. */
  readonly identity: AgencyIdentity | null;
  /** The agency (from the identity, or as the case data records it when the identity is gone). */
  readonly agency: AgencyRef;
  /** Whether the office has staff accounts yet (no: an installation from before them). */
  readonly hasAccounts: boolean;
  /** The screen that re-creates a lost identity's key for the same agency. */
  readonly recoverIdentity: () => ReactNode;
  /** The app proper, for an unlocked session. */
  readonly children: (identity: AgencyIdentity) => ReactNode;
};

/**
 * Everything between the office's identity and the app proper: the first administrator of an
 * installation from before accounts, sign-in, the lock screen, encrypting older data, and a lost
 * identity (re-created by an administrator). Nothing of any case is rendered unless unlocked,
 * and the window title never names one.
 */
export function SessionGate({ identity, agency, hasAccounts, recoverIdentity, children }: Props) {
  const state = useSessionState();
  const { t } = useI18n();
  // Once someone has been signed in, the office has accounts, whatever the start found.
  const [accounts, setAccounts] = useState(hasAccounts);
  if (state.phase !== 'signed-out' && !accounts) setAccounts(true);
  const title = t('app.name');
  useEffect(() => setSessionAgency(agency), [agency]);
  useEffect(() => {
    if (state.phase !== 'unlocked') document.title = title;
  }, [state.phase, title]);

  switch (state.phase) {
    case 'signed-out':
      if (accounts) return <Screen name="sign-in">{() => <SignInPage />}</Screen>;
      return identity ? (
        <Screen name="account">{() => <FirstAdministrator agencyName={agency.name} />}</Screen>
      ) : (
        <Screen name="identity">{recoverIdentity}</Screen>
      );
    case 'locked':
      return (
        <Screen name="locked">{() => <LockScreen account={state.account} reason={state.reason} />}</Screen>
      );
    case 'unlocked':
      if (state.encryptionPending) return <Screen name="encrypting">{() => <EncryptingPage />}</Screen>;
      if (!identity)
        return (
          <Screen name="identity">
            {() => (may(state.account.role, 'agency-change') ? recoverIdentity() : <AskAdministrator />)}
          </Screen>
        );
      return <Unlocked>{children(identity)}</Unlocked>;
  }
}

function Screen({ name, children }: { name: string; children: () => ReactNode }) {
  useAppState(name);
  return children();
}

function FirstAdministrator({ agencyName }: { agencyName: string }) {
  const { settings } = useSettings();
  return <AdministratorPage suggestedName={settings.staffName} agencyName={agencyName} />;
}

/** The app proper, with what keeps it safe while it runs: the inactivity lock and lock events. */
function Unlocked({ children }: { children: ReactNode }) {
  const { settings } = useSettings();
  useSessionChrome(settings.lockAfterSeconds);
  useSettingsAudit();
  useAppState('ready');
  return children;
}

function AskAdministrator() {
  const { t } = useI18n();
  return (
    <main className="setup">
      <section className="setup-card session-card" role="alert">
        <p className="lead">{t('session.identity.askAdministrator')}</p>
        <button type="button" onClick={() => void signOut()}>
          {t('session.signOut')}
        </button>
      </section>
    </main>
  );
}
