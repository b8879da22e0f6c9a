import { calendarDateAt, instantAt, type CalendarDate, type Instant } from '../../shared/dates';

/** Minutes east of UTC on this machine now (Kazakhstan: 300). */
export function machineOffset(at: number = Date.now()): number {
  return -new Date(at).getTimezoneOffset();
}

/** The one place the renderer reads the clock; domain code receives these values. */
export function now(): {
  readonly ms: number;
  readonly instant: Instant;
  readonly today: CalendarDate;
  readonly offset: number;
} {
  const ms = Date.now();
  const offset = machineOffset(ms);
  return { ms, instant: instantAt(ms, offset), today: calendarDateAt(ms, offset), offset };
}
