import { useMemo, useState, type ReactNode } from 'react';
import {
  consentHolds,
  consentsOf,
  neverShareList,
  type ConsentRecord,
  type NeverShare,
} from '../../../shared/domain/consent';
import { mayCorrect } from '../../../shared/domain/ownership';
import {
  awaitingAnswerFrom,
  isReplyOverdue,
  referralsOf,
  type Referral,
} from '../../../shared/domain/referrals';
import type { ResolvedEntry } from '../../../shared/domain/timeline';
import type { Entry, EntryDraft, Person } from '../../../shared/domain/types';
import { calendarDateOf } from '../../../shared/dates';
import type { Actor } from '../../db/audit';
import type { CaseView } from '../../db/caseRows';
import { partnerRef } from '../../db/partnerRepo';
import { useCaseLinks, useCaseShares, usePartners } from '../../db/sharingHooks';
import { useI18n } from '../../i18n/i18n';
import type { CaseModel } from '../../model/caseModel';
import { useFormat } from '../../ui/format';
import { UserText } from '../../ui/UserText';
import {
  AnswerDialog,
  ConsentDialog,
  NeverShareDialog,
  RemoveNeverDialog,
  ResponseDialog,
  WithdrawConsentDialog,
  type RecordContext,
} from './RecordDialogs';
import { SendDialog } from './SendDialog';

type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'send' | 'refer' | 'consent' | 'never' }
  | { readonly kind: 'withdraw'; readonly consent: ConsentRecord }
  | { readonly kind: 'unlist'; readonly listed: NeverShare; readonly entry: Entry }
  | { readonly kind: 'respond'; readonly item: ResolvedEntry }
  | { readonly kind: 'answer'; readonly referral: Referral; readonly outcome: 'accepted' | 'declined' };

export type CaseSharingInput = {
  readonly view: CaseView | null | undefined;
  readonly entries: readonly Entry[] | undefined;
  readonly persons: readonly Person[] | undefined;
  readonly model: CaseModel | null;
  readonly actor: Actor;
  readonly save: (...drafts: readonly EntryDraft[]) => Promise<void>;
};

export type CaseSharing = {
  /** The case page's Send… and Refer to… buttons. */
  readonly buttons: ReactNode;
  /** The Sharing section: aliases, consent, the must-never list, referrals, bundles. */
  readonly panel: ReactNode;
  /** Whatever dialog of sharing is open. */
  readonly dialogs: ReactNode;
  /** Whether this office may correct or void an entry (only the agency that wrote it). */
  readonly mayCorrect: (entry: Entry) => boolean;
  /** Extra actions on a timeline entry: Respond to another agency's, answer a referral. */
  readonly entryActions: (item: ResolvedEntry) => ReactNode;
};

