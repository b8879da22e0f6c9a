import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { agencyFieldValue } from '../../../shared/domain/agencyField';
import { REFERRAL_URGENCIES } from '../../../shared/domain/entryKinds';
import type { ReferralUrgency } from '../../../shared/domain/referrals';
import type { Entry, Person } from '../../../shared/domain/types';
import { useActor } from '../../app/actor';
import { now } from '../../app/clock';
import { useIdentity } from '../../app/identityContext';
import { useSettings } from '../../app/settingsContext';
import type { CaseView } from '../../db/caseRows';
import { finishEntry } from '../../db/entryRepo';
import { partnerRef, type Partner } from '../../db/partnerRepo';
import { usePartners } from '../../db/sharingHooks';
import { useI18n } from '../../i18n/i18n';
import type { CaseModel } from '../../model/caseModel';
import { DateInput } from '../../ui/dates/DateInput';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useFormat } from '../../ui/format';
import { fileErrorText } from './fileErrors';
import { sharingDraft, textProblem, useDateLabels } from './formParts';
import { OverrideDialog } from './OverrideDialog';
import { defaultUrgency, referralSummary, replyByFor } from './referralPrefill';
import { auditRefusals, MIN_PASSPHRASE, mayGo, planSend, sendBundle, type SendPlan } from './sendFlow';
import { SendPreview } from './SendPreview';

type Props = {
  readonly mode: 'send' | 'refer';
  readonly view: CaseView;
  readonly entries: readonly Entry[];
  readonly persons: readonly Person[];
  readonly model: CaseModel;
  readonly onClose: () => void;
};

type Status = { readonly ok: boolean; readonly text: string } | null;

/**
 * Sends the case to partners, or refers it to one: who (from the directory, with whether each
 * may have it today), what (everything they may read, or only what changed), the preview of
 * what goes and what is left out, the passphrase (or, after a warning, none), and for a
 * referral its reason, urgency, reply date and summary, filled in from the case. A refused send
 * says why and offers a supervisor's override.
 */
