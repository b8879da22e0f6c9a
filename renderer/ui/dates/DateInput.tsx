import { useContext, useMemo, useRef } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  CalendarGridBody,
  CalendarStateContext,
  DateInput as AriaDateInput,
  DatePicker,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Popover,
} from 'react-aria-components';
import type { Language } from '../../../shared/dates';
import { FIELD_LOCALES, fromDateValue, toDateValue } from './dateValues';
import { labelIdFor, leaveFieldOnTab, useFieldLabel } from './fieldBehaviour';
import { Segment, type SegmentPlaceholders } from './Segment';
import { useFieldValue } from './useFieldValue';

type Twelve<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T];
type Seven<T> = readonly [T, T, T, T, T, T, T];

/**
 * Every word a date field shows, from the message catalogues (`dates.*`). The field does not
 * take them from Intl, which has no Kazakh data in Chromium (see FIELD_LOCALES).
 */
export type DateInputLabels = {
  /** The calendar button's name. */
  readonly chooseDate: string;
  readonly previousMonth: string;
  readonly nextMonth: string;
  /** What empty segments show: дд, мм, гггг. */
  readonly placeholders: SegmentPlaceholders;
  /** Month names as the calendar's heading shows them, January first: Қаңтар, Январь. */
  readonly months: Twelve<string>;
  /** Short weekday names for the calendar's columns, Monday first: Дс, Пн, Mo. */
  readonly weekdays: Seven<string>;
};

export type DateInputProps = {
  /** 'yyyy-MM-dd', or '' for no date. */
  readonly value: string;
  /** Called with 'yyyy-MM-dd' for a complete date, '' when the field is cleared or partly filled. */
  readonly onChange: (value: string) => void;
  /** The app's language: dd.mm.yyyy in ru and kk, dd/mm/yyyy in en. */
  readonly lang: Language;
  readonly labels: DateInputLabels;
  /** Earliest and latest dates ('yyyy-MM-dd'): days outside cannot be picked, and a typed one marks the field invalid. */
  readonly min?: string;
  readonly max?: string;
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
 * A date field in the app's language, typed digit by digit (arrows change a segment, Alt+↓
 * opens the calendar), one Tab stop. Fits inside Field: it takes Field's id, names itself by
 * Field's label, and reports errors through aria-invalid and aria-describedby.
 */
export function DateInput(props: DateInputProps) {
  const { value, onChange, lang, labels, min, max, id } = props;
  const container = useRef<HTMLDivElement>(null);
  useFieldLabel(id, container);
  const field = useFieldValue(value, onChange, toDateValue, fromDateValue);
  const minValue = useMemo(() => (min === undefined ? null : toDateValue(min)), [min]);
  const maxValue = useMemo(() => (max === undefined ? null : toDateValue(max)), [max]);
  const labelledBy =
    props['aria-labelledby'] ?? (props['aria-label'] || id === undefined ? undefined : labelIdFor(id));
  return (
    <I18nProvider locale={FIELD_LOCALES[lang]}>
      <div className="date-input" ref={container} onKeyDownCapture={leaveFieldOnTab}>
        <DatePicker
          id={id}
          value={field.inner}
          onChange={field.onFieldChange}
          minValue={minValue}
          maxValue={maxValue}
          granularity="day"
          firstDayOfWeek="mon"
          shouldForceLeadingZeros
          autoFocus={props.autoFocus}
          isDisabled={props.isDisabled}
          isInvalid={props['aria-invalid'] === true ? true : undefined}
          aria-label={props['aria-label']}
          aria-labelledby={labelledBy}
          aria-describedby={props['aria-describedby']}
          className="date-picker"
        >
          <Group className="date-group">
            <AriaDateInput className="date-segments">
              {(segment) => (
                <Segment
                  segment={segment}
                  onPartialChange={field.onPartialChange}
                  placeholders={labels.placeholders}
                />
              )}
            </AriaDateInput>
            <Button className="date-calendar-button" aria-label={labels.chooseDate} excludeFromTabOrder>
              <CalendarIcon />
            </Button>
          </Group>
          <Popover className="date-popover" placement="bottom start">
            <Dialog className="date-dialog">
              <Calendar className="date-calendar">
                <header className="date-calendar-header">
                  <Button slot="previous" className="date-calendar-nav" aria-label={labels.previousMonth}>
                    ‹
                  </Button>
                  <MonthHeading months={labels.months} />
                  <Button slot="next" className="date-calendar-nav" aria-label={labels.nextMonth}>
                    ›
                  </Button>
                </header>
                <CalendarGrid className="date-calendar-grid">
                  {/* Weekday names are only seen: react-aria hides its own header from screen
                      readers too, as every day cell is named with its full date. */}
                  <thead aria-hidden="true">
                    <tr>
                      {labels.weekdays.map((day, index) => (
                        <th key={index}>{day}</th>
                      ))}
                    </tr>
                  </thead>
                  <CalendarGridBody>
                    {(date) => <CalendarCell date={date} className="date-calendar-cell" />}
                  </CalendarGridBody>
                </CalendarGrid>
              </Calendar>
            </Dialog>
          </Popover>
        </DatePicker>
      </div>
    </I18nProvider>
  );
}

/** The visible month and year, named from the catalogue ('Наурыз 2024'). */
function MonthHeading({ months }: { readonly months: Twelve<string> }) {
  const state = useContext(CalendarStateContext);
  const start = state?.visibleRange.start;
  return (
    <Heading className="date-calendar-heading">
      {start === undefined ? null : `${months[start.month - 1] ?? ''} ${start.year}`}
    </Heading>
  );
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
    </svg>
  );
}
