/**
 * Date cells -> DayNumber (days since 1970-01-01; the calendar date as written, time of
 * day and any UTC offset dropped, because R counts calendar days).
 *
 * Accepted: 2024-01-05, 2024/1/5, 2024.1.5 (year first), 2024年1月5日 / 2024年1月5号,
 * 20240105, 12/1/2010, 12-1-2010, 12.1.2010 (year last, 4 or 2 digits), 5-Jan-2024,
 * Jan 5, 2024, each optionally followed by a time (08:26, 8:26:00.000Z, T08:26:00+08:00,
 * 8:26 PM, 8时26分), and Excel serial numbers 20000..80000 (1954..2119).
 *
 * Day/month order for year-last dates is decided per column (inferDateOrder): a first
 * part > 12 proves dmy, a second part > 12 proves mdy. If nothing proves it we assume
 * mdy (US exports such as Online Retail's `12/1/2010 8:26`; Chinese and ISO exports are
 * year-first and never ambiguous) and say so: certain = false plus a warning key.
 * Two-digit years: 00..69 -> 2000..2069, 70..99 -> 1970..1999.
 */
import type { DateOrder, DayNumber } from '../types';

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant). */
export function daysFromCivil(y: number, m: number, d: number): DayNumber {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export { dayToIso } from '../days';

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function validDay(y: number, m: number, d: number): DayNumber {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || y < 1000 || y > 9999) return NaN;
  return daysFromCivil(y, m, d);
}

/**
 * Excel serial (1900 date system) -> DayNumber. Serial 25569 is 1970-01-01. Excel
 * pretends 1900-02-29 existed (serial 60), so serials 1..59 are one day later than a
 * true count: we correct them, and serial 60 (a day that never was) is NaN.
 */
export function excelSerialToDay(serial: number): DayNumber {
  const s = Math.floor(serial);
  if (!(s >= 1) || s === 60) return NaN;
  return s < 60 ? s - 25568 : s - 25569;
}

const EXCEL_MIN = 20000; // 1954-10-04
const EXCEL_MAX = 80000; // 2119-01-10

