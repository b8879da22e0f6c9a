import { useEffect, useState, type FormEvent } from 'react';
import { AGENCY_KINDS, type AgencyKind } from '../../../shared/domain/agencies';
import type { AppInfo } from '../../../shared/ipc';
import { LANGUAGES, MAX_TEXT, type SettingsPatch } from '../../../shared/settings';
import type { Language } from '../../../shared/dates';
import { useSettings } from '../../app/settingsContext';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { Field } from '../../ui/Field';
import { DemoSection } from '../demo';

export function SettingsPage() {
  const { settings, update } = useSettings();
  const { t } = useI18n();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [agencyName, setAgencyName] = useState(settings.agency?.name ?? '');
  const [kind, setKind] = useState<AgencyKind>(settings.agency?.kind ?? 'police');
  const [region, setRegion] = useState(settings.agency?.region ?? '');
  const [staffName, setStaffName] = useState(settings.staffName);
  const [windowDays, setWindowDays] = useState(String(settings.deadlineWindowDays));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void invoke('app-info', undefined).then((r) => r.ok && setInfo(r.value));
  }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const days = Number(windowDays);
    if (
      agencyName.trim() === '' ||
      staffName.trim() === '' ||
      agencyName.length > MAX_TEXT ||
      staffName.length > MAX_TEXT
    ) {
      setStatus({ ok: false, text: t('setup.required') });
      return;
    }
    const patch: SettingsPatch = {
      staffName: staffName.trim(),
      deadlineWindowDays: Number.isInteger(days) ? days : -1,
      ...(settings.agency
        ? { agency: { ...settings.agency, name: agencyName.trim(), kind, region: region.trim() } }
        : {}),
    };
    const result = await update(patch);
    setStatus(
      result.ok
        ? { ok: true, text: t('settings.saved') }
        : { ok: false, text: t(`error.${result.error.code}`) },
    );
  };

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
        <form className="card" onSubmit={(e) => void save(e)} noValidate>
          <h2>{t('settings.general')}</h2>
          <Field label={t('setup.agencyName')}>
            <input value={agencyName} onChange={(e) => setAgencyName(e.target.value)} />
          </Field>
          <Field label={t('setup.agencyKind')}>
            <select value={kind} onChange={(e) => setKind(e.target.value as AgencyKind)}>
              {AGENCY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`agencyKind.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('setup.region')}>
            <input value={region} onChange={(e) => setRegion(e.target.value)} />
          </Field>
          <Field label={t('settings.staffName')}>
            <input value={staffName} onChange={(e) => setStaffName(e.target.value)} />
          </Field>
          <Field label={t('settings.deadlineWindow')} hint={t('settings.deadlineWindowHint')}>
            <input
              type="number"
              min={1}
              max={90}
              value={windowDays}
              onChange={(e) => setWindowDays(e.target.value)}
            />
          </Field>
          <div className="form-actions">
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
            {status && (
              <span role="status" className={status.ok ? 'ok-text' : 'form-error'}>
                {status.text}
              </span>
            )}
          </div>
        </form>
        <DemoSection />
        {info && (
          <section className="card">
            <h2>{t('settings.about')}</h2>
            <p>
              {t('app.name')} · {t('settings.version', { version: info.version })}
            </p>
            <p className="muted">{t('settings.dataPath', { path: info.dataPath })}</p>
          </section>
        )}
      </div>
    </>
  );
}
