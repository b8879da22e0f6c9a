import { memo, useDeferredValue, useMemo, useRef, useState, type ClipboardEvent } from 'react';
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
 * Pastes at least this long are inserted by the form rather than by the browser: Chromium's own
 * insertion of a long text with many spaces takes seconds (100 KB) to minutes (1 MB), during
 * which nothing can be typed; setting the value takes milliseconds. Shorter pastes keep the
 * browser's path, and with it its undo.
 */
export const LARGE_PASTE = 10_000;

/**
 * What happened, in the author's words. Nothing is cut: a text over the limit is kept whole and
 * the field says by how many characters it is too long, and invisible characters are named with
 * the offer to remove them, as soon as they are typed or pasted. The checks run on a deferred
 * copy of the text, so typing into a very long text waits only for the browser itself.
 */
export const NarrativeField = memo(function NarrativeField({ value, max, onChange, problems }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLTextAreaElement>(null);
  // The text the field starts with. Kept fixed: React writes a changed default into the field's
  // content, a second copy of a very long text on every key.
  const [initial] = useState(value);
  const deferred = useDeferredValue(value);
  const live = useMemo(() => textProblems('narrative', deferred, max), [deferred, max]);
  const shown = live.length > 0 ? live : problems;
  const near = value.length > max * 0.9;

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (pasted.length < LARGE_PASTE) return;
    e.preventDefault();
    // Inserted in place, the caret after it, as the browser would.
    e.currentTarget.setRangeText(pasted, e.currentTarget.selectionStart, e.currentTarget.selectionEnd, 'end');
    onChange(e.currentTarget.value);
  };
  /** A change made here rather than typed: the field shows it, the form is told. */
  const replace = (text: string) => {
    if (ref.current) ref.current.value = text;
    onChange(text);
  };

  return (
    <EntryField
      label={t('entry.narrative')}
      className="wide-field"
      problems={shown}
      hint={near && value.length <= max ? t('entryForm.length', { count: value.length, max }) : undefined}
      extra={
        shown.some((p) => p.codePoints) && (
          <button
            type="button"
            className="link"
            onClick={() => {
              replace(withoutInvisibleChars(value));
              // The button goes with the message: the text keeps the focus, so Ctrl+Enter saves.
              ref.current?.focus();
            }}
          >
            {t('entryForm.removeInvisible')}
          </button>
        )
      }
    >
      {/* Uncontrolled: React would write the whole text back into the field (value and its
          default) after every key, which costs as much as the key itself in a very long text; only
          this component changes it otherwise (paste, Remove them). The spellchecker is off in the
          app (Electron's session); off here too, as it re-reads the whole text on every key. */}
      <textarea
        ref={ref}
        defaultValue={initial}
        onChange={(e) => onChange(e.target.value)}
        onPaste={onPaste}
        rows={5}
        spellCheck={false}
      />
    </EntryField>
  );
});
