import { LANGUAGES } from '../../../shared/settings';
import { useSettings } from '../../app/settingsContext';
import { useI18n } from '../../i18n/i18n';

/** The interface language, on the screens before sign-in (each language named in itself). */
export function LanguageChoice() {
  const { settings, update } = useSettings();
  const { t } = useI18n();
  return (
    <fieldset className="segmented">
      <legend>{t('setup.language')}</legend>
      {LANGUAGES.map((lang) => (
        <label key={lang} className={settings.language === lang ? 'selected' : undefined}>
          <input
            type="radio"
            name="language"
            value={lang}
            checked={settings.language === lang}
            onChange={() => void update({ language: lang })}
          />
          {t(`language.${lang}`)}
        </label>
      ))}
    </fieldset>
  );
}
