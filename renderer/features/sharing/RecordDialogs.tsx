import { useState, type FormEvent, type ReactNode } from 'react';
import { addDays } from '../../../shared/dates';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { agencyFieldValue } from '../../../shared/domain/agencyField';
import type { ConsentRecord, NeverShare } from '../../../shared/domain/consent';
import {
  CONSENT_FORMS,
  CONSENT_SCOPES,
  RESPONSE_STANCES,
  type ConsentScope,
} from '../../../shared/domain/entryKinds';
import type { Referral } from '../../../shared/domain/referrals';
import type { Entry, EntryDraft } from '../../../shared/domain/types';
import { now } from '../../app/clock';
import type { Actor } from '../../db/audit';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { DateInput } from '../../ui/dates/DateInput';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { AgencyField } from '../../ui/SelectFields';
import { sharingDraft, textProblem, useDateLabels } from './formParts';

/** What every record dialog needs: the case, who records, how to save drafts. */
export type RecordContext = {
  readonly caseId: string;
  readonly actor: Actor;
  readonly save: (...drafts: readonly EntryDraft[]) => Promise<void>;
};

/** A dialog with a text and Save: the text is checked, the save reported if it fails. */
function RecordDialog(props: {
  readonly title: string;
  readonly explain?: string;
  readonly textLabel: string;
  readonly textRequired?: boolean;
  readonly submitLabel: string;
  readonly danger?: boolean;
  readonly children?: ReactNode;
  /** A problem of the other fields, or null when they may be saved. */
  readonly fieldsProblem?: string | null;
  readonly onSubmit: (text: string) => Promise<void>;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const problem = textProblem(text, { required: props.textRequired }, t);
    setError(problem);
    if (problem || props.fieldsProblem) return;
    setBusy(true);
    setFailed(false);
    try {
      await props.onSubmit(text.trim());
      props.onClose();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate className="record-form">
        {props.explain && <p className="muted">{props.explain}</p>}
        {props.children}
        {tried && props.fieldsProblem && (
          <p className="form-error" role="alert">
            {props.fieldsProblem}
          </p>
        )}
        <Field label={props.textLabel} error={error}>
          <textarea value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        {failed && (
          <p className="form-error" role="alert">
            {t('dialog.saveFailed')}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className={props.danger ? 'danger' : 'primary'} disabled={busy}>
            {props.submitLabel}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Records the victim's consent to share with one partner: scope, form, last day. */
export function ConsentDialog({
  ctx,
  partners,
  onClose,
}: {
  readonly ctx: RecordContext;
  readonly partners: readonly AgencyRef[];
  readonly onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const labels = useDateLabels();
  const today = now().today;
  const [partnerId, setPartnerId] = useState(partners[0]?.id ?? '');
  const [scope, setScope] = useState<ConsentScope>('case-record');
  const [form, setForm] = useState<string>('consent-written');
  // A calendar date, or '' for a consent that holds until withdrawn.
  const [expiresOn, setExpiresOn] = useState<string>(addDays(today, 182));
  const partner = partners.find((p) => p.id === partnerId);
  return (
    <RecordDialog
      title={t('consent.title')}
      textLabel={t('consent.narrative')}
      submitLabel={t('consent.save')}
      fieldsProblem={partner ? null : t('consent.noPartners')}
      onClose={onClose}
      onSubmit={async (text) => {
        if (!partner) return;
        await ctx.save(
          sharingDraft(
            ctx.caseId,
            'consent-recorded',
            ctx.actor,
            {
              partner: agencyFieldValue(partner),
              scope,
              consentForm: form,
              ...(expiresOn === '' ? {} : { expiresOn }),
            },
            text,
            now().instant,
          ),
        );
      }}
    >
      {partners.length === 0 ? (
        <p className="form-error">{t('consent.noPartners')}</p>
      ) : (
        <AgencyField
          label={t('consent.partner')}
          agencies={partners}
          value={partnerId}
          onChange={setPartnerId}
        />
      )}
      <fieldset className="radios">
        <legend>{t('field.scope')}</legend>
        {CONSENT_SCOPES.map((s) => (
          <label key={s} className="check">
            <input type="radio" name="scope" checked={scope === s} onChange={() => setScope(s)} />
            {t(`option.${s}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <Field label={t('field.consentForm')}>
          <select value={form} onChange={(e) => setForm(e.target.value)}>
            {CONSENT_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`option.${f}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('field.expiresOn')} hint={t('sharing.consent.open')}>
          <DateInput value={expiresOn} onChange={setExpiresOn} lang={lang} labels={labels} min={today} />
        </Field>
      </div>
    </RecordDialog>
  );
}

/** Withdraws a consent from today on. */
export function WithdrawConsentDialog({
  ctx,
  consent,
  onClose,
}: {
  readonly ctx: RecordContext;
  readonly consent: ConsentRecord;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <RecordDialog
      title={t('consent.withdrawTitle', { agency: consent.partner.name })}
      textLabel={t('consent.withdrawReason')}
      textRequired
      submitLabel={t('consent.withdrawSave')}
      danger
      onClose={onClose}
      onSubmit={(text) =>
        ctx.save(
          sharingDraft(
            ctx.caseId,
            'consent-withdrawn',
            ctx.actor,
            { consentEntryId: consent.originalId },
            text,
            now().instant,
          ),
        )
      }
    />
  );
}

/** Puts an agency on the case's must-never list. */
export function NeverShareDialog({
  ctx,
  agencies,
  onClose,
}: {
  readonly ctx: RecordContext;
  readonly agencies: readonly AgencyRef[];
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const [agencyId, setAgencyId] = useState(agencies[0]?.id ?? '');
  const agency = agencies.find((a) => a.id === agencyId);
  return (
    <RecordDialog
      title={t('never.title')}
      textLabel={t('never.reason')}
      textRequired
      submitLabel={t('never.save')}
      fieldsProblem={agency ? null : t('consent.noPartners')}
      onClose={onClose}
      onSubmit={async (reason) => {
        if (!agency) return;
        await ctx.save(
          sharingDraft(
            ctx.caseId,
            'never-share',
            ctx.actor,
            { excludedAgency: agencyFieldValue(agency), reason },
            '',
            now().instant,
          ),
        );
      }}
    >
      {agencies.length === 0 ? (
        <p className="form-error">{t('consent.noPartners')}</p>
      ) : (
        <AgencyField
          label={t('field.excludedAgency')}
          agencies={agencies}
          value={agencyId}
          onChange={setAgencyId}
        />
      )}
    </RecordDialog>
  );
}

/** Takes an agency off the list: a void of the entry that put it there (by its own agency). */
export function RemoveNeverDialog({
  ctx,
  listed,
  entry,
  onClose,
}: {
  readonly ctx: RecordContext;
  readonly listed: NeverShare;
  readonly entry: Entry;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <RecordDialog
      title={t('never.removeTitle', { agency: listed.agency.name })}
      textLabel={t('never.removeReason')}
      textRequired
      submitLabel={t('never.removeSave')}
      onClose={onClose}
      onSubmit={(reason) =>
        ctx.save(
          sharingDraft(
            ctx.caseId,
            'never-share',
            ctx.actor,
            entry.fields,
            entry.narrative,
            entry.occurredAt,
            {
              supersedes: entry.id,
              action: 'void',
              reason,
            },
          ),
        )
      }
    />
  );
}

/** Another agency's answer to an entry it may not correct: disputed, or added information. */
export function ResponseDialog({
  ctx,
  target,
  originalId,
  onClose,
}: {
  readonly ctx: RecordContext;
  readonly target: Entry;
  readonly originalId: string;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const [stance, setStance] = useState<(typeof RESPONSE_STANCES)[number]>('added-information');
  const agency = target.author.agency.name;
  return (
    <RecordDialog
      title={t('response.title', { agency })}
      explain={t('response.explain', { agency })}
      textLabel={t('response.text')}
      textRequired
      submitLabel={t('response.save')}
      onClose={onClose}
      onSubmit={(text) =>
        ctx.save(
          sharingDraft(
            ctx.caseId,
            'entry-response',
            ctx.actor,
            { respondsTo: originalId, stance },
            text,
            now().instant,
          ),
        )
      }
    >
      <fieldset className="radios">
        <legend>{t('field.stance')}</legend>
        {RESPONSE_STANCES.map((s) => (
          <label key={s} className="check">
            <input type="radio" name="stance" checked={stance === s} onChange={() => setStance(s)} />
            {t(`option.${s}` as MessageKey)}
          </label>
        ))}
      </fieldset>
    </RecordDialog>
  );
}

/** The partner's answer to a referral: accepted, or declined with a reason. */
export function AnswerDialog({
  ctx,
  referral,
  outcome,
  onClose,
}: {
  readonly ctx: RecordContext;
  readonly referral: Referral;
  readonly outcome: 'accepted' | 'declined';
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const agency = referral.entry.author.agency.name;
  const declined = outcome === 'declined';
  return (
    <RecordDialog
      title={t(declined ? 'answer.declineTitle' : 'answer.acceptTitle', { agency })}
      explain={t('answer.sendHint', { agency })}
      textLabel={t(declined ? 'answer.reason' : 'answer.note')}
      textRequired={declined}
      submitLabel={t(declined ? 'answer.declineSave' : 'answer.acceptSave')}
      danger={declined}
      onClose={onClose}
      onSubmit={(text) =>
        ctx.save(
          declined
            ? sharingDraft(
                ctx.caseId,
                'referral-declined',
                ctx.actor,
                { referralEntryId: referral.originalId, reason: text },
                '',
                now().instant,
              )
            : sharingDraft(
                ctx.caseId,
                'referral-accepted',
                ctx.actor,
                { referralEntryId: referral.originalId },
                text,
                now().instant,
              ),
        )
      }
    />
  );
}
