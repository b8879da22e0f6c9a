import { useCallback } from 'react';
import { now } from '../../app/clock';
import type { CaseView } from '../../db/caseRows';
import { useCaseTotal } from '../../db/hooks';
import { dueTodayCount } from './deadlineList';

/**
 * How many items across open cases are due today: the navigation badge. A running total over
 * the case index, so a save recounts only the case it changed, not every case.
 */
export function useDueTodayCount(): number {
  const today = now().today;
  const count = useCallback((view: CaseView) => dueTodayCount([view], today), [today]);
  return useCaseTotal(count) ?? 0;
}
