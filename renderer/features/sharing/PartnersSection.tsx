import { useState, type FormEvent } from 'react';
import {
  buildPartnerCard,
  MAX_CARD_BYTES,
  readPartnerCard,
  TEXT_LIMITS,
  type PartnerCard,
  type PartnerContact,
} from '../../../shared/bundle';
import { useActor } from '../../app/actor';
import { now } from '../../app/clock';
import { useIdentity } from '../../app/identityContext';
import {
  checkKey,
  decideNewKey,
  refreshPartner,
  trustPartner,
  type Partner,
  type Presented,
} from '../../db/partnerRepo';
import { usePartners } from '../../db/sharingHooks';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { UserText } from '../../ui/UserText';
import { useFormat } from '../../ui/format';
import { fileErrorText } from './fileErrors';
import { hostSigner } from './signer';
import { Fingerprint, KeyChangedDialog, TrustDialog } from './TrustDialogs';

/** The contact person a partner card carries, in the order the card dialog asks for them. */
const CONTACT_KEYS = ['name', 'phone', 'email'] as const satisfies readonly (keyof PartnerContact)[];

type Notice = { readonly ok: boolean; readonly text: string };

function presentedOf(card: PartnerCard): Presented {
  return {
    agency: card.agency,
    publicKey: card.publicKey,
    fingerprint: card.fingerprint,
    contact: card.contact,
  };
}

/**
 * Settings → Partners: the agencies this office exchanges cases with, each with the fingerprint
 * of the key it signs with; a partner added from its card once the fingerprint was compared by
 * phone; this office's own card to give to partners.
 */
