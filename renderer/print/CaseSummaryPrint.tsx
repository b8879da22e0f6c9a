import type { Instant } from '../../shared/dates';
import type { Audience } from '../../shared/domain/audience';
import type { Actor } from '../db/audit';
import type { CaseView } from '../db/caseRows';
import { useI18n } from '../i18n/i18n';
import { useFormat } from '../ui/format';
import { UserText } from '../ui/UserText';
import type { CaseSummaryModel, ReferralContext, SummaryOptions } from './caseSummaryModel';
import { PrintDocument } from './PrintDocument';
import {
  ActionsTable,
  MeasuresTable,
  PrintEntry,
  ReasonList,
  RiskBlock,
  ViewsBlock,
  WithheldNote,
} from './printParts';

type Props = {
  readonly view: CaseView;
  readonly options: SummaryOptions;
  readonly model: CaseSummaryModel;
  readonly referral: ReferralContext;
  readonly printedBy: Actor;
  readonly printedAt: Instant;
  readonly refLabel: (id: string) => string;
};

/** "For: …" as the documents say it. */
export function useAudienceName(): (audience: Audience) => string {
  const { t } = useI18n();
  return (audience) => (audience.kind === 'agency' ? audience.agency.name : t(`audience.${audience.kind}`));
}

/**
 * The case summary a multi-agency meeting reads. The cover answers "why are we discussing this
 * case and how dangerous is it now": why it is brought, the victim's views, risk with who
 * assessed it and the factors found, measures in force, open actions. Then the people and the
 * timeline part the options ask for, and what was withheld. Only ever rendered for printing,
 * in the document's own language.
 */
export function CaseSummaryPrint({ view, options, model, referral, printedBy, printedAt, refLabel }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const audienceName = useAudienceName()(options.audience);
  const { facts, redacted } = model;
  const showContacts = !redacted.contactsRemoved;
  const order = t(options.order === 'newest' ? 'print.timeline.newest' : 'print.timeline.oldest');
  const range = options.range;
  const frame = {
    topLeft: `${t('print.confidential').toUpperCase()} · ${t('print.summaryTitle')} ${view.reference}`,
    topRight: t('print.for', { audience: audienceName }),
    bottomLeft: t('print.printedBy', {
      name: printedBy.name,
      agency: printedBy.agency.name,
      time: fmt.instant(printedAt),
    }),
  };

  return (
    <PrintDocument frame={frame}>
      <header className="print-head">
        <h1>
          {t('print.summaryTitle')} {view.reference}
        </h1>
        <p>
          {t(`status.${view.status}`)}
          {/* Why a case closed can say where the family went: only for this agency's own copy. */}
          {view.status === 'closed' && view.closedReason && options.audience.kind === 'own' ? (
            <>
              {' — '}
              <UserText text={view.closedReason} />
            </>
          ) : null}
        </p>
        <p className="print-meta">{t('print.for', { audience: audienceName })}</p>
      </header>

      <section className="print-keep">
        <h2>{t('print.cover.referral')}</h2>
        <p className="print-meta">
          {referral.kind === 'meeting'
            ? t('print.cover.referralMeeting', { date: fmt.date(referral.heldOn) })
            : t('print.cover.referralNow')}
        </p>
        {model.reasons.length > 0 ? (
          <ReasonList reasons={model.reasons} />
        ) : (
          <p>{t('print.cover.referralNone')}</p>
        )}
      </section>

      <section className="print-keep">
        <h2>{t('print.cover.views')}</h2>
        <ViewsBlock facts={facts} />
      </section>

      <section>
        <h2>{t('case.riskNow')}</h2>
        <RiskBlock facts={facts} withFactors />
      </section>

      <section>
        <h2>{t('print.cover.measures')}</h2>
        <MeasuresTable facts={facts} persons={redacted.persons} />
      </section>

      <section>
        <h2>{t('case.openActions')}</h2>
        <ActionsTable actions={facts.openActions} />
      </section>

      <section>
        <h2>{t('print.persons')}</h2>
        <table>
          <thead>
            <tr>
              <th>{t('caseForm.role')}</th>
              <th>{t('caseForm.name')}</th>
              <th>{t('caseForm.birthDate')}</th>
              {showContacts && <th>{t('caseForm.phone')}</th>}
              {showContacts && <th>{t('caseForm.address')}</th>}
            </tr>
          </thead>
          <tbody>
            {redacted.persons.map((p) => (
              <tr key={p.id}>
                <td>{t(`role.${p.role}`)}</td>
                <td>
                  <UserText text={p.name} />
                </td>
                <td>{p.birthDate ? fmt.date(p.birthDate) : '—'}</td>
                {showContacts && <td>{p.phone ? <UserText text={p.phone} /> : '—'}</td>}
                {showContacts && <td>{p.address ? <UserText text={p.address} /> : '—'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{t('print.timeline')}</h2>
        <p className="print-meta">
          {range.kind === 'all'
            ? t('print.timeline.all', { count: model.readable, order })
            : range.kind === 'since'
              ? t('print.timeline.since', {
                  date: fmt.date(range.date),
                  shown: model.timeline.length,
                  count: model.readable,
                  order,
                })
              : t('print.timeline.sinceMeeting', {
                  date: fmt.date(range.heldOn),
                  shown: model.timeline.length,
                  count: model.readable,
                  order,
                })}
        </p>
        <WithheldNote redacted={redacted} />
        {model.timeline.length === 0 ? (
          <p>{t('print.none')}</p>
        ) : (
          model.timeline.map((e) => <PrintEntry key={e.id} e={e} refLabel={refLabel} />)
        )}
      </section>
    </PrintDocument>
  );
}
