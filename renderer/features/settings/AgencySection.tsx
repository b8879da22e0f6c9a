import { useState, type FormEvent } from 'react';
import { displayFingerprint } from '../../../shared/crypto/signing';
import { isAgencyKind } from '../../../shared/domain/agencies';
import { agencyProblems, type AgencyInput } from '../../../shared/identity';
import { useIdentity } from '../../app/identityContext';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../session';
import { AgencyFields } from './AgencyFields';

/**
 * This office's agency as it signs what it sends: name, kind and district can change; the id and
 * the signing key stay. The key's fingerprint is shown for partners to compare by phone.
 */
export function AgencySection() {
  const { identity, update } = useIdentity();
  const { may } = useSession();
  const { t } = useI18n();
  const [agency, setAgency] = useState<AgencyInput>({
    name: identity.agency.name,
    kind: identity.agency.kind,
    district: identity.agency.district,
  });
  const [problems, setProblems] = useState<ReturnType<typeof agencyProblems>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const next = agencyProblems(agency);
    setProblems(next);
    if (Object.keys(next).length > 0 || !isAgencyKind(agency.kind)) {
      setStatus({ ok: false, text: t('form.fixFields') });
      return;
    }
    const result = await update({
      name: agency.name.trim(),
      kind: agency.kind,
      district: agency.district.trim(),
    });
    setStatus(
      result.ok
        ? { ok: true, text: t('settings.saved') }
        : { ok: false, text: t(`error.${result.error.code}`) },
    );
  };

  return (
    <form className="card" onSubmit={(e) => void save(e)} noValidate aria-labelledby="agency-title">
      <h2 id="agency-title">{t('settings.agency')}</h2>
      {/* Only an administrator changes the agency identity (the host refuses anyone else too). */}
      <fieldset className="plain" disabled={!may('agency-change')}>
        <AgencyFields value={agency} onChange={setAgency} problems={problems} />
      </fieldset>
      <p className="muted">
        {t('settings.fingerprint')}{' '}
        <code className="fingerprint">{displayFingerprint(identity.fingerprint)}</code>
      </p>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!may('agency-change')}>
          {t('common.save')}
        </button>
        {status && (
          <span role="status" className={status.ok ? 'ok-text' : 'form-error'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
