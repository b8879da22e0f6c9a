import { useCallback, useRef, useState } from 'react';

type FieldValue<T> = {
  /** What the react-aria field holds: always the very object it last gave, so it never resets. */
  readonly inner: T | null;
  /** For the field's onChange. */
  readonly onFieldChange: (next: T | null) => void;
  /** For Segment's onPartialChange. */
  readonly onPartialChange: (partial: boolean) => void;
};

/**
 * Keeps a react-aria field and a form's plain string in step without the field flashing or
 * losing typed digits when the form re-renders.
 *
 * react-aria redraws a field from its value whenever the value is a different object, even an
 * equal one; a form holding a string would hand it a fresh object on every render and wipe a
 * half-typed date. So the field gets the object it produced itself (`inner`), and the string
 * the form holds is only parsed again when the form changes it to something other than what
 * the field last reported (a reset, a "now" button) or refuses a change.
 *
 * The form is told '' while the field is partly filled, as a native input reports an
 * incomplete date, so it never saves a value the screen does not show.
 */
export function useFieldValue<T>(
  value: string,
  onChange: (value: string) => void,
  parse: (text: string) => T | null,
  format: (value: T | null) => string,
): FieldValue<T> {
  const [inner, setInner] = useState<T | null>(() => parse(value));
  // The string the form and the field last agreed on.
  const [agreed, setAgreed] = useState(value);
  const partial = useRef(false);
  if (value !== agreed) {
    // Adjusting state while rendering (React's pattern for a prop that changed): the form set a
    // value of its own, so the field shows it before anything is painted.
    setAgreed(value);
    setInner(parse(value));
  }
  const report = useCallback(
    (next: string) => {
      if (next === agreed) return;
      setAgreed(next);
      onChange(next);
    },
    [agreed, onChange],
  );
  const onFieldChange = useCallback(
    (next: T | null) => {
      setInner(next);
      report(format(next));
    },
    [report, format],
  );
  const onPartialChange = useCallback(
    (isPartial: boolean) => {
      if (isPartial === partial.current) return;
      partial.current = isPartial;
      report(isPartial ? '' : format(inner));
    },
    [report, format, inner],
  );
  return { inner, onFieldChange, onPartialChange };
}
