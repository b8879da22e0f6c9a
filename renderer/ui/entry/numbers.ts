/**
 * 45000 → '45 000': digits in groups of three with no-break spaces, as Russian and Kazakh write
 * sums of money. Written out rather than taken from Intl, which has no Kazakh data in Chromium.
 */
export function groupThousands(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}
