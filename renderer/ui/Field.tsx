import { useId, type ReactElement, cloneElement } from 'react';

type Props = {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | null;
  /** The input; it receives id, aria-invalid and aria-describedby. */
  readonly children: ReactElement<Record<string, unknown>>;
};

/** A labelled form control with its hint and error, wired for screen readers. */
export function Field({ label, hint, error, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
