import { describe, expect, it } from 'vitest';
import { isoToDay } from '../days';
import { computeMetrics, defaultAnalysisDay } from './metrics';
import { transactionTable } from './testTable';

const rows = [
  { customer: 'a', date: '2024-01-01', amount: 100, order: 'O1' },
  { customer: 'a', date: '2024-01-01', amount: 50, order: 'O1' }, // same invoice: one order
  { customer: 'a', date: '2024-03-01', amount: 30, order: 'O2' },
  { customer: 'a', date: '2024-03-05', amount: -30, order: 'C9' }, // return: reduces M, not a purchase
  { customer: 'b', date: '2024-02-10', amount: 20, order: 'O3' },
  { customer: 'b', date: '2024-02-11', amount: 0, order: 'O4' }, // zero: not a purchase
  { customer: 'c', date: '2024-03-09', amount: -10, order: 'C5' }, // only a return: left out
  { customer: 'd', date: '2024-03-10', amount: 40, order: 'O6' },
];

describe('computeMetrics from transactions', () => {
  const t = transactionTable(rows);

  it('defaults the analysis date to the day after the latest transaction', () => {
    expect(defaultAnalysisDay(t)).toBe(isoToDay('2024-03-11'));
  });

  it('computes R, F, M by COURSE.md', () => {
    const m = computeMetrics(t);
    expect(m.ids).toEqual(['a', 'b', 'd']);
    expect(Array.from(m.recency)).toEqual([10, 30, 1]); // last purchase 03-01 (the return does not count)
    expect(Array.from(m.frequency)).toEqual([2, 1, 1]); // distinct order ids among purchases
    expect(Array.from(m.monetary)).toEqual([150, 20, 40]); // 180 - 30 return
    expect(m.customersWithoutPurchase).toBe(1);
    expect(m.totalMonetary).toBe(210);
  });

  it('counts purchase rows when there is no order id', () => {
    const t2 = transactionTable(rows.map(({ order, ...r }) => r));
    const m = computeMetrics(t2);
    expect(Array.from(m.frequency)).toEqual([3, 1, 1]);
    // Without order ids the return on "C9" is only a negative amount: still not a purchase.
  });

  it('ignores rows on or after an earlier analysis date and says how many', () => {
    const m = computeMetrics(t, { analysisDay: isoToDay('2024-03-01')! });
    expect(m.ids).toEqual(['a', 'b']);
    expect(Array.from(m.recency)).toEqual([60, 20]);
    expect(Array.from(m.monetary)).toEqual([150, 20]);
    expect(m.rowsAfterAnalysisDate).toBe(4);
  });

  it('leaves everyone out when the analysis date is before all data', () => {
    const m = computeMetrics(t, { analysisDay: isoToDay('2023-01-01')! });
    expect(m.n).toBe(0);
    expect(m.customersWithoutPurchase).toBe(4);
    expect(m.rowsAfterAnalysisDate).toBe(rows.length);
  });

  it('offers M as the average per purchase', () => {
    const m = computeMetrics(t, { monetaryMode: 'average' });
    expect(Array.from(m.monetary)).toEqual([75, 20, 40]);
  });

  it('a purchase the day before the analysis date has R = 1', () => {
    const m = computeMetrics(transactionTable([{ customer: 'x', date: '2024-05-31', amount: 5 }]), { analysisDay: isoToDay('2024-06-01')! });
    expect(m.recency[0]).toBe(1);
  });
});

describe('computeMetrics from a customer table', () => {
  const table = {
    shape: 'customers' as const,
    customerIds: ['a', 'b', 'c'],
    recency: Float64Array.from([10, 400, 30]),
    frequency: Float64Array.from([4, 0, 2]),
    monetary: Float64Array.from([200, 0, 50]),
    potential: Float64Array.from([7, 1, 3]),
  };

  it('takes R, F, M as given and leaves out customers without a purchase', () => {
    const m = computeMetrics(table);
    expect(m.ids).toEqual(['a', 'c']);
    expect(Array.from(m.index)).toEqual([0, 2]);
    expect(Array.from(m.recency)).toEqual([10, 30]);
    expect(Array.from(m.potential!)).toEqual([7, 3]);
    expect(m.futureValue).toBeNull();
    expect(m.customersWithoutPurchase).toBe(1);
    expect(m.analysisDay).toBeNull();
  });

  it('offers M as the average per purchase', () => {
    expect(Array.from(computeMetrics(table, { monetaryMode: 'average' }).monetary)).toEqual([50, 25]);
  });
});
