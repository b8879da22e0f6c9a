import { instantMs, type Instant } from '../../shared/dates';
import { isAgencyKind } from '../../shared/domain/agencies';
import type { Audience, Redacted } from '../../shared/domain/audience';
import type { Entry } from '../../shared/domain/types';
import type { Actor } from '../db/audit';
import type { CaseView } from '../db/caseRows';
import { useI18n } from '../i18n/i18n';
import { useFormat } from '../ui/format';
import { EntryFields } from '../ui/entry/EntryFields';
import type { CaseModel } from '../model/caseModel';

type Props = {
  readonly view: CaseView;
  readonly audience: Audience;
  /** What this audience may read (see shared/domain/audience.ts). */
  readonly redacted: Redacted;
  /** The case model computed from the redacted entries only. */
  readonly model: Omit<CaseModel, 'resolved'>;
  readonly printedBy: Actor;
  readonly printedAt: Instant;
  readonly refLabel: (id: string) => string;
};

/**
 * The case summary a multi-agency meeting reads: who is involved, how dangerous it is now,
 * measures and open actions, then the timeline. Only ever rendered for printing.
 */
export function CaseSummaryPrint({ view, audience, redacted, model, printedBy, printedAt, refLabel }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const audienceName = audience.kind === 'agency' ? audience.agency.name : t(`audience.${audience.kind}`);
  const owner = (v: string) => (isAgencyKind(v) ? t(`agencyKind.${v}`) : v);
  const timeline = [...redacted.entries]
    .map((e) => e.entry)
    .sort((a, b) => instantMs(a.occurredAt) - instantMs(b.occurredAt));
  const showContacts = !redacted.contactsRemoved;

  return (
    <article className="print-doc">
      {/* A table's header row repeats on every printed page: whose document this is. */}
      <table className="print-frame">
        <thead>
          <tr>
            <td>
              <p className="print-banner">
                {t('print.confidential')} · {t('print.for', { audience: audienceName })} · {view.reference}
              </p>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <header className="print-head">
                <h1>
                  {t('print.summaryTitle')} {view.reference}
                </h1>
                <p>
                  {t(`status.${view.status}`)}
                  {/* Why a case closed can say where the family went: only for this agency's own copy. */}
                  {view.status === 'closed' && view.closedReason && audience.kind === 'own'
                    ? ` — ${view.closedReason}`
                    : ''}
                </p>
                <p className="print-meta">
                  {t('print.printedBy', {
                    name: printedBy.name,
                    agency: printedBy.agency.name,
                    time: fmt.instant(printedAt),
                  })}
                </p>
                {redacted.withheld > 0 && (
                  <p className="print-note">{t('print.withheld', { count: redacted.withheld })}</p>
                )}
                {redacted.contactsRemoved && <p className="print-note">{t('print.contactsRemoved')}</p>}
              </header>

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
                        <td>{p.name}</td>
                        <td>{p.birthDate ? fmt.date(p.birthDate) : '—'}</td>
                        {showContacts && <td>{p.phone || '—'}</td>}
                        {showContacts && <td>{p.address || '—'}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>

              <section>
                <h2>{t('case.riskNow')}</h2>
                {model.risk ? (
                  <p>
                    <strong>{t(`risk.level.${model.risk.level}`)}</strong> ·{' '}
                    {fmt.instant(model.risk.occurredAt)}
                    {model.risk.overridden ? ` · ${t('risk.override')}` : ''}
                  </p>
                ) : (
                  <p>{t('case.noAssessment')}</p>
                )}
                {model.trend.length > 1 && (
                  <p className="print-meta">
                    {t('print.riskHistory')}:{' '}
                    {model.trend
                      .map((p) => `${fmt.instant(p.occurredAt)} ${t(`risk.level.${p.level}`)}`)
                      .join(' → ')}
                  </p>
                )}
              </section>

              <section>
                <h2>{t('print.measures')}</h2>
                {model.measures.length === 0 ? (
                  <p>{t('case.noMeasures')}</p>
                ) : (
                  <table>
                    <thead>
                      <tr>
                        <th>{t('field.measure')}</th>
                        <th>{t('print.state')}</th>
                        <th>{t('field.startsOn')}</th>
                        <th>{t('print.until')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {model.measures.map((m) => (
                        <tr key={m.orderEntryId}>
                          <td>{t(`option.${m.measure}`)}</td>
                          <td>
                            {t(`measure.state.${m.state}`)}
                            {m.breaches.length > 0
                              ? ` · ${t('measure.breaches', { count: m.breaches.length })}`
                              : ''}
                          </td>
                          <td>{fmt.date(m.startsOn)}</td>
                          <td>{m.endsOn ? fmt.date(m.endsOn) : t('measure.noEnd')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>

              <section>
                <h2>{t('case.openActions')}</h2>
                {model.openActions.length === 0 ? (
                  <p>{t('case.noActions')}</p>
                ) : (
                  <table>
                    <thead>
                      <tr>
                        <th>{t('field.action')}</th>
                        <th>{t('field.ownerAgency')}</th>
                        <th>{t('field.dueOn')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {model.openActions.map((a) => (
                        <tr key={a.originalId}>
                          <td>{a.text}</td>
                          <td>{owner(a.ownerAgency)}</td>
                          <td>{a.dueOn ? fmt.date(a.dueOn) : '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>

              <section>
                <h2>{t('print.timeline')}</h2>
                {timeline.length === 0 ? (
                  <p>{t('print.none')}</p>
                ) : (
                  timeline.map((e) => <PrintEntry key={e.id} e={e} refLabel={refLabel} />)
                )}
              </section>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

function PrintEntry({ e, refLabel }: { e: Entry; refLabel: (id: string) => string }) {
  const { t } = useI18n();
  const fmt = useFormat();
  return (
    <div className="print-entry">
      <p className="print-entry-head">
        <strong>{fmt.instant(e.occurredAt)}</strong> · {t(`kind.${e.kind}`)} · {e.author.agency.name}
        {e.correction?.action === 'correct' ? ` · ${t('timeline.corrected')}` : ''}
      </p>
      <EntryFields entry={e} refLabel={refLabel} />
      {e.narrative && <p className="narrative">{e.narrative}</p>}
      <p className="print-meta">
        {t('timeline.recordedBy', { name: e.author.name, agency: e.author.agency.name })}
        {e.basis.kind === 'reported' ? ` · ${t('timeline.reportedBy', { by: e.basis.by })}` : ''}
        {e.basis.kind === 'opinion' ? ` · ${t('entry.basis.opinion')}` : ''}
        {e.sourceAgency ? ` · ${t('timeline.source', { agency: e.sourceAgency })}` : ''}
      </p>
    </div>
  );
}
