import { useState } from 'react';
import { now } from '../../app/clock';
import { useActor } from '../../app/actor';
import { useSettings } from '../../app/settingsContext';
import { useDemoCaseCount } from '../../db/hooks';
import { useI18n } from '../../i18n/i18n';
import { DEFAULT_DEMO, loadDemo, removeDemo, type Progress } from './demoWorkspace';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: Progress | null }
  | { kind: 'done'; text: string }
  | { kind: 'confirm' }
  | { kind: 'error' };

/** Settings → demo cases: load a realistic fictional caseload, or remove exactly those cases. */
export function DemoSection() {
  const { t } = useI18n();
  const actor = useActor();
  const { settings } = useSettings();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const demoCount = useDemoCaseCount();
  const busy = status.kind === 'busy';

  const load = async () => {
    setStatus({ kind: 'busy', progress: null });
    try {
      const clock = now();
      const count = await loadDemo(
        DEFAULT_DEMO,
        { today: clock.today, now: clock.instant, windowDays: settings.deadlineWindowDays, actor },
        (progress) => setStatus({ kind: 'busy', progress }),
      );
      setStatus({ kind: 'done', text: t('settings.demoLoaded', { count }) });
    } catch {
      setStatus({ kind: 'error' });
    }
  };

  const remove = async () => {
    setStatus({ kind: 'busy', progress: null });
    try {
      const count = await removeDemo({ now: now().instant, actor });
      setStatus({ kind: 'done', text: t('settings.demoRemoved', { count }) });
    } catch {
      setStatus({ kind: 'error' });
    }
  };

  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('settings.demo')}</h2>
      <p className="muted">{t('settings.demoHint')}</p>
      <div className="form-actions">
        <button type="button" onClick={() => void load()} disabled={busy}>
          {t('settings.demoLoad')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() =>
            setStatus(demoCount ? { kind: 'confirm' } : { kind: 'done', text: t('settings.demoNone') })
          }
          disabled={busy}
        >
          {t('settings.demoRemove')}
        </button>
      </div>
      {status.kind === 'confirm' && (
        <div className="confirm" role="alertdialog" aria-label={t('settings.demoRemove')}>
          <p>{t('settings.demoConfirm')}</p>
          <button type="button" className="danger" onClick={() => void remove()} autoFocus>
            {t('settings.demoRemove')}
          </button>
          <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <p role="status" className="demo-status">
        {status.kind === 'busy' && (
          <>
            {t('common.loading')}{' '}
            {status.progress && <progress max={status.progress.total} value={status.progress.done} />}
          </>
        )}
        {status.kind === 'done' && status.text}
        {status.kind === 'error' && <span className="form-error">{t('error.internal')}</span>}
      </p>
    </section>
  );
}
