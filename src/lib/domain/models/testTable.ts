import { isoToDay } from '../days';
import type { TransactionTable } from '../types';

/** Build a TransactionTable from readable rows, for tests and examples. */
export function transactionTable(rows: { customer: string; date: string; amount: number; order?: string }[]): TransactionTable {
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const orderIndex = new Map<string, number>();
  const hasOrderIds = rows.some((r) => r.order !== undefined);
  const t: TransactionTable = {
    shape: 'transactions',
    customerIds: ids,
    customer: new Int32Array(rows.length),
    day: new Int32Array(rows.length),
    amount: new Float64Array(rows.length),
    order: new Int32Array(rows.length).fill(-1),
    purchase: new Uint8Array(rows.length),
    hasOrderIds,
    minDay: Infinity,
    maxDay: -Infinity,
  };
  rows.forEach((r, i) => {
    if (!idIndex.has(r.customer)) {
      idIndex.set(r.customer, ids.length);
      ids.push(r.customer);
    }
    const day = isoToDay(r.date)!;
    t.customer[i] = idIndex.get(r.customer)!;
    t.day[i] = day;
    t.amount[i] = r.amount;
    if (r.order !== undefined) {
      if (!orderIndex.has(r.order)) orderIndex.set(r.order, orderIndex.size);
      t.order[i] = orderIndex.get(r.order)!;
    }
    const cancelled = r.order !== undefined && r.order.trim().toUpperCase().startsWith('C');
    t.purchase[i] = cancelled ? 0 : r.amount > 0 ? 1 : r.amount === 0 ? 2 : 0;
    t.minDay = Math.min(t.minDay, day);
    t.maxDay = Math.max(t.maxDay, day);
  });
  return t;
}
