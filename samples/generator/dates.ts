/** Calendar helpers on whole UTC days (no clock, no time zone). */
const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of an ISO date YYYY-MM-DD. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** ISO date YYYY-MM-DD of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Excel-style Chinese locale date: 2024/1/5 (no leading zeros). */
export function slashDate(day: number): string {
  const [y, m, d] = isoDate(day).split('-').map(Number);
  return `${y}/${m}/${d}`;
}

/** Format integer cents as a plain decimal with two places: -1234.5 -> "-1234.50". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
