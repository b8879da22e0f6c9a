import { useEffect, useState } from 'react';
import { encryptExistingData, type EncryptProgress } from '../../db/encryptAtRest';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { encryptionFinished } from './session';

/** One run at a time, however often the page mounts. */
let running: Promise<void> | null = null;

async function encryptAll(onProgress: (p: EncryptProgress) => void): Promise<void> {
  await encryptExistingData(onProgress);
  const done = await invoke('encryption-complete', undefined);
  if (!done.ok) throw new Error(done.error.message);
  await encryptionFinished(done.value);
}

/**
 * The first unlock after the upgrade: the case data written before staff accounts existed is
 * encrypted, with progress. Stopped at any point, it carries on at the next sign-in (every row
 * is either still plain or already encrypted, and both read meanwhile).
 */
export function EncryptingPage() {
  const { t } = useI18n();
  const [progress, setProgress] = useState<EncryptProgress>({ done: 0, total: 0 });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    running ??= encryptAll(setProgress).finally(() => (running = null));
    running.catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <main className="setup">
      <section className="setup-card session-card" aria-labelledby="encrypting-title">
        <h1 id="encrypting-title">{t('session.encrypting.title')}</h1>
        <p className="lead">{t('session.encrypting.body')}</p>
        <progress
          max={Math.max(1, progress.total)}
          value={progress.done}
          aria-labelledby="encrypting-title"
        />
        <p className="muted" role="status">
          {t('session.encrypting.progress', { done: progress.done, total: progress.total })}
        </p>
        {failure && (
          <p className="form-error" role="alert">
            {t('session.encrypting.failed', { reason: failure })}
          </p>
        )}
      </section>
    </main>
  );
}
