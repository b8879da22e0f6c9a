import { useState } from 'react';
import { displayFingerprint } from '../../../shared/crypto/signing';
import type { PartnerContact, Partner, Presented } from '../../db/partnerRepo';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { UserText } from '../../ui/UserText';
import { useFormat } from '../../ui/format';

/** A fingerprint as people read it aloud: six groups of five digits. */
export function Fingerprint({ hex }: { readonly hex: string }) {
  return <code className="fingerprint fingerprint-big">{displayFingerprint(hex)}</code>;
}

function ContactLine({ contact }: { readonly contact: PartnerContact | undefined }) {
  const parts = contact ? [contact.name, contact.phone, contact.email].filter((s) => s.trim() !== '') : [];
  return parts.length > 0 ? (
    <p className="muted">
      <UserText text={parts.join(' · ')} />
    </p>
  ) : null;
}

/**
 * Trust on first use: an agency never seen here presents its key. The person calls it and
 * compares the fingerprint digit by digit before trusting it; until then nothing is stored.
 */
export function TrustDialog({
  presented,
  onTrust,
  onClose,
}: {
  readonly presented: Presented;
  readonly onTrust: () => Promise<void>;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const agency = presented.agency.name;
  const trust = async () => {
    setBusy(true);
    try {
      await onTrust();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('receive.trust.title', { agency })} onClose={onClose}>
      <p>{t('receive.trust.body', { agency })}</p>
      <p className="muted">
        {t(`agencyKind.${presented.agency.kind}`)}
        {presented.agency.district && (
          <>
            {' · '}
            <UserText text={presented.agency.district} />
          </>
        )}
      </p>
      <ContactLine contact={presented.contact} />
      <Fingerprint hex={presented.fingerprint} />
      <p className="muted small">{t('receive.trust.hint')}</p>
      {failed && (
        <p className="form-error" role="alert">
          {t('dialog.saveFailed')}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void trust()}>
          {t('receive.trust.confirm', { agency })}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * A known agency presents another key than the one trusted here: a strong warning, both
 * fingerprints, and the decision, which is kept and audited. Closing decides nothing.
 */
export function KeyChangedDialog({
  partner,
  presented,
  onDecide,
  onClose,
}: {
  readonly partner: Partner;
  readonly presented: Presented;
  readonly onDecide: (decision: 'accept' | 'refuse') => Promise<void>;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const fmt = useFormat();
  const [busy, setBusy] = useState(false);
  const agency = partner.agency.name;
  const decide = async (decision: 'accept' | 'refuse') => {
    setBusy(true);
    try {
      await onDecide(decision);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('receive.keyChanged.title', { agency })} onClose={onClose}>
      <p className="notice notice-error" role="alert">
        {t('receive.keyChanged.body', { agency })}
      </p>
      <ContactLine contact={partner.contact} />
      <dl className="key-compare">
        <dt>{t('receive.keyChanged.trusted', { date: fmt.instant(partner.key.decidedAt) })}</dt>
        <dd>
          <Fingerprint hex={partner.key.fingerprint} />
        </dd>
        <dt>{t('receive.keyChanged.new')}</dt>
        <dd>
          <Fingerprint hex={presented.fingerprint} />
        </dd>
      </dl>
      <p>{t('receive.keyChanged.call', { agency })}</p>
      <div className="form-actions">
        <button type="button" className="danger" disabled={busy} onClick={() => void decide('accept')}>
          {t('receive.keyChanged.accept')}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide('refuse')}>
          {t('receive.keyChanged.refuse')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