export function PartnersSection() {
  const { t } = useI18n();
  const fmt = useFormat();
  const actor = useActor();
  const { identity } = useIdentity();
  const partners = usePartners();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [trust, setTrust] = useState<Presented | null>(null);
  const [changed, setChanged] = useState<{ partner: Partner; presented: Presented } | null>(null);
  const [cardOpen, setCardOpen] = useState(false);

  const addFromCard = async () => {
    setNotice(null);
    const file = await invoke('file-open', {
      title: t('partners.openCardTitle'),
      filters: [{ name: t('partners.cardFilter'), extensions: ['caseline-partner'] }],
      maxBytes: MAX_CARD_BYTES,
    });
    if (!file.ok)
      return setNotice({ ok: false, text: t('exchange.openFailed', { message: file.error.message }) });
    if (file.value === null) return;
    const read = await readPartnerCard(file.value.content, { now: now().instant });
    if (!read.ok) return setNotice({ ok: false, text: fileErrorText(read.error, t) });
    const presented = presentedOf(read.card);
    if (read.card.agency.id === identity.agency.id)
      return setNotice({ ok: false, text: t('partners.ownCard') });
    const check = await checkKey(read.card.agency.id, read.card.fingerprint);
    switch (check.kind) {
      case 'new':
        return setTrust(presented);
      case 'trusted':
        await refreshPartner(presented);
        return setNotice({ ok: true, text: t('partners.alreadyTrusted', { agency: read.card.agency.name }) });
      case 'changed':
        return setChanged({ partner: check.partner, presented });
      case 'refused':
        return setNotice({
          ok: false,
          text: t('receiveProblem.refused-key', {
            agency: check.partner.agency.name,
            date: fmt.instant(
              check.partner.refusedKeys.find((k) => k.fingerprint === read.card.fingerprint)!.decidedAt,
            ),
          }),
        });
    }
  };

  return (
    <section className="card partners" aria-labelledby="partners-title">
      <h2 id="partners-title">{t('partners.title')}</h2>
      <p className="muted">{t('partners.intro')}</p>
      <p className="muted">
        {t('partners.yourFingerprint')} <Fingerprint hex={identity.fingerprint} />
      </p>
      {partners && partners.length === 0 && <p>{t('partners.none')}</p>}
      {partners && partners.length > 0 && (
        <ul className="partner-list" aria-label={t('partners.title')}>
          {partners.map((p) => (
            <li key={p.id}>
              <div className="partner-name">
                <strong>
                  <UserText text={p.agency.name} />
                </strong>{' '}
                <span className="muted">
                  {t(`agencyKind.${p.agency.kind}`)}
                  {p.agency.district && (
                    <>
                      {' · '}
                      <UserText text={p.agency.district} />
                    </>
                  )}
                </span>
              </div>
              <dl>
                {(p.contact.name || p.contact.phone || p.contact.email) && (
                  <>
                    <dt>{t('partners.col.contact')}</dt>
                    <dd>
                      <UserText
                        text={[p.contact.name, p.contact.phone, p.contact.email].filter(Boolean).join(' · ')}
                      />
                    </dd>
                  </>
                )}
                <dt>{t('partners.col.fingerprint')}</dt>
                <dd>
                  <Fingerprint hex={p.key.fingerprint} />
                  {p.previousKeys.length > 0 && (
                    <span className="muted small">
                      {' '}
                      {t('partners.keyReplaced', { date: fmt.instant(p.previousKeys.at(-1)!.replacedAt) })}
                    </span>
                  )}
                </dd>
                <dt>{t('partners.col.since')}</dt>
                <dd>{fmt.instant(p.firstSeenAt)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void addFromCard()}>
          {t('partners.addCard')}
        </button>
        <button type="button" onClick={() => setCardOpen(true)}>
          {t('partners.saveCard')}
        </button>
        {notice && (
          <span role="status" className={notice.ok ? 'ok-text' : 'form-error'}>
            {notice.text}
          </span>
        )}
      </div>
      {trust && (
        <TrustDialog
          presented={trust}
          onClose={() => setTrust(null)}
          onTrust={async () => {
            await trustPartner(trust, 'card', actor, now().instant);
            setTrust(null);
            setNotice({ ok: true, text: t('partners.added', { agency: trust.agency.name }) });
          }}
        />
      )}
      {changed && (
        <KeyChangedDialog
          partner={changed.partner}
          presented={changed.presented}
          onClose={() => setChanged(null)}
          onDecide={async (decision) => {
            await decideNewKey(changed.partner.id, changed.presented, decision, actor, now().instant);
            setChanged(null);
          }}
        />
      )}
      {cardOpen && <CardDialog onClose={() => setCardOpen(false)} />}
    </section>
  );
}

/** Saves this office's partner card: its agency, its key, and whom to call. */
function CardDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useI18n();
  const actor = useActor();
  const { identity } = useIdentity();
  const [contact, setContact] = useState({ name: actor.name, phone: '', email: '' });
  const [notice, setNotice] = useState<Notice | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const card = await buildPartnerCard(
      {
        agency: identity.agency,
        contact: { name: contact.name.trim(), phone: contact.phone.trim(), email: contact.email.trim() },
        installationId: identity.installationId,
        publicKey: identity.publicKey,
        createdAt: now().instant,
      },
      hostSigner,
    );
    if (!card.ok) return setNotice({ ok: false, text: fileErrorText(card.error, t) });
    const saved = await invoke('file-save', {
      title: t('partners.cardTitle'),
      suggestedName: `${identity.agency.name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')}.caseline-partner`,
      filters: [{ name: t('partners.cardFilter'), extensions: ['caseline-partner'] }],
      content: card.text,
      encoding: 'utf8',
    });
    if (!saved.ok) return setNotice({ ok: false, text: saved.error.message });
    if (saved.value) setNotice({ ok: true, text: t('partners.card.saved', { path: saved.value.path }) });
  };

  return (
    <Dialog title={t('partners.cardTitle')} onClose={onClose}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <p className="muted">{t('partners.card.intro')}</p>
        <Fingerprint hex={identity.fingerprint} />
        {CONTACT_KEYS.map((key) => (
          <Field key={key} label={t(`partners.card.${key}`)}>
            <input
              value={contact[key]}
              maxLength={TEXT_LIMITS[key]}
              onChange={(e) => setContact({ ...contact, [key]: e.target.value })}
            />
          </Field>
        ))}
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('partners.card.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
          {notice && (
            <span role="status" className={notice.ok ? 'ok-text' : 'form-error'}>
              {notice.text}
            </span>
          )}
        </div>
      </form>
    </Dialog>
  );
}
