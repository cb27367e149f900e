/**
 * Locale-aware formatting as plain functions (no Svelte), cached Intl formatters.
 * Dates are DayNumbers (days since 1970-01-01 UTC) and are always formatted in UTC so a
 * day never shifts with the viewer's time zone.
 */
import { INTL_TAGS, type LocaleCode } from './catalog';

export type { LocaleCode };

const MS_PER_DAY = 86_400_000;
/** Shown for NaN and other values that cannot be formatted. */
export const NOT_A_NUMBER = '–';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(loc: LocaleCode, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `n|${loc}|${JSON.stringify(options)}`;
  let f = cache.get(id) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAGS[loc], options);
    cache.set(id, f);
  }
  return f;
}

function dateFormat(loc: LocaleCode, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `d|${loc}|${JSON.stringify(options)}`;
  let f = cache.get(id) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_TAGS[loc], { ...options, timeZone: 'UTC' });
    cache.set(id, f);
  }
  return f;
}

export interface NumberOptions {
  /** Default 0 for integers, up to 2 otherwise. */
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
}

/** Grouped number: 12345.6 -> "12,345.6" (en) / "12,345.6" (zh). */
export function formatNumber(loc: LocaleCode, value: number, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? NOT_A_NUMBER : value > 0 ? '∞' : '−∞';
  const max = options.maximumFractionDigits ?? (Number.isInteger(value) ? 0 : 2);
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  return numberFormat(loc, { maximumFractionDigits: max, minimumFractionDigits: min }).format(value);
}

/** A fraction as a percentage: 0.305 -> "30.5%" (digits = fraction digits, default 1). */
export function formatPercent(loc: LocaleCode, fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return NOT_A_NUMBER;
  return numberFormat(loc, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    fraction,
  );
}

/** Money without assuming a currency: grouping and exactly 2 decimals, "1,234.50". */
export function formatMoney(loc: LocaleCode, value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return numberFormat(loc, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export type DateStyle = 'medium' | 'long' | 'numeric';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  // en-GB "5 Mar 2024", zh-CN "2024年3月5日": never ambiguous about day/month order.
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

/** A DayNumber (days since 1970-01-01 UTC) as a calendar date. */
export function formatDate(loc: LocaleCode, day: number, style: DateStyle = 'medium'): string {
  if (!Number.isFinite(day)) return NOT_A_NUMBER;
  return dateFormat(loc, DATE_OPTIONS[style]).format(new Date(Math.round(day) * MS_PER_DAY));
}

/** A DayNumber as ISO "YYYY-MM-DD" (locale independent; for inputs and file names). */
export function formatDateISO(day: number): string {
  if (!Number.isFinite(day)) return NOT_A_NUMBER;
  return new Date(Math.round(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" to a DayNumber, or null when not a real date. */
export function parseDateISO(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

/**
 * A number typed into a field that shows numbers formatted (grouping "1,311.38"): grouping
 * commas and spaces are dropped, full-width digits and signs (a Chinese input method) read as
 * ASCII. NaN when the text is not one number.
 */
export function parseDecimal(text: string): number {
  const ascii = text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E|\u3002/g, '.')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[,\uFF0C\s_]/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(ascii) ? Number(ascii) : NaN;
}

export { detectLocale } from './detect';
