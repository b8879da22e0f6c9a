/** Calendar dates relative to today in Kazakhstan (UTC+5), as the app computes "today". */
export function kzDate(offsetDays: number, from: number = Date.now()): string {
  return new Date(from + 5 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The same day as the English screens write it in full, e.g. "Dec 18, 2026". */
export function kzLongDate(offsetDays: number, from: number = Date.now()): string {
  const day = new Date(`${kzDate(offsetDays, from)}T00:00:00Z`);
  return day.toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
