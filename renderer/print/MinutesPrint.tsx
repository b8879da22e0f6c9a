import type { CalendarDate, Instant } from '../../shared/dates';
import type { Audience } from '../../shared/domain/audience';
import { attendanceOf, type Meeting } from '../../shared/domain/meeting';
import type { Actor } from '../db/audit';
import { useI18n } from '../i18n/i18n';
import { useFormat } from '../ui/format';
import { UserText } from '../ui/UserText';
import { useAudienceName } from './CaseSummaryPrint';
import { useMeetingWhen } from './MeetingPackPrint';
import { registerRows, type MeetingDocCase } from './meetingDocModel';
import { PrintDocument } from './PrintDocument';
import { agencyName, reasonText } from './printParts';

type Props = {
  readonly meeting: Meeting;
  readonly cases: readonly MeetingDocCase[];
  readonly audience: Audience;
  readonly today: CalendarDate;
  readonly printedBy: Actor;
  readonly printedAt: Instant;
};

/**
 * The minutes, the meeting's record: when and where, whether approved (and every correction
 * since, with its reason), who attended, each case's discussion and the victim's views as
 * reported, the actions agreed, and the action register with where each action stands now.
 */
export function MinutesPrint({ meeting, cases, audience, today, printedBy, printedAt }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const when = useMeetingWhen();
  const audienceName = useAudienceName()(audience);
  const register = registerRows(meeting, cases, today);
  const byCase = new Map(cases.map((c) => [c.item.caseId as string, c]));
  const frame = {
    topLeft: `${t('print.confidential').toUpperCase()} · ${t('minutes.title')} · ${fmt.date(meeting.heldOn)}`,
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
        <h1>{t('minutes.heading')}</h1>
        <p>
          {when(meeting)}
          {meeting.place && (
            <>
              {' · '}
              <UserText text={meeting.place} />
            </>
          )}
          {' · '}
          {t('meetings.chairedBy', { agency: meeting.chair.name })}
        </p>
        <p className="print-note">
          {meeting.approval
            ? t('minutes.approved', {
                time: fmt.instant(meeting.approval.at),
                name: meeting.approval.by,
                agency: meeting.approval.agency.name,
              })
            : t('minutes.draft')}
        </p>
        {meeting.corrections.map((c, i) => (
          <p key={i} className="print-meta">
            {t('minutes.corrected', {
              time: fmt.instant(c.at),
              name: c.by,
              agency: c.agency.name,
              reason: c.reason,
            })}
          </p>
        ))}
        <p className="print-meta">{t('print.for', { audience: audienceName })}</p>
      </header>

      <section>
        <h2>{t('minutes.attendance')}</h2>
        <table>
          <thead>
            <tr>
              <th>{t('minutes.agency')}</th>
              <th>{t('minutes.attended')}</th>
              <th>{t('minutes.people')}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.invited.map((a) => {
              const at = attendanceOf(meeting, a.id);
              return (
                <tr key={a.id}>
                  <td>
                    <UserText text={a.name} />
                  </td>
                  <td>{at.present ? t('common.yes') : t('common.no')}</td>
                  <td>{at.people ? <UserText text={at.people} /> : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{t('minutes.discussion')}</h2>
        {meeting.agenda.map((item, i) => {
          const c = byCase.get(item.caseId);
          // This copy's own reasons, never the stored ones: those were worked out from every
          // entry on this desktop, including what this audience may not read.
          const why = c?.minutesReasons ?? [];
          return (
            <div key={item.caseId} className="minutes-case">
              <h3>
                {i + 1}. {item.reference}
                {c?.victimName ? (
                  <>
                    {' — '}
                    <UserText text={c.victimName} />
                  </>
                ) : null}
                {c?.facts.risk ? ` · ${t(`risk.level.${c.facts.risk.level}`)}` : ''}
              </h3>
              <p className="print-meta">
                {t('pack.col.why')}:{' '}
                {why.length === 0
                  ? t('agenda.reason.none')
                  : why.map((r) => reasonText(r, t, fmt)).join('; ')}
              </p>
              {item.notes.trim() ? (
                <p className="print-quote">
                  <UserText text={item.notes} />
                </p>
              ) : (
                <p>{t('minutes.noNotes')}</p>
              )}
              {item.victimViews.trim() && (
                <div className="print-keep">
                  <p>
                    <strong>{t('minutes.views')}:</strong> <UserText text={item.victimViews} />
                  </p>
                  {item.viewsReportedBy.trim() && (
                    <p className="print-meta">{t('minutes.viewsBy', { by: item.viewsReportedBy })}</p>
                  )}
                </div>
              )}
              <p>
                <strong>{t('minutes.agreed')}:</strong>{' '}
                {item.actions.length === 0 ? t('minutes.noActions') : ''}
              </p>
              {item.actions.length > 0 && (
                <ul>
                  {item.actions.map((a) => (
                    <li key={a.id}>
                      <UserText text={a.text} /> — {a.owner.name}
                      {a.ownerPerson ? (
                        <>
                          {' · '}
                          <UserText text={a.ownerPerson} />
                        </>
                      ) : null}{' '}
                      · {fmt.date(a.dueOn)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </section>

      <section className="print-register">
        <h2>{t('minutes.register')}</h2>
        <p className="print-meta keep-next">{t('minutes.registerNote', { date: fmt.date(today) })}</p>
        {register.length === 0 ? (
          <p>{t('minutes.noActions')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t('pack.col.no')}</th>
                <th>{t('pack.col.case')}</th>
                <th>{t('pack.col.action')}</th>
                <th>{t('print.owner')}</th>
                <th>{t('print.person')}</th>
                <th>{t('pack.col.due')}</th>
                <th>{t('pack.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {register.map((r, i) => (
                <tr key={r.action.id}>
                  <td>{i + 1}</td>
                  <td className="nowrap">{r.item.reference}</td>
                  <td>
                    <UserText text={r.action.text} />
                  </td>
                  <td>{r.action.owner.name || agencyName(t, r.action.owner.kind)}</td>
                  <td>{r.action.ownerPerson ? <UserText text={r.action.ownerPerson} /> : '—'}</td>
                  <td className="nowrap">{fmt.date(r.action.dueOn)}</td>
                  <td>
                    {t(`register.status.${r.status}`)}
                    {r.reason ? (
                      <>
                        {': '}
                        <UserText text={r.reason} />
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </PrintDocument>
  );
}
