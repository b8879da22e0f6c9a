import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';
import { UserText } from '../../ui/UserText';
import { PassphraseInput } from '../session';
import {
  cancelRestore,
  openBackup,
  restoreBackup,
  unlockBackup,
  type OpenedBackup,
  type RestoreFailure,
} from './restoreBackup';

type Props = {
  /** An interrupted restore to finish (the host's note), instead of choosing a file. */
  readonly resume?: { readonly backupId: string; readonly name: string };
  readonly onDone: () => void;
  readonly onCancel: () => void;
};

type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'unlock'; readonly backup: OpenedBackup }
  | { readonly kind: 'running'; readonly phase: 'checking' | 'writing'; readonly fraction: number };

/**
 * Restoring a backup into this empty installation: choose the file, type an administrator's
 * passphrase (only administrators' keys open a backup), and the file is checked in full before
 * anything is written. An interrupted restore opens here again to be finished, or given up.
 */
export function RestorePage({ resume, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<RestoreFailure | null>(null);
  const [wrongPassphrase, setWrongPassphrase] = useState(false);

  const failText = (f: RestoreFailure) =>
    f.kind === 'file' ? t(`backup.problem.${f.problem}` as const) : t(`error.${f.code}`);

  const opened = (r: Awaited<ReturnType<typeof openBackup>>) => {
    if (r === null) return;
    if (!r.ok) setFailure(r.failure);
    else setStep({ kind: 'unlock', backup: r.backup });
  };
  const choose = async (source: { title: string } | 'resume') => {
    setFailure(null);
    opened(await openBackup(source));
  };

  useEffect(() => {
    if (resume) void openBackup('resume').then(opened);
    // Once, for the interrupted restore the page was opened for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (step.kind !== 'unlock' || passphrase === '') return;
    const { backup } = step;
    setFailure(null);
    setWrongPassphrase(false);
    setStep({ kind: 'running', phase: 'checking', fraction: 0 });
    const unlocked = await unlockBackup(backup.header, passphrase);
    setPassphrase('');
    if (!unlocked) {
      setWrongPassphrase(true);
      setStep({ kind: 'unlock', backup });
      return;
    }
    const r = await restoreBackup(backup, unlocked, resume !== undefined, (phase, fraction) =>
      setStep({ kind: 'running', phase, fraction }),
    );
    if (r.ok) onDone();
    else {
      setFailure(r.failure);
      setStep({ kind: 'choose' });
    }
  };

  const giveUp = async () => {
    await cancelRestore();
    onCancel();
  };

  return (
    <main className="setup">
      <section className="setup-card" aria-labelledby="restore-title">
        <h1 id="restore-title">{resume ? t('backup.resume.title') : t('backup.restore.title')}</h1>
        <p className="lead">
          {resume ? t('backup.resume.lead', { name: resume.name }) : t('backup.restore.lead')}
        </p>
        {failure && (
          <p className="form-error" role="alert">
            {failText(failure)} {t('backup.nothingChanged')}
          </p>
        )}
        {step.kind === 'choose' && (
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={() => void choose(resume ? 'resume' : { title: t('backup.restore.dialogTitle') })}
            >
              {resume ? t('backup.resume.again') : t('backup.restore.choose')}
            </button>
            <button type="button" onClick={() => void (resume ? giveUp() : onCancel())}>
              {resume ? t('backup.resume.giveUp') : t('common.back')}
            </button>
          </div>
        )}
        {step.kind === 'unlock' && (
          <form onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
            <p>
              {t('backup.restore.file')} <UserText text={step.backup.name} />
              <br />
              {t('backup.restore.of')} <UserText text={step.backup.header.agency.name} />,{' '}
              {fmt.instant(step.backup.header.createdAt)}
            </p>
            <PassphraseInput
              label={t('backup.restore.passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              error={wrongPassphrase ? t('backup.problem.wrong-passphrase') : null}
              autoFocus
            />
            <div className="form-actions">
              <button type="submit" className="primary" disabled={passphrase === ''}>
                {t('backup.restore.submit')}
              </button>
              <button type="button" onClick={() => void (resume ? giveUp() : onCancel())}>
                {resume ? t('backup.resume.giveUp') : t('common.cancel')}
              </button>
            </div>
          </form>
        )}
        {step.kind === 'running' && (
          <div role="status">
            <p>{step.phase === 'checking' ? t('backup.restore.checking') : t('backup.restore.writing')}</p>
            <progress max={1} value={step.fraction} />
          </div>
        )}
      </section>
    </main>
  );
}
