import { formatTime, type Instant } from '../../../shared/dates';
import { machineOffset } from '../../app/clock';
import { useI18n } from '../../i18n/i18n';
import { DateInput } from '../dates/DateInput';
import { TimeInput } from '../dates/TimeInput';
import { useDateLabels } from '../dateLabels';
import { EntryField } from './EntryField';
import type { FormProblem } from './textChecks';

/** A typed time that happened twice (clocks went back) or never (moved past the gap). */
export type TimeNoteView =
  { readonly kind: 'repeated' } | { readonly kind: 'skipped'; readonly instant: Instant } | null;

type Props = {
  readonly date: string;
  readonly time: string;
  readonly onDate: (date: string) => void;
  readonly onTime: (time: string) => void;
  readonly dateLabel: string;
  readonly timeLabel: string;
  readonly dateProblems?: readonly FormProblem[];
  readonly timeProblems?: readonly FormProblem[];
  readonly note?: TimeNoteView;
  readonly autoFocus?: boolean;
};

/**
 * When something happened: a date and a 24-hour time in the app's language, one Tab stop each,
 * with a note under the time when it happened twice or never in the machine's zone.
 */
export function WhenFields(p: Props) {
  const { t, lang } = useI18n();
  const labels = useDateLabels();
  const noteText =
    p.note?.kind === 'repeated'
      ? t('time.repeated')
      : p.note?.kind === 'skipped'
        ? t('time.skipped', { time: formatTime(p.note.instant, machineOffset) })
        : undefined;
  return (
    <>
      <EntryField label={p.dateLabel} problems={p.dateProblems}>
        <DateInput value={p.date} onChange={p.onDate} lang={lang} labels={labels} autoFocus={p.autoFocus} />
      </EntryField>
      <EntryField label={p.timeLabel} problems={p.timeProblems} hint={noteText}>
        <TimeInput value={p.time} onChange={p.onTime} lang={lang} />
      </EntryField>
    </>
  );
}