/** Everything sharing adds to the case page, with the dialogs it opens. */
export function useCaseSharing(input: CaseSharingInput): CaseSharing {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const { view, entries, persons, model, actor, save } = input;
  const own = actor.agency.id;
  const referrals = useMemo(() => (model ? referralsOf(model.effective) : []), [model]);
  const awaiting = useMemo(() => awaitingAnswerFrom(referrals, own), [referrals, own]);
  const close = () => setOpen({ kind: 'none' });
  const ctx: RecordContext | null = view ? { caseId: view.id, actor, save } : null;

  const buttons = (
    <>
      <button type="button" disabled={!model} onClick={() => setOpen({ kind: 'send' })}>
        {t('sharing.send')}
      </button>
      <button type="button" disabled={!model} onClick={() => setOpen({ kind: 'refer' })}>
        {t('sharing.refer')}
      </button>
    </>
  );

  const entryActions = (item: ResolvedEntry): ReactNode => {
    const e = item.current;
    const answer = awaiting.find((r) => r.originalId === item.originalId);
    return (
      <>
        {answer && !item.voided && (
          <>
            <button
              type="button"
              className="link"
              onClick={() => setOpen({ kind: 'answer', referral: answer, outcome: 'accepted' })}
            >
              {t('sharing.referral.accept')}
            </button>
            <button
              type="button"
              className="link"
              onClick={() => setOpen({ kind: 'answer', referral: answer, outcome: 'declined' })}
            >
              {t('sharing.referral.decline')}
            </button>
          </>
        )}
        {!mayCorrect(e, own) && e.kind !== 'entry-response' && (
          <button
            type="button"
            className="link"
            title={t('timeline.notYours', { agency: e.author.agency.name })}
            onClick={() => setOpen({ kind: 'respond', item })}
          >
            {t('timeline.respond')}
          </button>
        )}
      </>
    );
  };

  const panel =
    view && model ? (
      <SharingPanel view={view} model={model} referrals={referrals} own={own} onOpen={setOpen} />
    ) : null;

  let dialogs: ReactNode = null;
  if (view && model && entries && persons && ctx) {
    switch (open.kind) {
      case 'none':
        break;
      case 'send':
      case 'refer':
        dialogs = (
          <SendDialog
            mode={open.kind}
            view={view}
            entries={entries}
            persons={persons}
            model={model}
            onClose={close}
          />
        );
        break;
      case 'consent':
        dialogs = <ConsentPartners ctx={ctx} onClose={close} />;
        break;
      case 'never':
        dialogs = <NeverPartners ctx={ctx} onClose={close} />;
        break;
      case 'withdraw':
        dialogs = <WithdrawConsentDialog ctx={ctx} consent={open.consent} onClose={close} />;
        break;
      case 'unlist':
        dialogs = <RemoveNeverDialog ctx={ctx} listed={open.listed} entry={open.entry} onClose={close} />;
        break;
      case 'respond':
        dialogs = (
          <ResponseDialog
            ctx={ctx}
            target={open.item.current}
            originalId={open.item.originalId}
            onClose={close}
          />
        );
        break;
      case 'answer':
        dialogs = <AnswerDialog ctx={ctx} referral={open.referral} outcome={open.outcome} onClose={close} />;
        break;
    }
  }

  return { buttons, panel, dialogs, mayCorrect: (e) => mayCorrect(e, own), entryActions };
}

/** The consent dialog with the partner directory as its choices. */
function ConsentPartners({ ctx, onClose }: { readonly ctx: RecordContext; readonly onClose: () => void }) {
  const partners = usePartners();
  return partners ? <ConsentDialog ctx={ctx} partners={partners.map(partnerRef)} onClose={onClose} /> : null;
}

function NeverPartners({ ctx, onClose }: { readonly ctx: RecordContext; readonly onClose: () => void }) {
  const partners = usePartners();
  return partners ? (
    <NeverShareDialog ctx={ctx} agencies={partners.map(partnerRef)} onClose={onClose} />
  ) : null;
}

