/** Calendar dates relative to today in Kazakhstan (UTC+5), as the app computes "today". */
export function kzDate(offsetDays: number, from: number = Date.now()): string {
  return new Date(from + 5 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
