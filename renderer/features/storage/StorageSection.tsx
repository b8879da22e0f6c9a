import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { formatBytes } from './bytes';

/**
 * How much room Caseline's data takes and how much the browser storage lets it have on this
 * computer (navigator.storage.estimate): a full disk is seen coming, not found at a failed save.
 */
export function StorageSection() {
  const { t, lang } = useI18n();
  const [estimate, setEstimate] = useState<StorageEstimate | null | undefined>(undefined);
  useEffect(() => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    const asked = storage?.estimate ? storage.estimate() : Promise.reject(new Error('no estimate'));
    void asked.then(setEstimate, () => setEstimate(null));
  }, []);
  if (estimate === undefined) return null;
  const used = estimate?.usage ?? null;
  const quota = estimate?.quota ?? null;
  const free = used !== null && quota !== null ? Math.max(0, quota - used) : null;
  const low = free !== null && quota !== null && free < Math.min(500 * 1024 * 1024, quota * 0.1);
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      {used === null || quota === null || free === null ? (
        <p className="muted">{t('storage.unknown')}</p>
      ) : (
        <>
          <meter
            min={0}
            max={quota}
            value={used}
            high={quota * 0.9}
            aria-label={t('storage.title')}
            className="storage-meter"
          />
          <p>{t('storage.used', { used: formatBytes(used, lang), free: formatBytes(free, lang) })}</p>
          {low && (
            <p className="form-error" role="alert">
              {t('storage.low')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