/** The Sharing section of a case. */
function SharingPanel({
  view,
  model,
  referrals,
  own,
  onOpen,
}: {
  readonly view: CaseView;
  readonly model: CaseModel;
  readonly referrals: readonly Referral[];
  readonly own: string;
  readonly onOpen: (open: Open) => void;
}) {
  const { t } = useI18n();
  const fmt = useFormat();
  const links = useCaseLinks(view.id);
  const shares = useCaseShares(view.id);
  const partners = usePartners();
  const names = (ids: readonly string[]) =>
    ids.map((id) => partners?.find((p) => p.id === id)?.agency.name ?? id).join(', ');
  const today = model.today;
  const consents = consentsOf(model.effective);
  const never = neverShareList(model.effective);
  const aliases = (links ?? []).filter((l) => l.reference !== '' && l.agencyId !== own);

  const consentState = (c: ConsentRecord): string => {
    if (c.withdrawnOn) return t('sharing.consent.withdrawn', { date: fmt.date(c.withdrawnOn) });
    if (c.expiresOn && !consentHolds(c, today))
      return t('sharing.consent.expired', { date: fmt.date(c.expiresOn) });
    return c.expiresOn
      ? t('sharing.consent.until', { date: fmt.date(c.expiresOn) })
      : t('sharing.consent.open');
  };

  const referralState = (r: Referral): string => {
    if (r.answer) {
      const day = fmt.date(calendarDateOf(r.answer.entry.occurredAt));
      return r.answer.outcome === 'accepted'
        ? t('sharing.referral.accepted', { date: day })
        : t('sharing.referral.declined', { date: day, reason: r.answer.reason });
    }
    if (r.replyBy && isReplyOverdue(r, today))
      return t('sharing.referral.overdue', { date: fmt.date(r.replyBy) });
    return r.replyBy
      ? t('sharing.referral.awaiting', { date: fmt.date(r.replyBy) })
      : t('sharing.referral.awaitingNoDate');
  };

  return (
    <section className="case-sharing card" aria-labelledby="sharing-title">
      <h2 id="sharing-title">{t('sharing.title')}</h2>
      {aliases.length > 0 && (
        <p className="muted">
          <UserText
            text={t('sharing.aliases', {
              aliases: aliases.map((a) => `${a.reference} (${a.agency.name})`).join(', '),
            })}
          />
        </p>
      )}
      <div className="sharing-columns">
        <div>
          <h3>{t('sharing.consent.title')}</h3>
          {consents.length === 0 && <p className="muted">{t('sharing.consent.none')}</p>}
          <ul className="sharing-list" aria-label={t('sharing.consent.title')}>
            {consents.map((c) => (
              <li key={c.originalId}>
                <UserText text={c.partner.name} /> — {t(`option.${c.scope}`)}, {consentState(c)}
                {!c.withdrawnOn &&
                  consentHolds(c, today) &&
                  mayCorrect(model.byOriginal.get(c.originalId)!, own) && (
                    <button
                      type="button"
                      className="link"
                      onClick={() => onOpen({ kind: 'withdraw', consent: c })}
                    >
                      {t('sharing.consent.withdraw')}
                    </button>
                  )}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onOpen({ kind: 'consent' })}>
            {t('sharing.consent.record')}
          </button>
        </div>
        <div>
          <h3>{t('sharing.never.title')}</h3>
          {never.length === 0 && <p className="muted">{t('sharing.never.none')}</p>}
          <ul className="sharing-list" aria-label={t('sharing.never.title')}>
            {never.map((n) => {
              const entry = model.byOriginal.get(n.originalId)!;
              return (
                <li key={n.originalId}>
                  <UserText text={n.agency.name} />
                  {n.reason && (
                    <>
                      {' — '}
                      <UserText text={n.reason} />
                    </>
                  )}
                  {mayCorrect(entry, own) && (
                    <button
                      type="button"
                      className="link"
                      onClick={() => onOpen({ kind: 'unlist', listed: n, entry })}
                    >
                      {t('sharing.never.remove')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => onOpen({ kind: 'never' })}>
            {t('sharing.never.add')}
          </button>
        </div>
        <div>
          <h3>{t('sharing.referrals.title')}</h3>
          {referrals.length === 0 && <p className="muted">{t('sharing.referrals.none')}</p>}
          <ul className="sharing-list" aria-label={t('sharing.referrals.title')}>
            {referrals.map((r) => {
              const mine = r.entry.author.agency.id === own;
              const other = mine
                ? (r.partner?.name ?? (r.toKind ? t(`agencyKind.${r.toKind}`) : ''))
                : r.entry.author.agency.name;
              const overdue = isReplyOverdue(r, today);
              return (
                <li key={r.originalId} className={overdue ? 'overdue' : undefined}>
                  {t(mine ? 'sharing.referral.to' : 'sharing.referral.from', { agency: other })}:{' '}
                  {referralState(r)}
                  {!mine && r.answer === null && r.partner?.id === own && (
                    <>
                      <button
                        type="button"
                        className="link"
                        onClick={() => onOpen({ kind: 'answer', referral: r, outcome: 'accepted' })}
                      >
                        {t('sharing.referral.accept')}
                      </button>
                      <button
                        type="button"
                        className="link"
                        onClick={() => onOpen({ kind: 'answer', referral: r, outcome: 'declined' })}
                      >
                        {t('sharing.referral.decline')}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h3>{t('sharing.history.title')}</h3>
          {shares?.length === 0 && <p className="muted">{t('sharing.history.none')}</p>}
          <ul className="sharing-list" aria-label={t('sharing.history.title')}>
            {(shares ?? []).map((s) => (
              <li key={s.id}>
                <span className="muted">{fmt.instant(s.at)}</span>{' '}
                <UserText
                  text={
                    s.direction === 'sent'
                      ? t('sharing.history.sent', { agencies: names(s.partnerIds), count: s.counts.entries })
                      : t('sharing.history.received', { agency: names(s.partnerIds), count: s.counts.fresh })
                  }
                />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
