import { useContext, useLayoutEffect } from 'react';
import {
  DateFieldStateContext,
  DateSegment,
  TimeFieldStateContext,
  type DateInputProps as AriaDateInputProps,
} from 'react-aria-components';

/** One segment of a date or time field (day, month, year, hour, minute, or a separator). */
export type FieldSegment = Parameters<AriaDateInputProps['children']>[0];

type Props = {
  readonly segment: FieldSegment;
  /**
   * Told whether the field shows a partly filled value (some segments typed, some empty).
   * react-aria keeps its last complete value while a segment is cleared, so without this a
   * form would save a date the screen no longer shows.
   */
  readonly onPartialChange: (partial: boolean) => void;
  /** Text for an empty day, month or year segment, in the app's language. */
  readonly placeholders?: SegmentPlaceholders;
};

/** What empty date segments show, e.g. дд, мм, гггг. */
export type SegmentPlaceholders = {
  readonly day: string;
  readonly month: string;
  readonly year: string;
};

/**
 * A segment of DateInput or TimeInput. The first editable segment also watches the field's
 * segments and reports whether they are partly filled; it lives inside react-aria's field, the
 * only place that state can be read.
 */
export function Segment({ segment, onPartialChange, placeholders }: Props) {
  const dateState = useContext(DateFieldStateContext);
  const timeState = useContext(TimeFieldStateContext);
  const editable = (dateState ?? timeState)?.segments.filter((s) => s.isEditable) ?? [];
  const reports = editable[0] === segment;
  const filled = editable.filter((s) => !s.isPlaceholder).length;
  const partial = filled > 0 && filled < editable.length;
  // Before paint, so that the form never holds the old value while the screen shows it cleared.
  useLayoutEffect(() => {
    if (reports) onPartialChange(partial);
  }, [reports, partial, onPartialChange]);
  const placeholder =
    segment.isPlaceholder && placeholders !== undefined && isDatePart(segment.type)
      ? placeholders[segment.type]
      : undefined;
  return (
    <DateSegment segment={segment} className="date-segment">
      {placeholder}
    </DateSegment>
  );
}

function isDatePart(type: FieldSegment['type']): type is keyof SegmentPlaceholders {
  return type === 'day' || type === 'month' || type === 'year';
}
