import { memo, useDeferredValue, useMemo } from 'react';
import { withoutInvisibleChars } from '../../../shared/text';
import { useI18n } from '../../i18n/i18n';
import { EntryField } from '../../ui/entry/EntryField';
import { textProblems, type FormProblem } from '../../ui/entry/textChecks';

type Props = {
  readonly value: string;
  readonly max: number;
  readonly onChange: (text: string) => void;
  /** Problems found when saving was tried (besides the live ones below). */
  readonly problems: readonly FormProblem[];
};

/**
 * What happened, in the author's words. Nothing is cut: a text over the limit is kept whole and
 * the field says by how many characters it is too long, and invisible characters are named with
 * the offer to remove them, as soon as they are typed or pasted. The check runs on a deferred
 * copy of the text, so typing into a very long text stays quick.
 */
export const NarrativeField = memo(function NarrativeField({ value, max, onChange, problems }: Props) {
  const { t } = useI18n();
  const deferred = useDeferredValue(value);
  const live = useMemo(() => textProblems('narrative', deferred, max), [deferred, max]);
  const shown = live.length > 0 ? live : problems;
  const near = value.length > max * 0.9;
  return (
    <EntryField
      label={t('entry.narrative')}
      className="wide-field"
      problems={shown}
      hint={near && value.length <= max ? t('entryForm.length', { count: value.length, max }) : undefined}
      extra={
        shown.some((p) => p.codePoints) && (
          <button type="button" className="link" onClick={() => onChange(withoutInvisibleChars(value))}>
            {t('entryForm.removeInvisible')}
          </button>
        )
      }
    >
      <textarea value={value} onChange={(e) => onChange(e.target.value)} rows={5} />
    </EntryField>
  );
});
