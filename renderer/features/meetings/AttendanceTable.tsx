import { attendanceOf, type Attendance, type Meeting } from '../../../shared/domain/meeting';
import { useI18n } from '../../i18n/i18n';
import { UserText, userTextString } from '../../ui/UserText';

type Props = {
  readonly meeting: Meeting;
  /** Null when attendance cannot change. */
  readonly onChange: ((a: Attendance) => void) | null;
};

/** Which invited agencies came, and who came for each. */
export function AttendanceTable({ meeting, onChange }: Props) {
  const { t } = useI18n();
  return (
    <table className="attendance">
      <thead>
        <tr>
          <th>{t('minutes.agency')}</th>
          <th>{t('meetings.present')}</th>
          <th>{t('minutes.people')}</th>
        </tr>
      </thead>
      <tbody>
        {meeting.invited.map((a) => {
          const at = attendanceOf(meeting, a.id);
          return (
            <tr key={a.id}>
              <td>
                <UserText text={a.name} /> <span className="muted small">· {t(`agencyKind.${a.kind}`)}</span>
              </td>
              <td>
                <input
                  type="checkbox"
                  checked={at.present}
                  disabled={!onChange}
                  aria-label={`${t('meetings.present')}: ${userTextString(a.name)}`}
                  onChange={(e) => onChange?.({ ...at, present: e.target.checked })}
                />
              </td>
              <td>
                <input
                  value={at.people}
                  readOnly={!onChange}
                  aria-label={t('meetings.people', { agency: a.name })}
                  onChange={(e) => onChange?.({ ...at, people: e.target.value })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