function fullYear(text: string): number {
  const y = +text;
  return text.length <= 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

// Date forms; the last group is whatever follows the date (a time or nothing).
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(.*)$/s;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)(.*)$/s;
const CHINESE = /^(\d{4}|\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(.*)$/s;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const DAY_MON_YEAR = /^(\d{1,2})[-\s/.]([A-Za-z]{3,9})\.?[-\s/.,]+(\d{4}|\d{2})(?!\d)(.*)$/s;
const MON_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)(.*)$/s;
const YEAR_MON_DAY = /^(\d{4})[-\s/]([A-Za-z]{3,9})[-\s/](\d{1,2})(?!\d)(.*)$/s;
/** What may follow a date: nothing, or a time with optional seconds, AM/PM, offset. */
const TIME_REST =
  /^(?:[\sT]+(?:(?:上午|下午|AM|PM)\s*)?\d{1,2}(?:[:时点]\d{1,2}分?(?:(?::\d{1,2}|\d{1,2}秒)(?:[.,]\d+)?秒?)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?\s*$/;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
function monthFromName(name: string): number {
  const l = name.toLowerCase();
  const m = MONTHS[l.slice(0, 3)];
  // Accept 'Jan', 'January', 'Sept'; reject 'Janxyz'.
  if (!m) return NaN;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][m - 1];
  return l.length === 3 || l === full || l === 'sept' ? m : NaN;
}

/**
 * Ambiguity class of a cell, for inferDateOrder:
 * 0 = no day/month question (year first, named month, serial, or not a date),
 * otherwise the first two numbers of a year-last date: a (first) and b (second).
 */
export function dayMonthParts(raw: string): [number, number] | null {
  const m = YEAR_LAST.exec(raw.trim());
  if (!m || !TIME_REST.test(m[5])) return null;
  return [+m[1], +m[3]];
}

/**
 * Parses one cell with a known day/month order (only used for year-last dates).
 * null = empty (missing), NaN = not a valid date (bad).
 * order 'ymd' applies only to three short numbers (03/02/01 = 2003-02-01); other
 * year-last dates then read as mdy.
 */
export function parseDate(raw: string, order: DateOrder = 'mdy'): DayNumber | null {
  const s = raw.trim();
  if (s === '') return null;
  let m = YEAR_FIRST.exec(s);
  if (m) return TIME_REST.test(m[5]) ? validDay(+m[1], +m[3], +m[4]) : NaN;
  m = YEAR_LAST.exec(s);
  if (m) {
    if (!TIME_REST.test(m[5])) return NaN;
    const a = +m[1], b = +m[3];
    if (order === 'ymd') {
      if (m[4].length === 2 && m[1].length === 2) return validDay(fullYear(m[1]), b, +m[4]);
      return validDay(fullYear(m[4]), a, b);
    }
    const y = fullYear(m[4]);
    return order === 'dmy' ? validDay(y, b, a) : validDay(y, a, b);
  }
  m = CHINESE.exec(s);
  if (m) return TIME_REST.test(m[4]) ? validDay(fullYear(m[1]), +m[2], +m[3]) : NaN;
  m = COMPACT.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  if (SERIAL.test(s)) {
    const v = +s;
    return v >= EXCEL_MIN && v <= EXCEL_MAX ? excelSerialToDay(v) : NaN;
  }
  m = DAY_MON_YEAR.exec(s);
  if (m) return TIME_REST.test(m[4]) ? validDay(fullYear(m[3]), monthFromName(m[2]), +m[1]) : NaN;
  m = MON_DAY_YEAR.exec(s);
  if (m) return TIME_REST.test(m[4]) ? validDay(+m[3], monthFromName(m[1]), +m[2]) : NaN;
  m = YEAR_MON_DAY.exec(s);
  if (m) return TIME_REST.test(m[4]) ? validDay(+m[1], monthFromName(m[2]), +m[3]) : NaN;
  return NaN;
}

export interface DateOrderDecision {
  /** 'ymd' when no cell is year-last (nothing to decide). */
  order: DateOrder;
  certain: boolean;
  /** Year-last cells whose first part is > 12 (prove dmy) / second part > 12 (prove mdy). */
  dmyEvidence: number;
  mdyEvidence: number;
  /** Year-last cells seen. */
  dayMonthCells: number;
  /** 'date-order-assumed' (nothing proved it), 'date-order-conflict' (both proved), or null. */
  warning: 'date-order-assumed' | 'date-order-conflict' | null;
}

/** The order used when the data cannot tell (see the file comment). */
export const DEFAULT_DAY_MONTH_ORDER: DateOrder = 'mdy';

/**
 * Decides the day/month order of a column from its values (pass distinct values: each
 * distinct string counts once). An explicit override is used as given and is certain.
 */
export function inferDateOrder(values: Iterable<string>, override?: DateOrder): DateOrderDecision {
  let dmy = 0, mdy = 0, cells = 0;
  for (const v of values) {
    const p = dayMonthParts(v);
    if (!p) continue;
    cells++;
    if (p[0] > 12 && p[1] <= 12) dmy++;
    else if (p[1] > 12 && p[0] <= 12) mdy++;
  }
  if (override) {
    return { order: override, certain: true, dmyEvidence: dmy, mdyEvidence: mdy, dayMonthCells: cells, warning: null };
  }
  if (cells === 0) {
    return { order: 'ymd', certain: true, dmyEvidence: 0, mdyEvidence: 0, dayMonthCells: 0, warning: null };
  }
  if (dmy > 0 && mdy > 0) {
    // Mixed column: the majority wins; the minority cells become bad dates (counted).
    return {
      order: dmy > mdy ? 'dmy' : 'mdy', certain: false, dmyEvidence: dmy, mdyEvidence: mdy,
      dayMonthCells: cells, warning: 'date-order-conflict',
    };
  }
  if (dmy > 0) return { order: 'dmy', certain: true, dmyEvidence: dmy, mdyEvidence: 0, dayMonthCells: cells, warning: null };
  if (mdy > 0) return { order: 'mdy', certain: true, dmyEvidence: 0, mdyEvidence: mdy, dayMonthCells: cells, warning: null };
  return {
    order: DEFAULT_DAY_MONTH_ORDER, certain: false, dmyEvidence: 0, mdyEvidence: 0,
    dayMonthCells: cells, warning: 'date-order-assumed',
  };
}
