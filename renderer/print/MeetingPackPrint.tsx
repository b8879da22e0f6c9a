import { calendarDateOf, type Instant } from '../../shared/dates';
import type { Audience } from '../../shared/domain/audience';
import { attendees, type Meeting } from '../../shared/domain/meeting';
import type { EntryKind } from '../../shared/domain/entryKinds';
import type { Actor } from '../db/audit';
import { useI18n } from '../i18n/i18n';
import { useFormat } from '../ui/format';
import { useRefLabel } from '../model/useRefLabel';
import { UserText } from '../ui/UserText';
import { useAudienceName } from './CaseSummaryPrint';
import type { MeetingDocCase } from './meetingDocModel';
import { PrintDocument } from './PrintDocument';
import {
  ActionsTable,
  MeasuresTable,
  PrintEntry,
  ReasonList,
  RiskBlock,
  WithheldNote,
  reasonText,
} from './printParts';

/** Ruled lines in the room for notes beside each case. */
const NOTE_LINES = 7;

type Props = {
  readonly meeting: Meeting;
  readonly cases: readonly MeetingDocCase[];
  readonly audience: Audience;
  /** Where "since the last meeting" begins, and whether there was one. */
  readonly baseline: { readonly day: string; readonly first: boolean };
  readonly printedBy: Actor;
  readonly printedAt: Instant;
};

/** "12.03.2026, 10:00" or the day alone. */
export function useMeetingWhen(): (m: Pick<Meeting, 'heldOn' | 'startsAt'>) => string {
  const { t } = useI18n();
  const fmt = useFormat();
  return (m) =>
    m.startsAt ? t('meetings.when', { date: fmt.date(m.heldOn), time: m.startsAt }) : fmt.date(m.heldOn);
}

/**
 * The meeting pack: a cover (when, where, who chairs, the agencies, the confidentiality
 * statement) with the agenda; a page per case (why it is discussed, risk and its trend,
 * measures in force, what changed since the last meeting, open actions, room for notes); and the
 * open actions of every case together. Built for one audience (meetingDocModel.ts).
 */
