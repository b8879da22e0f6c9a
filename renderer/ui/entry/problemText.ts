import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n';
import { invisibleKind, type FormProblem } from './textChecks';

/**
 * A form problem as a sentence in the user's language. Invisible characters are named with
 * their code point and what they are: "U+202E (direction control)".
 */
export function useFormProblemText(): (problem: FormProblem) => string {
  const { t } = useI18n();
  return useCallback(
    (p: FormProblem) => {
      if (p.codePoints)
        return t(p.key, {
          ...p.params,
          chars: p.codePoints.map((c) => `${c} (${t(`entryForm.char.${invisibleKind(c)}`)})`).join(', '),
        });
      return t(p.key, p.params);
    },
    [t],
  );
}
