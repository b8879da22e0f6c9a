import { useEffect, useState } from 'react';
import { calendarDateOf, daysBetween } from '../../../shared/dates';
import { now } from '../../app/clock';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settingsContext';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../session';

/**
 * Reminds administrators when the last backup is older than the office's number of days (or
 * there has never been one): a dead disk must not take every case with it.
 */
export function BackupReminder() {
  const { t } = useI18n();
  const { may } = useSession();
  const { settings } = useSettings();
  const [last, setLast] = useState<string | null | undefined>(undefined);
  const [dismissed, setDismissed] = useState(false);
  const administrator = may('backup');

  useEffect(() => {
    if (!administrator) return;
    void invoke('keyring-get', undefined).then((r) => setLast(r.ok ? (r.value?.lastBackupAt ?? null) : null));
  }, [administrator]);

  if (!administrator || last === undefined || dismissed) return null;
  const age = last === null ? null : daysBetween(calendarDateOf(last), now().today);
  if (age !== null && age <= settings.backupReminderDays) return null;
  return (
    <p className="notice backup-reminder" role="status">
      {age === null ? t('backup.reminder.never') : t('backup.reminder.old', { count: age })}{' '}
      <button type="button" className="link" onClick={() => navigate({ name: 'settings' })}>
        {t('backup.reminder.go')}
      </button>
      <button
        type="button"
        className="link"
        onClick={() => setDismissed(true)}
        aria-label={t('common.close')}
      >
        ×
      </button>
    </p>
  );
}
