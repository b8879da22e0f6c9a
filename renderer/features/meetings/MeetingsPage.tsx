import { useState } from 'react';
import { compareCalendar } from '../../../shared/dates';
import { useActor } from '../../app/actor';
import { now } from '../../app/clock';
import { navigate } from '../../app/router';
import { useCaseViews } from '../../db/hooks';
import { useMeetings } from '../../db/meetingHooks';
import { createMeeting, type StoredMeeting } from '../../db/meetingRepo';
import { useI18n } from '../../i18n/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { useFormat } from '../../ui/format';
import { useKnownAgencies } from './agencySource';
import { ScheduleDialog } from './ScheduleDialog';

/** Case meetings: coming up and held, and scheduling a new one. */
export function MeetingsPage() {
  const { t } = useI18n();
  const actor = useActor();
  const meetings = useMeetings();
  const cases = useCaseViews();
  const [scheduling, setScheduling] = useState(false);
  const today = now().today;
  const agencies = useKnownAgencies(cases, actor.agency);
  const upcoming = (meetings ?? [])
    .filter((m) => compareCalendar(m.heldOn, today) >= 0)
    .sort((a, b) => compareCalendar(a.heldOn, b.heldOn));
  const past = (meetings ?? []).filter((m) => compareCalendar(m.heldOn, today) < 0);

  const schedule = (
    <button type="button" className="primary" onClick={() => setScheduling(true)}>
      {t('meetings.schedule')}
    </button>
  );
  return (
    <>
      <header className="page-header">
        <h1>{t('meetings.title')}</h1>
        <span className="spacer" />
        {meetings && meetings.length > 0 && schedule}
      </header>
      {meetings === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : meetings.length === 0 ? (
        <EmptyState title={t('meetings.emptyTitle')} body={t('meetings.emptyBody')} action={schedule} />
      ) : (
        <div className="meeting-lists">
          {upcoming.length > 0 && <MeetingList title={t('meetings.upcoming')} meetings={upcoming} />}
          {past.length > 0 && <MeetingList title={t('meetings.past')} meetings={past} />}
        </div>
      )}
      {scheduling && (
        <ScheduleDialog
          title={t('meetings.scheduleTitle')}
          submitLabel={t('meetings.create')}
          initial={{ heldOn: '', startsAt: '10:00', place: '', chair: actor.agency, invited: [] }}
          agencies={agencies}
          onClose={() => setScheduling(false)}
          onSubmit={async (s) => {
            const m = await createMeeting(s, actor, now().instant);
            navigate({ name: 'meeting', id: m.id });
          }}
        />
      )}
    </>
  );
}

function MeetingList({ title, meetings }: { title: string; meetings: readonly StoredMeeting[] }) {
  const { t } = useI18n();
  const fmt = useFormat();
  return (
    <section className="meeting-list">
      <h2>{title}</h2>
      <ul>
        {meetings.map((s) => (
          <li key={s.id}>
            <a href={`#/meetings/${s.id}`} className="meeting-row">
              <strong className="meeting-date">
                {s.meeting?.startsAt
                  ? t('meetings.when', { date: fmt.date(s.heldOn), time: s.meeting.startsAt })
                  : fmt.date(s.heldOn)}
              </strong>
              {s.meeting ? (
                <>
                  <span className="meeting-place">{s.meeting.place || '—'}</span>
                  <span className="muted">{t('meetings.chairedBy', { agency: s.meeting.chair.name })}</span>
                  <span>{t('meetings.rowCases', { count: s.meeting.agenda.length })}</span>
                  <span className={`tag meeting-status-${s.meeting.status}`}>
                    {t(`meetings.status.${s.meeting.status}`)}
                  </span>
                </>
              ) : (
                <span className="muted">{t('meetings.unreadable')}</span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
