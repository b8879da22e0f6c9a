import { SETTINGS_VERSION } from '../../shared/settings';

/** A finished first-run setup, so benchmarks (and screenshots) start at the shell. */
export function benchSettings(): Record<string, unknown> {
  return {
    version: SETTINGS_VERSION,
    language: 'ru',
    agency: {
      id: '01900000-0000-7000-8000-000000000001',
      name: 'УП Алмалинского района',
      kind: 'police',
      region: 'Алматы',
    },
    staffName: 'Бенчмарк',
    deadlineWindowDays: 7,
    // A benchmark drives the app with no keyboard or mouse for minutes on end: the longest
    // inactivity allowed, so it does not lock in the middle of a measurement.
    lockAfterSeconds: 3600,
  };
}
