/**
 * Pieces every printed document shares (the case summary, the meeting pack, the minutes): why
 * a case is brought, risk with who assessed it and the factors as statements, measures in force
 * with days left, actions with their owners, one timeline entry, and what was withheld. Each
 * reads the facts its document computed from what the audience may read.
 */
import { calendarDateOf, type CalendarDate } from '../../shared/dates';
import { isAgencyKind } from '../../shared/domain/agencies';
import type { AgendaReason } from '../../shared/domain/agenda';
import type { Redacted } from '../../shared/domain/audience';
import type { CaseFacts, OpenActionToday } from '../../shared/domain/caseFacts';
import { assessmentFromFields } from '../../shared/domain/risk';
import type { Entry, Person } from '../../shared/domain/types';
import { useI18n, type Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/catalogue';
import { EntryFields } from '../ui/entry/EntryFields';
import { Sentence } from '../ui/entry/Sentence';
import { UserText } from '../ui/UserText';
import { useFormat } from '../ui/format';

type Fmt = ReturnType<typeof useFormat>;

/** An agency kind's name, or the text itself when it is not a kind. */
export function agencyName(t: Translate, kind: string): string {
  return isAgencyKind(kind) ? t(`agencyKind.${kind}`) : kind;
}

/** One reason a case is brought to a meeting, as a phrase. */
export function reasonText(r: AgendaReason, t: Translate, fmt: Fmt): string {
  switch (r.kind) {
    case 'high-risk':
      return t('agenda.reason.high-risk');
    case 'risk-rose':
      return t('agenda.reason.risk-rose', {
        from: t(`risk.level.${r.from}`),
        to: t(`risk.level.${r.to}`),
      });
    case 'overdue-action':
      return t('agenda.reason.overdue-action', { count: r.count, date: fmt.date(r.oldest) });
    default:
      return t(`agenda.reason.${r.kind}`, { date: fmt.date(calendarDateOf(r.at)) });
  }
}

/** The reasons as a list; "added by the chair" when there are none. */
export function ReasonList({ reasons }: { reasons: readonly AgendaReason[] }) {
  const { t } = useI18n();
  const fmt = useFormat();
  if (reasons.length === 0) return <p>{t('agenda.reason.none')}</p>;
  return (
    <ul className="print-reasons">
      {reasons.map((r, i) => (
        <li key={i}>{reasonText(r, t, fmt)}</li>
      ))}
    </ul>
  );
}

/** Risk now: the level, who assessed it and when, judgement or escalation, the factors as statements. */
export function RiskBlock({ facts, withFactors }: { facts: CaseFacts; withFactors: boolean }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const risk = facts.risk;
  if (!risk) return <p>{t('case.noAssessment')}</p>;
  const by = facts.riskAssessedBy;
  return (
    <>
      <p className="print-risk">
        <strong className={`print-level level-${risk.level}`}>{t(`risk.level.${risk.level}`)}</strong>
        {by && (
          <>
            {' '}
            {t('print.cover.assessedBy', {
              name: by.name,
              agency: by.agency.name,
              date: fmt.date(calendarDateOf(risk.occurredAt)),
            })}
          </>
        )}
      </p>
      {risk.overridden && (
        <p className="print-meta">
          {t('print.cover.overridden', { computed: t(`risk.level.${risk.computedLevel}`) })}
        </p>
      )}
      {risk.raisedByEscalation && <p className="print-meta">{t('print.cover.raised')}</p>}
      {facts.trend.length > 1 && (
        <p className="print-meta">
          {t('print.riskHistory')}:{' '}
          {facts.trend
            .map((p) => `${fmt.date(calendarDateOf(p.occurredAt))} ${t(`risk.level.${p.level}`)}`)
            .join(' → ')}
        </p>
      )}
      {withFactors && (
        <div className="print-keep">
          <h3>{t('print.cover.factors')}</h3>
          {facts.riskFactors.length === 0 ? (
            <p>{t('print.cover.noFactors')}</p>
          ) : (
            <ul className="print-factors">
              {facts.riskFactors.map((id) => (
                <li key={id}>{t(`print.factor.${id}` as MessageKey)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

/** Days left of a measure in words. */
function daysLeft(t: Translate, days: number | null): string {
  if (days === null) return t('measure.noEnd');
  return days === 0 ? t('print.lastDay') : t('print.daysLeft', { count: days });
}

/** The measures in force: what, against whom, since and until, days left, breaches. */
export function MeasuresTable({ facts, persons }: { facts: CaseFacts; persons: readonly Person[] }) {
  const { t } = useI18n();
  const fmt = useFormat();
  if (facts.activeMeasures.length === 0) return <p>{t('print.cover.noMeasures')}</p>;
  const name = (id: string | null) => persons.find((p) => p.id === id)?.name ?? '—';
  return (
    <table>
      <thead>
        <tr>
          <th>{t('field.measure')}</th>
          <th>{t('print.against')}</th>
          <th>{t('field.startsOn')}</th>
          <th>{t('print.until')}</th>
          <th>{t('print.state')}</th>
        </tr>
      </thead>
      <tbody>
        {facts.activeMeasures.map((m) => (
          <tr key={m.orderEntryId}>
            <td>{t(`option.${m.measure}`)}</td>
            <td>
              <UserText text={name(m.againstPersonId)} />
            </td>
            <td>{fmt.date(m.startsOn)}</td>
            <td>{m.endsOn ? fmt.date(m.endsOn) : t('measure.noEnd')}</td>
            <td>
              {daysLeft(t, m.daysLeft)}
              {m.breaches.length > 0 ? ` · ${t('measure.breaches', { count: m.breaches.length })}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Open actions: what, the owner agency and named person, due date, overdue. */
export function ActionsTable({
  actions,
  caseOf,
}: {
  actions: readonly OpenActionToday[];
  /** Shown in a first column when the table spans several cases. */
  caseOf?: (a: OpenActionToday) => string;
}) {
  const { t } = useI18n();
  const fmt = useFormat();
  if (actions.length === 0) return <p>{t('case.noActions')}</p>;
  return (
    <table className="print-actions">
      <thead>
        <tr>
          {caseOf && <th>{t('pack.col.case')}</th>}
          <th>{t('pack.col.action')}</th>
          <th>{t('print.owner')}</th>
          <th>{t('print.person')}</th>
          <th>{t('pack.col.due')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.originalId}>
            {caseOf && <td className="nowrap">{caseOf(a)}</td>}
            <td>
              <UserText text={a.text} />
            </td>
            <td>{a.ownerAgencyRef?.name ?? agencyName(t, a.ownerAgency)}</td>
            <td>{a.ownerPerson ? <UserText text={a.ownerPerson} /> : '—'}</td>
            <td className="nowrap">
              {a.dueOn ? fmt.date(a.dueOn) : '—'}
              {a.overdue && <strong className="print-overdue"> · {t('print.overdue')}</strong>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The victim's views as last reported to a meeting, and by whom. */
export function ViewsBlock({ facts }: { facts: CaseFacts }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const v = facts.victimViews;
  if (!v) return <p>{t('print.cover.viewsNone')}</p>;
  const date = fmt.date(calendarDateOf(v.at));
  return (
    <>
      <p className="print-quote">
        <UserText text={v.text} />
      </p>
      <p className="print-meta">
        {v.reportedBy
          ? t('print.cover.viewsBy', { date, by: v.reportedBy })
          : t('print.cover.viewsAt', { date })}
      </p>
    </>
  );
}

/** What the audience may not read was left out, how much, and what was left out by hand. */
export function WithheldNote({ redacted }: { redacted: Redacted }) {
  const { t } = useI18n();
  return (
    <div className="print-withheld">
      {redacted.withheld > 0 ? (
        <>
          <p className="print-note">{t('print.withheld', { count: redacted.withheld })}</p>
          <p className="print-meta">
            {t('print.withheldDetail', {
              internal: redacted.withheldInternal,
              restricted: redacted.withheldRestricted,
            })}
          </p>
        </>
      ) : (
        <p className="print-meta">{t('print.nothingWithheld')}</p>
      )}
      {redacted.leftOut > 0 && (
        <p className="print-note">{t('print.leftOut', { count: redacted.leftOut })}</p>
      )}
      {redacted.contactsRemoved && <p className="print-meta">{t('print.contactsRemoved')}</p>}
    </div>
  );
}

/** One timeline entry, kept whole on one page: who wrote it on its first line, then fields and narrative. */
export function PrintEntry({
  e,
  refLabel,
  compact = false,
}: {
  e: Entry;
  refLabel: (id: string) => string;
  /** The pack's list of what changed: no author. */
  compact?: boolean;
}) {
  const { t } = useI18n();
  const fmt = useFormat();
  // Names and agencies were typed by someone (or carried by a bundle): each is isolated, so a
  // direction override in one cannot reorder the line around it.
  const basis =
    e.basis.kind === 'reported' ? (
      <>
        {' · '}
        <Sentence message="timeline.reportedBy" values={{ by: e.basis.by }} />
      </>
    ) : e.basis.kind === 'opinion' ? (
      ` · ${t('entry.basis.opinion')}`
    ) : null;
  return (
    <div className="print-entry">
      <p className="print-entry-head">
        <strong>{fmt.instant(e.occurredAt)}</strong> · {t(`kind.${e.kind}`)} ·{' '}
        <UserText text={e.author.agency.name} />
        {e.correction?.action === 'correct' ? ` · ${t('timeline.corrected')}` : ''}
        {!compact && (
          <span className="print-entry-by">
            {' — '}
            <UserText text={e.author.name} />
            {basis}
            {e.sourceAgency && (
              <>
                {' · '}
                <Sentence message="timeline.source" values={{ agency: e.sourceAgency }} />
              </>
            )}
          </span>
        )}
      </p>
      {e.kind === 'risk-assessment' ? (
        <AssessmentLines e={e} />
      ) : (
        <EntryFields entry={e} refLabel={refLabel} />
      )}
      {e.narrative && (
        <p className="narrative">
          <UserText text={e.narrative} />
        </p>
      )}
    </div>
  );
}

/** A risk assessment in print: the level, the score, the factors found as statements, any judgement. */
function AssessmentLines({ e }: { e: Entry }) {
  const { t } = useI18n();
  const a = assessmentFromFields(e.fields);
  const yes = a.score.reasons;
  return (
    <>
      <p>
        <strong className={`print-level level-${a.level}`}>{t(`risk.level.${a.level}`)}</strong> ·{' '}
        {t('risk.score', { score: a.storedScore ?? a.score.score, max: a.score.maxScore })}
        {a.override
          ? ` · ${t('print.cover.overridden', { computed: t(`risk.level.${a.score.computedLevel}`) })}`
          : ''}
      </p>
      {a.override && (
        <p className="print-meta">
          <UserText text={a.override.reason} />
        </p>
      )}
      {yes.length > 0 && (
        <ul className="print-factors">
          {yes.map((id) => (
            <li key={id}>{t(`print.factor.${id}` as MessageKey)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A calendar date as the document's language writes it (for texts built outside components). */
export function dateText(fmt: Fmt, date: CalendarDate | null): string {
  return date ? fmt.date(date) : '—';
}
