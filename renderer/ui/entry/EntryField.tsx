import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import type { FormProblem } from './textChecks';
import { useFormProblemText } from './problemText';

type Props = {
  readonly label: string;
  readonly hint?: string;
  /** The field's problems: its error (red, blocks saving) and warnings (amber, do not). */
  readonly problems?: readonly FormProblem[];
  /** Shown after the message, e.g. "Remove them" for invisible characters. */
  readonly extra?: ReactNode;
  /** The control; it receives id, aria-invalid and aria-describedby. */
  readonly children: ReactElement<Record<string, unknown>>;
  readonly className?: string;
};

/**
 * A labelled control of the entry and risk forms with its hint, error and warnings, wired for
 * screen readers. Laid out in four rows (label, control, hint, message) that a form grid lines
 * up across a row with CSS subgrid, so a message under one field never pushes its neighbours'
 * controls out of line.
 */
export function EntryField({ label, hint, problems = [], extra, children, className }: Props) {
  const id = useId();
  const text = useFormProblemText();
  const error = problems.find((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const hintId = hint ? `${id}-hint` : undefined;
  const messageId = error || warnings.length > 0 ? `${id}-message` : undefined;
  const describedBy = [hintId, messageId].filter(Boolean).join(' ') || undefined;
  const classes = [
    'field',
    'entry-field',
    error ? 'field-invalid' : warnings.length > 0 ? 'field-warned' : '',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      <span className="field-hint" id={hintId}>
        {hint}
      </span>
      <span className="field-message" id={messageId}>
        {error && (
          <span className="field-error" role="alert">
            {text(error)}
          </span>
        )}
        {warnings.map((w) => (
          <span key={w.key} className="field-warning" role="status">
            {text(w)}
          </span>
        ))}
        {(error || warnings.length > 0) && extra}
      </span>
    </div>
  );
}
