import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AgencyId } from '../../shared/ids';
import { agencyRefOf, type AgencyIdentity } from '../../shared/identity';
import { bridge } from '../host';
import { I18nProvider, translator, useI18n } from '../i18n/i18n';
import { useAuditHeadKeeper } from '../features/audit';
import { RestorePage } from '../features/backup';
import { auditSession, SessionGate, startLocked, useSession } from '../features/session';
import { IdentityProblemPage, RecoverIdentityPage, SetupPage } from '../features/setup';
import { Shell } from '../features/shell';
import { useAppState } from './appState';
import { useNoAutofill } from './noAutofill';
import { boot, type Boot } from './boot';
import { IdentityProvider } from './identityContext';
import { SettingsProvider, useSettings } from './settingsContext';

type Started = Exclude<Boot, { state: 'loading' | 'failed' }>;

export function App() {
  const [state, setState] = useState<Boot>(() =>
    bridge() ? { state: 'loading' } : { state: 'failed', message: translator('en')('error.noHost') },
  );
  const reboot = useCallback(() => {
    setState({ state: 'loading' });
    void boot().then(setState);
  }, []);

  useEffect(() => {
    // Nothing sealed can be read or written until someone signs in.
    startLocked();
    if (bridge()) void boot().then(setState);
  }, []);

  if (state.state === 'loading') return null;
  if (state.state === 'failed') {
    return (
      <main className="fatal" role="alert">
        {state.message === 'storage' ? translator('en')('error.storage') : state.message}
      </main>
    );
  }
  return (
    <SettingsProvider initial={state.settings}>
      <LocalisedApp state={state} setState={setState} reboot={reboot} />
    </SettingsProvider>
  );
}

type Props = {
  readonly state: Started;
  readonly setState: (next: Boot) => void;
  readonly reboot: () => void;
};

function LocalisedApp({ state, setState, reboot }: Props) {
  const { settings } = useSettings();
  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  // The host keeps the audit chain's newest link, whoever appended it (locked or not).
  useAuditHeadKeeper();
  useNoAutofill();
  return (
    <I18nProvider lang={settings.language}>
      <Screens state={state} setState={setState} reboot={reboot} />
    </I18nProvider>
  );
}

/** Every screen: setup, a restore to finish, identity problems, or the office behind sign-in. */
function Screens({ state, setState, reboot }: Props) {
  const { t } = useI18n();
  const [restoring, setRestoring] = useState(false);
  const office = (identity: AgencyIdentity, hasAccounts: boolean) =>
    setState({
      state: 'office',
      settings: state.settings,
      identity,
      workspace: null,
      hasAccounts,
    });

  switch (state.state) {
    case 'setup':
      return restoring ? (
        <Problem name="restore">
          <RestorePage onDone={reboot} onCancel={() => setRestoring(false)} />
        </Problem>
      ) : (
        <Problem name="setup">
          <SetupPage onDone={(identity) => office(identity, true)} onRestore={() => setRestoring(true)} />
        </Problem>
      );
    case 'restoring':
      return (
        <Problem name="restore">
          <RestorePage resume={state.restore} onDone={reboot} onCancel={reboot} />
        </Problem>
      );
    case 'identity-unreadable':
      return (
        <Problem name="problem">
          <IdentityProblemPage
            title={t('identity.unreadable.title')}
            body={t('identity.unreadable.body', { detail: state.detail })}
          />
        </Problem>
      );
    case 'other-agency':
      return (
        <Problem name="problem">
          <IdentityProblemPage
            title={t('identity.otherAgency.title')}
            body={t('identity.otherAgency.body', {
              database: state.workspace.name,
              identity: state.identity.agency.name,
            })}
          />
        </Problem>
      );
    case 'office': {
      const { identity, workspace, hasAccounts } = state;
      return (
        <SessionGate
          identity={identity}
          agency={
            identity
              ? agencyRefOf(identity)
              : {
                  id: (workspace?.agencyId ?? '') as AgencyId,
                  name: workspace?.name ?? '',
                  kind: workspace?.kind ?? 'police',
                }
          }
          hasAccounts={hasAccounts}
          recoverIdentity={() =>
            workspace ? (
              <RecoverIdentityPage workspace={workspace} onDone={(i) => office(i, hasAccounts)} />
            ) : (
              <SetupPage agencyOnly onDone={(i) => office(i, true)} />
            )
          }
        >
          {(known) => <TheOffice identity={known} />}
        </SessionGate>
      );
    }
  }
}

function Problem({ name, children }: { name: string; children: ReactNode }) {
  useAppState(name);
  return children;
}

/** The app proper: the identity it signs with, and every change to it recorded. */
function TheOffice({ identity }: { identity: AgencyIdentity }) {
  const { account } = useSession();
  const onUpdated = useCallback(
    (next: AgencyIdentity) => {
      if (account)
        void auditSession(account, 'settings-changed', `agency: ${next.agency.name}, ${next.agency.kind}`);
    },
    [account],
  );
  return (
    <IdentityProvider initial={identity} onUpdated={onUpdated}>
      <Shell />
    </IdentityProvider>
  );
}
