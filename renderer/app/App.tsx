import { useEffect, useState } from 'react';
import { isSetupComplete, type Settings } from '../../shared/settings';
import { bridge, invoke } from '../host';
import { I18nProvider, translator } from '../i18n/i18n';
import { SettingsProvider, useSettings } from './settingsContext';
import { SetupPage } from '../features/setup';
import { Shell } from '../features/shell';

type Boot =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; settings: Settings };

export function App() {
  const [boot, setBoot] = useState<Boot>(() =>
    bridge() ? { state: 'loading' } : { state: 'failed', message: translator('en')('error.noHost') },
  );

  useEffect(() => {
    if (!bridge()) return;
    void invoke('settings-get', undefined).then((r) =>
      setBoot(r.ok ? { state: 'ready', settings: r.value } : { state: 'failed', message: r.error.message }),
    );
  }, []);

  if (boot.state === 'loading') return null;
  if (boot.state === 'failed') {
    return (
      <main className="fatal" role="alert">
        {boot.message}
      </main>
    );
  }
  return (
    <SettingsProvider initial={boot.settings}>
      <LocalisedApp />
    </SettingsProvider>
  );
}

function LocalisedApp() {
  const { settings } = useSettings();
  const complete = isSetupComplete(settings);
  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  useEffect(() => {
    // The e2e harness and the benchmarks wait for this to know the first screen is interactive.
    document.documentElement.dataset.appState = complete ? 'ready' : 'setup';
  }, [complete]);
  return <I18nProvider lang={settings.language}>{complete ? <Shell /> : <SetupPage />}</I18nProvider>;
}
