/** The words a DateInput shows, from the message catalogue in the app's language. */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { DateInputLabels } from '../dates/DateInput';

/** Placeholders, month and weekday names and button names for DateInput. */
export function useDateLabels(): DateInputLabels {
  const { t } = useI18n();
  return useMemo(
    () => ({
      chooseDate: t('dates.chooseDate'),
      previousMonth: t('dates.previousMonth'),
      nextMonth: t('dates.nextMonth'),
      placeholders: {
        day: t('dates.placeholder.day'),
        month: t('dates.placeholder.month'),
        year: t('dates.placeholder.year'),
      },
      months: [
        t('dates.month.1'),
        t('dates.month.2'),
        t('dates.month.3'),
        t('dates.month.4'),
        t('dates.month.5'),
        t('dates.month.6'),
        t('dates.month.7'),
        t('dates.month.8'),
        t('dates.month.9'),
        t('dates.month.10'),
        t('dates.month.11'),
        t('dates.month.12'),
      ],
      weekdays: [
        t('dates.weekday.1'),
        t('dates.weekday.2'),
        t('dates.weekday.3'),
        t('dates.weekday.4'),
        t('dates.weekday.5'),
        t('dates.weekday.6'),
        t('dates.weekday.7'),
      ],
    }),
    [t],
  );
}