export function MeetingPackPrint({ meeting, cases, audience, baseline, printedBy, printedAt }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const when = useMeetingWhen();
  const audienceName = useAudienceName()(audience);
  const present = attendees(meeting);
  const frame = {
    topLeft: `${t('print.confidential').toUpperCase()} · ${t('pack.title')} · ${fmt.date(meeting.heldOn)}`,
    topRight: t('print.for', { audience: audienceName }),
    bottomLeft: t('print.printedBy', {
      name: printedBy.name,
      agency: printedBy.agency.name,
      time: fmt.instant(printedAt),
    }),
  };
  const allActions = cases.flatMap((c) => c.facts.openActions.map((a) => ({ a, ref: c.item.reference })));
  const refOf = new Map(allActions.map((x) => [x.a.originalId, x.ref]));

  return (
    <PrintDocument frame={frame}>
      <section className="pack-cover">
        <header className="print-head">
          <h1>{t('pack.heading')}</h1>
          <p>{t('pack.title')}</p>
        </header>
        <dl>
          <dt>{t('pack.when')}</dt>
          <dd>{when(meeting)}</dd>
          <dt>{t('pack.place')}</dt>
          <dd>{meeting.place ? <UserText text={meeting.place} /> : '—'}</dd>
          <dt>{t('pack.chair')}</dt>
          <dd>
            <UserText text={meeting.chair.name} />
          </dd>
          <dt>{present.length > 0 ? t('pack.present') : t('pack.invited')}</dt>
          <dd>
            <UserText text={(present.length > 0 ? present : meeting.invited).map((a) => a.name).join('; ')} />
          </dd>
          <dt>{t('print.audience')}</dt>
          <dd>{audienceName}</dd>
        </dl>
        <div className="pack-confidential">
          <h2>{t('pack.confidentialityTitle')}</h2>
          <p>{t('pack.confidentiality')}</p>
        </div>
        <h2>{t('pack.agenda')}</h2>
        <p className="print-meta keep-next">{t('pack.cases', { count: cases.length })}</p>
        <table>
          <thead>
            <tr>
              <th>{t('pack.col.no')}</th>
              <th>{t('pack.col.case')}</th>
              <th>{t('pack.col.victim')}</th>
              <th>{t('pack.col.risk')}</th>
              <th>{t('pack.col.why')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c, i) => (
              <tr key={c.item.caseId}>
                <td>{i + 1}</td>
                <td className="nowrap">{c.item.reference}</td>
                <td>
                  <UserText text={c.victimName} />
                </td>
                <td>{c.facts.risk ? t(`risk.level.${c.facts.risk.level}`) : '—'}</td>
                <td>
                  {c.reasons.length === 0
                    ? t('pack.addedByChair')
                    : c.reasons.map((r) => reasonText(r, t, fmt)).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {cases.map((c, i) => (
        <section key={c.item.caseId} className="pack-case">
          <div className="pack-case-head">
            <h2>{t('pack.caseHeading', { n: i + 1, reference: c.item.reference })}</h2>
            <span>
              <UserText text={c.victimName} /> · {t(`status.${c.status}`)}
            </span>
          </div>
          {/* Room for notes beside why the case is discussed and its risk: at the top of the case's
              first page, where it always fits, so it never pushes a page of its own. */}
          <div className="pack-case-top">
            <div>
              <h3>{t('pack.col.why')}</h3>
              <ReasonList reasons={c.reasons} />
              <h3>{t('case.riskNow')}</h3>
              <RiskBlock facts={c.facts} withFactors={false} />
              {c.facts.openActions.length === 0 && <p className="print-meta">{t('case.noActions')}</p>}
              <WithheldNote redacted={c.redacted} />
            </div>
            <div className="pack-notes">
              <h3>{t('pack.notes')}</h3>
              <div className="notes-area" aria-hidden="true">
                {Array.from({ length: NOTE_LINES }, (_, n) => (
                  <div key={n} className="notes-line" />
                ))}
              </div>
            </div>
          </div>
          <h3>{t('print.cover.measures')}</h3>
          <MeasuresTable facts={c.facts} persons={c.redacted.persons} />
          <h3>
            {baseline.first
              ? t('pack.changesFirst', { date: fmt.date(baseline.day) })
              : t('pack.changes', { date: fmt.date(baseline.day) })}
          </h3>
          <Changes c={c} />
          {c.facts.openActions.length > 0 && (
            <>
              <h3 className="keep-next">{t('case.openActions')}</h3>
              <ActionsTable actions={c.facts.openActions} />
            </>
          )}
        </section>
      ))}

      <section className="pack-section-page">
        <h2>{t('pack.actionList')}</h2>
        {allActions.length === 0 ? (
          <p>{t('pack.noOpenActions')}</p>
        ) : (
          <ActionsTable actions={allActions.map((x) => x.a)} caseOf={(a) => refOf.get(a.originalId) ?? ''} />
        )}
      </section>
    </PrintDocument>
  );
}

/** What changed since the last meeting: the risk, then every new entry this audience may read. */
function Changes({ c }: { c: MeetingDocCase }) {
  const { t } = useI18n();
  const fmt = useFormat();
  // References are named from what this audience may read of this case only.
  const refLabel = useRefLabel(c.facts.byOriginal);
  const { risk } = c.changes;
  const level = (l: NonNullable<typeof risk.to>) => t(`risk.level.${l}`);
  const counts = [...new Set(c.newEntries.map((e) => e.kind))].map((k): [EntryKind, number] => [
    k,
    c.newEntries.filter((e) => e.kind === k).length,
  ]);
  // What was written down since the meeting about earlier events: counted, not listed.
  const late = c.lateEntries.oldest && (
    <p className="print-meta">
      {t('pack.lateEntries', {
        count: c.lateEntries.count,
        date: fmt.date(calendarDateOf(c.lateEntries.oldest)),
      })}
    </p>
  );
  return (
    <>
      {risk.to && risk.from && risk.rose && (
        <p className="print-note">{t('pack.riskRose', { from: level(risk.from), to: level(risk.to) })}</p>
      )}
      {risk.to && risk.from && risk.fell && (
        <p>{t('pack.riskFell', { from: level(risk.from), to: level(risk.to) })}</p>
      )}
      {risk.to && !risk.from && <p>{t('pack.riskFirst', { to: level(risk.to) })}</p>}
      {c.newEntries.length === 0 ? (
        <>
          <p>{t('pack.noChanges')}</p>
          {late}
        </>
      ) : (
        <>
          <p className="print-meta">
            {t('pack.newEntries', { count: c.newEntries.length })}{' '}
            {counts.map(([k, n]) => `${t(`kind.${k}`)}: ${n}`).join(' · ')}
          </p>
          {late}
          {c.newEntries.map((e) => (
            <PrintEntry key={e.id} e={e} refLabel={refLabel} compact />
          ))}
        </>
      )}
    </>
  );
}
