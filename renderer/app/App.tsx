import { useEffect, useState } from 'react';
import type { AgencyIdentity } from '../../shared/identity';
import { bridge } from '../host';
import { I18nProvider, translator, useI18n } from '../i18n/i18n';
import { IdentityProblemPage, RecoverIdentityPage, SetupPage } from '../features/setup';
import { Shell } from '../features/shell';
import { boot, type Boot } from './boot';
import { IdentityProvider } from './identityContext';
import { SettingsProvider, useSettings } from './settingsContext';

export function App() {
  const [state, setState] = useState<Boot>(() =>
    bridge() ? { state: 'loading' } : { state: 'failed', message: translator('en')('error.noHost') },
  );

  useEffect(() => {
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
      <LocalisedApp state={state} onReady={(identity) => setState({ ...state, state: 'ready', identity })} />
    </SettingsProvider>
  );
}

type Props = {
  readonly state: Exclude<Boot, { state: 'loading' | 'failed' }>;
  readonly onReady: (identity: AgencyIdentity) => void;
};

function LocalisedApp({ state, onReady }: Props) {
  const { settings } = useSettings();
  const ready = state.state === 'ready' && settings.staffName.trim() !== '';
  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  useEffect(() => {
    // The e2e harness and the benchmarks wait for this to know the first screen is interactive.
    document.documentElement.dataset.appState = ready ? 'ready' : 'setup';
  }, [ready]);
  return (
    <I18nProvider lang={settings.language}>
      {ready ? (
        <IdentityProvider initial={state.identity}>
          <Shell />
        </IdentityProvider>
      ) : (
        <Gate state={state} onReady={onReady} />
      )}
    </I18nProvider>
  );
}

/** Every screen before the app proper: setup, or what to do about the office's identity. */
function Gate({ state, onReady }: Props) {
  const { t } = useI18n();
  switch (state.state) {
    case 'setup':
      return <SetupPage onDone={onReady} />;
    case 'ready':
      // The office is set up but this computer's settings lost who works here.
      return <SetupPage identity={state.identity} onDone={onReady} />;
    case 'identity-missing':
      return <RecoverIdentityPage workspace={state.workspace} onDone={onReady} />;
    case 'identity-unreadable':
      return (
        <IdentityProblemPage
          title={t('identity.unreadable.title')}
          body={t('identity.unreadable.body', { detail: state.detail })}
        />
      );
    case 'other-agency':
      return (
        <IdentityProblemPage
          title={t('identity.otherAgency.title')}
          body={t('identity.otherAgency.body', {
            database: state.workspace.name,
            identity: state.identity.agency.name,
          })}
        />
      );
  }
}
