import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';

export type ProgressState = { readonly phase: string; readonly done: number; readonly total: number };

const PHASES: Readonly<Record<string, MessageKey>> = {
  decrypt: 'receive.phase.decrypt',
  validate: 'receive.phase.validate',
  verify: 'receive.phase.verify',
  compare: 'receive.phase.compare',
  prepare: 'receive.phase.prepare',
  write: 'receive.phase.write',
};

/** Where a long read or merge has got to: its phase, and how far, as a bar and in words. */
export function ProgressLine({ progress }: { readonly progress: ProgressState }) {
  const { t } = useI18n();
  const key = PHASES[progress.phase];
  const phase = key ? t(key) : progress.phase;
  return (
    <div className="progress-line" role="status">
      <progress value={progress.done} max={Math.max(progress.total, 1)} />
      <span>{t('receive.progress', { phase, done: progress.done, total: progress.total })}</span>
    </div>
  );
}
