import { useMemo } from 'react';
import { formatDate, formatInstant, type CalendarDate, type Instant } from '../../shared/dates';
import { useI18n } from '../i18n/i18n';
import { machineOffset } from '../app/clock';

/** Date formatters in the user's language and the machine's zone. */
export function useFormat() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      date: (d: CalendarDate) => formatDate(d, lang),
      // The machine's zone at that moment: Kazakhstan was UTC+6 before 1 March 2024.
      instant: (i: Instant) => formatInstant(i, lang, machineOffset),
      collator: new Intl.Collator(lang, { sensitivity: 'base', numeric: true }),
    }),
    [lang],
  );
}
