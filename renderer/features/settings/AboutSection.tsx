import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';

/** Version and where this computer keeps the data. */
export function AboutSection() {
  const { t } = useI18n();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void invoke('app-info', undefined).then((r) => r.ok && setInfo(r.value));
  }, []);
  if (!info) return null;
  return (
    <section className="card">
      <h2>{t('settings.about')}</h2>
      <p>
        {t('app.name')} · {t('settings.version', { version: info.version })}
      </p>
      <p className="muted">{t('settings.dataPath', { path: info.dataPath })}</p>
    </section>
  );
}
