import { useCallback } from 'react';
import type { FieldProblem } from '../../shared/settings';
import { assertNever } from '../../shared/result';
import { useI18n } from '../i18n/i18n';
import { invisibleKind } from './entry/textChecks';

/** A field problem from a shared validator as a sentence in the user's language. */
export function useProblemText(): (problem: FieldProblem | null | undefined) => string | null {
  const { t } = useI18n();
  return useCallback(
    (problem) => {
      if (!problem) return null;
      switch (problem.code) {
        case 'required':
          return t('form.required');
        case 'too-long':
          return t('form.tooLong', { max: problem.max });
        case 'out-of-range':
          return t('form.range', { min: problem.min, max: problem.max });
        case 'invalid':
          return t('form.invalid');
        case 'invisible':
          return t('identity.err.invisible', {
            chars: problem.codePoints
              .map((c) => `${c} (${t(`entryForm.char.${invisibleKind(c)}`)})`)
              .join(', '),
          });
        default:
          return assertNever(problem);
      }
    },
    [t],
  );
}
