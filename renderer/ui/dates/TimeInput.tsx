import { useRef } from 'react';
import { DateInput as AriaDateInput, I18nProvider, TimeField } from 'react-aria-components';
import type { Language } from '../../../shared/dates';
import { FIELD_LOCALES, fromTimeValue, toTimeValue } from './dateValues';
import { labelIdFor, leaveFieldOnTab, useFieldLabel } from './fieldBehaviour';
import { Segment } from './Segment';
import { useFieldValue } from './useFieldValue';

export type TimeInputProps = {
  /** 'HH:mm' (24-hour), or '' for no time. */
  readonly value: string;
  /** Called with 'HH:mm' for a complete time, '' when the field is cleared or partly filled. */
  readonly onChange: (value: string) => void;
  /** The app's language (the field's locale); the clock is 24-hour in every language. */
  readonly lang: Language;
  readonly autoFocus?: boolean;
  readonly isDisabled?: boolean;
  /** From Field: the id its label points at. */
  readonly id?: string;
  /** From Field: set while it shows an error. */
  readonly 'aria-invalid'?: boolean;
  /** From Field: its hint and error. */
  readonly 'aria-describedby'?: string;
  /** For use without Field. */
  readonly 'aria-label'?: string;
  readonly 'aria-labelledby'?: string;
};

/**
 * A 24-hour time field (HH:mm) typed digit by digit, arrows to change a segment, one Tab stop.
 * Fits inside Field as DateInput does.
 */
export function TimeInput(props: TimeInputProps) {
  const { value, onChange, lang, id } = props;
  const container = useRef<HTMLDivElement>(null);
  useFieldLabel(id, container);
  const field = useFieldValue(value, onChange, toTimeValue, fromTimeValue);
  const labelledBy =
    props['aria-labelledby'] ?? (props['aria-label'] || id === undefined ? undefined : labelIdFor(id));
  return (
    <I18nProvider locale={FIELD_LOCALES[lang]}>
      <div className="time-input" ref={container} onKeyDownCapture={leaveFieldOnTab}>
        <TimeField
          id={id}
          value={field.inner}
          onChange={field.onFieldChange}
          granularity="minute"
          hourCycle={24}
          shouldForceLeadingZeros
          autoFocus={props.autoFocus}
          isDisabled={props.isDisabled}
          isInvalid={props['aria-invalid'] === true ? true : undefined}
          aria-label={props['aria-label']}
          aria-labelledby={labelledBy}
          aria-describedby={props['aria-describedby']}
          className="time-field"
        >
          <AriaDateInput className="date-segments date-group">
            {(segment) => <Segment segment={segment} onPartialChange={field.onPartialChange} />}
          </AriaDateInput>
        </TimeField>
      </div>
    </I18nProvider>
  );
}
