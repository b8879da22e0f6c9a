import { LANGUAGES } from '../../../shared/settings';
import type { Language } from '../../../shared/dates';
import { useSettings } from '../../app/settingsContext';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { DemoSection } from '../demo';
import { PartnersSection } from '../sharing';
import { BackupSection } from '../backup';
import { SecuritySection, StaffSection } from '../session';
import { StorageSection } from '../storage';
import { AboutSection } from './AboutSection';
import { AgencySection } from './AgencySection';
import { GeneralSection } from './GeneralSection';

/** Settings: one card per concern, each saving on its own. */
export function SettingsPage() {
  const { settings, update } = useSettings();
  const { t } = useI18n();
  return (
    <>
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
      </header>
      <div className="settings">
        <section className="card">
          <h2>{t('settings.language')}</h2>
          <Field label={t('settings.language')}>
            <select
              value={settings.language}
              onChange={(e) => void update({ language: e.target.value as Language })}
            >
              {LANGUAGES.map((lang) => (
                <option key={lang} value={lang}>
                  {t(`language.${lang}`)}
                </option>
              ))}
            </select>
          </Field>
        </section>
        <AgencySection />
        <PartnersSection />
        <GeneralSection />
        <SecuritySection />
        <StaffSection />
        <BackupSection />
        <StorageSection />
        <DemoSection />
        <AboutSection />
      </div>
    </>
  );
}
