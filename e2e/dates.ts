/** Calendar dates relative to today in Kazakhstan (UTC+5), as the app computes "today". */
export function kzDate(offsetDays: number, from: number = Date.now()): string {
  return new Date(from + 5 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The same day as the English screens write it, e.g. "18 Dec 2026". */
export function kzEnglishDate(offsetDays: number, from: number = Date.now()): string {
  const day = new Date(`${kzDate(offsetDays, from)}T00:00:00Z`);
  return day.toLocaleDateString('en-GB', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The same day as the Russian and Kazakh screens write it, e.g. "18.12.2026". */
export function kzDottedDate(offsetDays: number, from: number = Date.now()): string {
  const [y, m, d] = kzDate(offsetDays, from).split('-');
  return `${d}.${m}.${y}`;
}
