/** Test data for the future-value model in the classroom (state and card tests). */
import { transactionTable } from '../domain/models/testTable';
import type { TransactionTable } from '../domain/types';

/**
 * Six customers over 2024 (the analysis date defaults to 2025-01-01, so with no holdout the
 * calibration ends 2024-12-31, W's last day). P repeats often and lately, Q repeated early
 * then stopped, S and U bought once, V and W now and then.
 */
export function futureTable(): TransactionTable {
  const rows: { customer: string; date: string; amount: number }[] = [];
  const add = (customer: string, amount: number, ...dates: string[]) => dates.forEach((date) => rows.push({ customer, date, amount }));
  add('P', 40, '2024-01-05', '2024-03-01', '2024-05-03', '2024-07-05', '2024-09-06', '2024-11-01', '2024-12-20');
  add('Q', 25, '2024-01-12', '2024-02-02', '2024-02-23');
  add('S', 90, '2024-06-14');
  add('U', 15, '2024-10-04');
  add('V', 60, '2024-02-09', '2024-08-09');
  add('W', 30, '2024-04-05', '2024-04-26', '2024-10-18', '2024-12-31');
  return transactionTable(rows);
}
