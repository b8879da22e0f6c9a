/**
 * What DateInput and TimeInput add to react-aria's fields: one Tab stop per field, and a label
 * from the app's Field component.
 */
import { useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';

/**
 * react-aria makes every segment of a date or time field a Tab stop (day, month, year: three
 * presses to get through a date). Here Tab and Shift+Tab leave the field in one press: focus
 * first moves to the field's last (or first) stop, then the browser's own Tab moves on from
 * there, so the next field is whatever the page's tab order says, with no list kept here.
 * Arrow keys still move between segments. For onKeyDownCapture on the element around the
 * field: capture, because react-aria's segments stop their key events from bubbling. Keys
 * pressed in the calendar popover reach this handler through React's tree but not the DOM
 * one, and are left alone.
 */
export function leaveFieldOnTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const container = event.currentTarget;
  const target = event.target;
  if (!(target instanceof HTMLElement) || !container.contains(target)) return;
  const stops = Array.from(container.querySelectorAll<HTMLElement>('[tabindex]')).filter(
    (element) => element.tabIndex >= 0,
  );
  const edge = event.shiftKey ? stops[0] : stops[stops.length - 1];
  if (edge !== undefined && edge !== target) edge.focus();
}

/** The id a field's label gets so that the field can name it in aria-labelledby. */
export function labelIdFor(fieldId: string): string {
  return `${fieldId}-label`;
}

/**
 * Field (renderer/ui/Field.tsx) renders `<label htmlFor={id}>` and hands the id to its child.
 * A `for` only labels form controls; a date field is a group of segments, so it is named by
 * aria-labelledby instead, which needs the label to have an id: this gives it one
 * (labelIdFor(id)) unless it has it already, and makes a click on the label focus the field's
 * first segment, as a click on a native input's label does.
 */
export function useFieldLabel(fieldId: string | undefined, container: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    if (fieldId === undefined) return;
    const root = container.current;
    const label = root?.ownerDocument.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(fieldId)}"]`);
    if (!root || !label) return;
    if (label.id === '') label.id = labelIdFor(fieldId);
    const focusField = () => {
      root.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    };
    label.addEventListener('click', focusField);
    return () => label.removeEventListener('click', focusField);
  }, [fieldId, container]);
}
