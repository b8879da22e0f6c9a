import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SettingsRecovered } from '../../../shared/ipc';
import { clearStorageFault, storageFaultSnapshot, subscribeStorageFaults } from '../../db/storageFaults';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';

/**
 * What went wrong with storage, said where the user is working: a write refused for lack of
 * space or because the database was closed under the app (whatever was being saved is still in
 * its form; everything saved before is kept), and a settings file found unreadable at start
 * (kept aside, never wiped).
 */
export function StorageNotices() {
  const { t } = useI18n();
  const fault = useSyncExternalStore(subscribeStorageFaults, storageFaultSnapshot);
  const [recovered, setRecovered] = useState<SettingsRecovered | null>(null);
  useEffect(() => {
    void invoke('app-info', undefined).then((r) => r.ok && setRecovered(r.value.settingsRecovered));
  }, []);
  return (
    <>
      {(fault === 'quota' || fault === 'failed') && (
        <div className="notice notice-error" role="alert">
          {t(`storage.fault.${fault}`)}{' '}
          <button type="button" className="link" onClick={clearStorageFault}>
            {t('common.close')}
          </button>
        </div>
      )}
      {fault === 'closed' && (
        <div className="notice notice-error" role="alert">
          {t('storage.fault.closed')}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t('storage.restart')}
          </button>
        </div>
      )}
      {recovered && (
        <div className="notice" role="status">
          {t('storage.settingsRecovered', { path: recovered.movedTo })}{' '}
          <button type="button" className="link" onClick={() => setRecovered(null)}>
            {t('common.close')}
          </button>
        </div>
      )}
    </>
  );
}