export function SendDialog({ mode, view, entries, persons, model, onClose }: Props) {
  const { t, lang } = useI18n();
  const fmt = useFormat();
  const actor = useActor();
  const { identity } = useIdentity();
  const { settings } = useSettings();
  const labels = useDateLabels();
  const partners = usePartners();
  const refer = mode === 'refer';
  const today = now().today;

  const [picked, setChosen] = useState<readonly string[]>([]);
  const [delta, setDelta] = useState(!refer);
  const [note, setNote] = useState('');
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [plain, setPlain] = useState(false);
  const [urgency, setUrgency] = useState<ReferralUrgency>(() => defaultUrgency(model));
  // A calendar date, or '' for none.
  const [replyBy, setReplyBy] = useState<string>(() => replyByFor(defaultUrgency(model), today));
  const [reason, setReason] = useState(() => t('refer.prefill.reason'));
  const [summary, setSummary] = useState(() => referralSummary(model, t, fmt.date));
  const [plan, setPlan] = useState<SendPlan | null>(null);
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [override, setOverride] = useState<Partner | null>(null);

  // A referral goes to one partner: the first, until another is picked.
  const first = partners?.[0]?.id;
  const chosen = useMemo(
    () => (refer && picked.length === 0 && first ? [first] : picked),
    [refer, picked, first],
  );

  const recipients = useMemo(() => (partners ?? []).filter((p) => chosen.includes(p.id)), [partners, chosen]);

  useEffect(() => {
    let live = true;
    void planSend({
      caseId: view.id,
      entries,
      effective: model.effective,
      persons,
      recipients,
      delta: delta && !refer,
      today,
    }).then((p) => live && setPlan(p));
    return () => {
      live = false;
    };
  }, [view.id, entries, model.effective, persons, recipients, delta, refer, today]);

  const toggle = (id: string, on: boolean) =>
    setChosen((c) => (refer ? [id] : on ? [...c, id] : c.filter((x) => x !== id)));

  const check = (): boolean => {
    const next: Record<string, string | null> = {
      pass: plain
        ? null
        : pass.length < MIN_PASSPHRASE
          ? t('send.passphraseShort', { min: MIN_PASSPHRASE })
          : textProblem(pass, {}, t),
      pass2: plain || pass === pass2 ? null : t('send.passphraseDiffers'),
      note: textProblem(note, {}, t),
      reason: refer ? textProblem(reason, { required: true }, t) : null,
      summary: refer ? textProblem(summary, { max: 20_000 }, t) : null,
    };
    setErrors(next);
    return Object.values(next).every((v) => v === null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    if (!plan || recipients.length === 0 || !check()) return;
    const clock = now();
    if (!mayGo(plan)) {
      await auditRefusals(plan, view.id, actor, clock.instant);
      const blocked = plan.decisions.filter((d) => d.open.length > 0);
      setStatus({
        ok: false,
        text: blocked
          .map((d) =>
            t('send.refused', {
              agency: d.partner.name,
              reasons: d.open.map((r) => t(`send.refusal.${r}`)).join('; '),
            }),
          )
          .join(' '),
      });
      return;
    }
    setBusy(true);
    try {
      const partner = recipients[0]!;
      const made = refer
        ? [
            await finishEntry(
              sharingDraft(
                view.id,
                'referral-sent',
                actor,
                {
                  toAgency: partner.agency.kind,
                  reason: reason.trim(),
                  toPartner: agencyFieldValue(partnerRef(partner)),
                  urgency,
                  ...(replyBy === '' ? {} : { replyBy }),
                },
                summary,
                clock.instant,
              ),
              clock.instant,
            ),
          ]
        : [];
      const outcome = await sendBundle({
        plan,
        view,
        identity,
        actor,
        note: note.trim(),
        passphrase: plain ? null : pass,
        made,
        now: clock.instant,
        today: clock.today,
        windowDays: settings.deadlineWindowDays,
        saveTitle: t('send.saveTitle'),
        fileFilter: t('exchange.fileFilter'),
      });
      switch (outcome.kind) {
        case 'saved':
          setStatus({
            ok: true,
            text: t('send.saved', {
              path: outcome.path,
              count: outcome.entries,
              agencies: recipients.map((r) => r.agency.name).join(', '),
            }),
          });
          break;
        case 'cancelled':
          break;
        case 'failed':
          setStatus({
            ok: false,
            text: t('send.failed', {
              message:
                outcome.error.code === 'host' ? outcome.error.message : fileErrorText(outcome.error, t),
            }),
          });
      }
    } finally {
      setBusy(false);
    }
  };

  const title = refer ? t('send.referTitle') : t('send.title');
  return (
    <Dialog title={title} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate className="send-form">
        {partners && partners.length === 0 && <p className="form-error">{t('send.noPartners')}</p>}
        <fieldset className={refer ? 'radios' : 'checks'}>
          <legend>{refer ? t('refer.partner') : t('send.recipients')}</legend>
          {(partners ?? []).map((p) => {
            const decision = plan?.decisions.find((d) => d.partner.id === p.id);
            return (
              <label key={p.id} className="check recipient">
                <input
                  type={refer ? 'radio' : 'checkbox'}
                  name="recipient"
                  checked={chosen.includes(p.id)}
                  onChange={(e) => toggle(p.id, e.target.checked)}
                />
                <span>
                  {p.agency.name}
                  {decision && <RecipientStatus decision={decision} onOverride={() => setOverride(p)} />}
                </span>
              </label>
            );
          })}
        </fieldset>
        {refer ? (
          <>
            <div className="form-row">
              <Field label={t('refer.reason')} error={errors.reason}>
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
              </Field>
              <Field label={t('field.urgency')}>
                <select
                  value={urgency}
                  onChange={(e) => {
                    const u = e.target.value as ReferralUrgency;
                    setUrgency(u);
                    setReplyBy(replyByFor(u, today));
                  }}
                >
                  {REFERRAL_URGENCIES.map((u) => (
                    <option key={u} value={u}>
                      {t(`option.${u}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('field.replyBy')}>
                <DateInput value={replyBy} onChange={setReplyBy} lang={lang} labels={labels} min={today} />
              </Field>
            </div>
            <Field label={t('refer.summary')} hint={t('refer.summaryHint')} error={errors.summary}>
              <textarea value={summary} rows={5} onChange={(e) => setSummary(e.target.value)} />
            </Field>
          </>
        ) : (
          <fieldset className="radios">
            <legend>{t('send.contents')}</legend>
            <label className="check">
              <input type="radio" name="contents" checked={!delta} onChange={() => setDelta(false)} />
              {t('send.full')}
            </label>
            <label className="check">
              <input type="radio" name="contents" checked={delta} onChange={() => setDelta(true)} />
              {t('send.delta')}
            </label>
            {delta && plan && recipients.length > 0 && plan.delta === null && (
              <p className="muted small">{t('send.deltaNever')}</p>
            )}
          </fieldset>
        )}
        <Field label={t('send.note')} error={errors.note}>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        {plan && recipients.length > 0 && <SendPreview plan={plan} extra={refer ? 1 : 0} />}
        <div className="form-row">
          <Field
            label={t('send.passphrase')}
            hint={t('send.passphraseHint', { min: MIN_PASSPHRASE })}
            error={errors.pass}
          >
            <input
              type="password"
              value={pass}
              disabled={plain}
              autoComplete="off"
              onChange={(e) => setPass(e.target.value)}
            />
          </Field>
          <Field label={t('send.passphraseAgain')} error={errors.pass2}>
            <input
              type="password"
              value={pass2}
              disabled={plain}
              autoComplete="off"
              onChange={(e) => setPass2(e.target.value)}
            />
          </Field>
        </div>
        <label className="check">
          <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} />
          {t('send.unencrypted')}
        </label>
        {plain && (
          <p className="notice notice-error" role="alert">
            {t('send.unencryptedWarning')}
          </p>
        )}
        {status && (
          <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'notice' : 'notice notice-error'}>
            {status.text}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || recipients.length === 0}>
            {busy ? t('send.building') : refer ? t('send.saveRefer') : t('send.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </form>
      {override && plan && (
        <OverrideDialog
          caseId={view.id}
          entries={entries}
          partner={override}
          decision={plan.decisions.find((d) => d.partner.id === override.id) ?? null}
          onClose={() => setOverride(null)}
        />
      )}
    </Dialog>
  );
}

/** Whether a recipient may have the case today, and the way past a refusal. */
function RecipientStatus({
  decision,
  onOverride,
}: {
  readonly decision: SendPlan['decisions'][number];
  readonly onOverride: () => void;
}) {
  const { t } = useI18n();
  const fmt = useFormat();
  if (decision.open.length > 0) {
    return (
      <span className="recipient-status refused">
        {' — '}
        {decision.open.map((r) => t(`send.refusal.${r}`)).join('; ')}{' '}
        <button type="button" className="link" onClick={onOverride}>
          {t('send.override')}
        </button>
      </span>
    );
  }
  const text = decision.override
    ? t('send.status.override')
    : decision.consent?.expiresOn
      ? t('send.status.consent', { date: fmt.date(decision.consent.expiresOn) })
      : t('send.status.consentOpen');
  return <span className="recipient-status muted">{` — ${text}`}</span>;
}
