import { useMemo } from 'react';
import { now } from '../../app/clock';
import { useCaseViews } from '../../db/hooks';
import { dueTodayCount } from './deadlineList';

/** How many items across open cases are due today: the navigation badge. */
export function useDueTodayCount(): number {
  const cases = useCaseViews();
  const today = now().today;
  return useMemo(() => (cases ? dueTodayCount(cases, today) : 0), [cases, today]);
}
