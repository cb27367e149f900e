/** Calendar arithmetic for the analysis-date quick buttons. */
import type { DayNumber } from '../../domain/types';

const MS_PER_DAY = 86_400_000;

/**
 * Move a day by whole calendar months (a quarter is 3). The day of month is clamped, so
 * 31 May + 1 month is 30 June, as a person would count it.
 */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return Math.round(target.getTime() / MS_PER_DAY);
}

export const addQuarters = (day: DayNumber, quarters: number): DayNumber => addMonths(day, quarters * 3);
