import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import type { DateInputLabels } from './dates/DateInput';

type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The words of a DateInput in the app's language, from the catalogue (`dates.*`). */
export function useDateLabels(): DateInputLabels {
  const { t } = useI18n();
  return useMemo(() => {
    const m = (n: Month) => t(`dates.month.${n}`);
    const w = (n: Weekday) => t(`dates.weekday.${n}`);
    return {
      chooseDate: t('dates.chooseDate'),
      previousMonth: t('dates.previousMonth'),
      nextMonth: t('dates.nextMonth'),
      placeholders: {
        day: t('dates.placeholder.day'),
        month: t('dates.placeholder.month'),
        year: t('dates.placeholder.year'),
      },
      months: [m(1), m(2), m(3), m(4), m(5), m(6), m(7), m(8), m(9), m(10), m(11), m(12)],
      weekdays: [w(1), w(2), w(3), w(4), w(5), w(6), w(7)],
    };
  }, [t]);
}
