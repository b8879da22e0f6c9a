import { useCallback, useEffect, useState } from 'react';
import { BACKUP_REMINDER_DAYS } from '../../../shared/settings';
import { now } from '../../app/clock';
import { useIdentity } from '../../app/identityContext';
import { useSettings } from '../../app/settingsContext';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useFormat } from '../../ui/format';
import { sessionKeys, useSession } from '../session';
import { makeBackup, type BackupProgress } from './makeBackup';

const REMINDER_CHOICES = [1, 3, 7, 14, 30, 90] as const;

/**
 * Backups (administrators): when the last one was made, making one now with progress, and after
 * how many days the app reminds. Restoring is done on a new, empty installation (first-run
 * setup offers it), so a backup can never overwrite an office's data.
 */
export function BackupSection() {
  const { t } = useI18n();
  const fmt = useFormat();
  const { account, may } = useSession();
  const { identity } = useIdentity();
  const { settings, update } = useSettings();
  const [lastBackupAt, setLastBackupAt] = useState<string | null | undefined>(undefined);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const reload = useCallback(
    () =>
      invoke('keyring-get', undefined).then((r) =>
        setLastBackupAt(r.ok ? (r.value?.lastBackupAt ?? null) : null),
      ),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  if (!account || !may('backup')) return null;
  const keys = sessionKeys();

  const run = async () => {
    if (!keys || progress) return;
    setStatus(null);
    setProgress({ done: 0, total: 0 });
    try {
      const day = now().today;
      const r = await makeBackup(
        {
          account,
          keys,
          agency: identity.agency,
          title: t('backup.dialogTitle'),
          suggestedName: `caseline-${day}.caseline-backup`,
        },
        setProgress,
      );
      if (!r.ok) setStatus({ ok: false, text: t(`error.${r.error.code}`) });
      else if (r.value) setStatus({ ok: true, text: t('backup.done', { path: r.value.path }) });
    } catch {
      setStatus({ ok: false, text: t('error.internal') });
    } finally {
      setProgress(null);
      await reload();
    }
  };

  const days = settings.backupReminderDays;
  const choices: number[] = [...REMINDER_CHOICES];
  if (!choices.includes(days) && days >= BACKUP_REMINDER_DAYS.min) choices.push(days);
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>
        {lastBackupAt === undefined
          ? t('common.loading')
          : lastBackupAt === null
            ? t('backup.never')
            : t('backup.last', { when: fmt.instant(lastBackupAt) })}
      </p>
      <p className="muted">{t('backup.explain')}</p>
      <Field label={t('backup.remindAfter')}>
        <select
          value={days}
          onChange={(e) =>
            void update({ backupReminderDays: Number(e.target.value) }).then((r) =>
              setStatus(
                r.ok
                  ? { ok: true, text: t('settings.saved') }
                  : { ok: false, text: t(`error.${r.error.code}`) },
              ),
            )
          }
        >
          {choices
            .sort((a, b) => a - b)
            .map((d) => (
              <option key={d} value={d}>
                {t('backup.days', { count: d })}
              </option>
            ))}
        </select>
      </Field>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void run()} disabled={progress !== null}>
          {t('backup.make')}
        </button>
        {progress && (
          <span role="status">
            <progress max={Math.max(1, progress.total)} value={progress.done} />{' '}
            {t('backup.progress', { done: progress.done, total: progress.total })}
          </span>
        )}
        {status && (
          <span role="status" className={status.ok ? 'ok-text' : 'form-error'}>
            {status.text}
          </span>
        )}
      </div>
    </section>
  );
}
