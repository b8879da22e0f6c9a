import { useId, type ReactElement, type ReactNode, cloneElement } from 'react';

type Props = {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | null;
  /** A warning that does not stop saving (shown when there is no error). */
  readonly warning?: ReactNode;
  /** A short mark beside the label, outside it (e.g. "sensitive"), so the control's name stays the label. */
  readonly marker?: string;
  readonly className?: string;
  /** The input; it receives id, aria-invalid and aria-describedby. */
  readonly children: ReactElement<Record<string, unknown>>;
};

/**
 * A labelled form control with its hint, error or warning, wired for screen readers. Its three
 * parts (label line, control, messages) are separate boxes, so a grid of fields can line them
 * up row by row (CSS subgrid) and a message under one field never pushes its neighbours.
 */
export function Field({ label, hint, error, warning, marker, className, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const warningId = !error && warning ? `${id}-warning` : undefined;
  const describedBy = [hintId, errorId, warningId].filter(Boolean).join(' ') || undefined;
  const classes = ['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {marker && <span className="field-marker">{marker}</span>}
      </div>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      <div className="field-messages">
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
        {warningId && (
          <span className="field-warning" id={warningId} role="status">
            {warning}
          </span>
        )}
      </div>
    </div>
  );
}
