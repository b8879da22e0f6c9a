import { useMemo } from 'react';
import type { DateInputLabels } from '../../ui/dates/DateInput';
import { useI18n } from '../../i18n/i18n';

/** The twelve month names of a comma-separated catalogue text (a test checks there are twelve). */
function months(text: string): DateInputLabels['months'] {
  const m = (i: number) => text.split(',')[i] ?? '';
  return [m(0), m(1), m(2), m(3), m(4), m(5), m(6), m(7), m(8), m(9), m(10), m(11)];
}

/** The seven weekday names, Monday first. */
function weekdays(text: string): DateInputLabels['weekdays'] {
  const d = (i: number) => text.split(',')[i] ?? '';
  return [d(0), d(1), d(2), d(3), d(4), d(5), d(6)];
}

/** The words a date field shows, in the app's language (the catalogue: Chromium has no Kazakh data). */
export function useDateLabels(): DateInputLabels {
  const { t } = useI18n();
  return useMemo(
    () => ({
      chooseDate: t('meetings.date.chooseDate'),
      previousMonth: t('meetings.date.previousMonth'),
      nextMonth: t('meetings.date.nextMonth'),
      placeholders: {
        day: t('meetings.date.day'),
        month: t('meetings.date.month'),
        year: t('meetings.date.year'),
      },
      months: months(t('meetings.date.months')),
      weekdays: weekdays(t('meetings.date.weekdays')),
    }),
    [t],
  );
}
