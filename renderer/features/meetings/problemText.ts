import type { MeetingProblem } from '../../../shared/domain/meeting';
import { useI18n } from '../../i18n/i18n';

/** A meeting problem in words; the first problem of a field, or null. */
export function useMeetingProblems(problems: readonly MeetingProblem[]) {
  const { t } = useI18n();
  const text = (p: MeetingProblem) => t(p.key, p.params);
  return {
    text,
    of: (field: string): string | null => {
      const p = problems.find((x) => x.field === field);
      return p ? text(p) : null;
    },
  };
}
