import { useEffect, useState } from 'react';
import type { AgencyIdentity } from '../../../shared/identity';
import { now } from '../../app/clock';
import type { Workspace } from '../../db/workspaceRepo';
import { recordWorkspace } from '../../db/workspaceRepo';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { UserText } from '../../ui/UserText';

/**
 * The case data on this computer belongs to an agency whose identity file is gone. The only way
 * on is a new signing key for that SAME agency (its id kept, so its cases stay its own); partners
 * see the key change and are asked to confirm the new fingerprint.
 */
export function RecoverIdentityPage({
  workspace,
  onDone,
}: {
  workspace: Workspace;
  onDone: (identity: AgencyIdentity) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const recreate = async () => {
    setBusy(true);
    const created = await invoke('identity-create', {
      details: { name: workspace.name, kind: workspace.kind, district: workspace.district },
      agencyId: workspace.agencyId,
    });
    setBusy(false);
    if (!created.ok) {
      setFailure(t(`error.${created.error.code}`));
      return;
    }
    await recordWorkspace(created.value, now().instant);
    onDone(created.value);
  };

  return (
    <main className="setup">
      <section className="setup-card" aria-labelledby="recover-title">
        <h1 id="recover-title">{t('identity.missing.title')}</h1>
        <p className="lead">
          {t('identity.missing.body.before')} <UserText text={workspace.name} />
          {t('identity.missing.body.after')}
        </p>
        <p>{t('identity.missing.partners')}</p>
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <button type="button" className="primary" onClick={() => void recreate()} disabled={busy}>
          {t('identity.missing.action')}
        </button>
      </section>
    </main>
  );
}

/** Something is wrong with the identity that the app must not fix on its own: it says what and stops. */
export function IdentityProblemPage({ title, body }: { title: string; body: string }) {
  const { t } = useI18n();
  const [dataPath, setDataPath] = useState<string | null>(null);
  useEffect(() => {
    void invoke('app-info', undefined).then((r) => r.ok && setDataPath(r.value.dataPath));
  }, []);
  return (
    <main className="setup">
      <section className="setup-card" role="alert" aria-labelledby="identity-problem">
        <h1 id="identity-problem">{title}</h1>
        <p className="lead">{body}</p>
        {dataPath && <p className="muted">{t('identity.dataFolder', { path: dataPath })}</p>}
      </section>
    </main>
  );
}
