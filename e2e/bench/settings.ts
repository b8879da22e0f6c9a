import { SETTINGS_VERSION } from '../../shared/settings';

/** A finished first-run setup, so benchmarks start at the shell. */
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
  };
}
