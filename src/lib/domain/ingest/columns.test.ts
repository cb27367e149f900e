import { describe, expect, it } from 'vitest';
import { detectColumns, normaliseHeader } from './columns';
import type { ColumnRole } from '../types';

const roleOf = (header: string, shape: 'transactions' | 'customers' = 'transactions'): ColumnRole | undefined => {
  const det = detectColumns([header, 'zzz_unrelated'], shape);
  return (Object.keys(det.mapping) as ColumnRole[]).find((r) => det.mapping[r] === 0 && !(r === 'customer' && det.customerFromName));
};

describe('normaliseHeader', () => {
  it.each([['Customer ID', 'customerid'], ['customer_id', 'customerid'], ['CustomerID', 'customerid'], ['客户ＩＤ', '客户id'], [' Order-Date ', 'orderdate']])(
    '%j -> %j', (h, want) => expect(normaliseHeader(h)).toBe(want));
});

describe('single header -> role (transactions)', () => {
  const cases: [string, ColumnRole][] = [
    ...['customer id', 'customer_id', 'CustomerID', 'customer', 'client id', 'member id', '客户ID', '客户编号', '客户号', '会员ID', '会员编号', '用户ID']
      .map((h) => [h, 'customer'] as [string, ColumnRole]),
    ...['date', 'order date', 'InvoiceDate', 'order_date', 'purchase date', '订单日期', '下单时间', '交易日期', '日期', '购买日期']
      .map((h) => [h, 'date'] as [string, ColumnRole]),
    ...['amount', 'revenue', 'sales', 'total', 'dollar_value', 'value', '金额', '实付金额', '销售额', '订单金额', '消费金额']
      .map((h) => [h, 'amount'] as [string, ColumnRole]),
    ...['order id', 'InvoiceNo', 'invoice', 'order_no', '订单号', '订单编号', '发票号'].map((h) => [h, 'order'] as [string, ColumnRole]),
    ...['quantity', 'qty', 'number_of_cds', '数量', '购买数量'].map((h) => [h, 'quantity'] as [string, ColumnRole]),
    ...['unit price', 'UnitPrice', 'price', '单价'].map((h) => [h, 'price'] as [string, ColumnRole]),
    ...['name', 'customer name', '客户名称', '姓名', '客户姓名'].map((h) => [h, 'name'] as [string, ColumnRole]),
    ...['region', 'country', 'city', '地区', '国家', '城市'].map((h) => [h, 'region'] as [string, ColumnRole]),
    ['channel', 'channel'], ['渠道', 'channel'], ['need type', 'needType'], ['需求类型', 'needType'],
  ];
  it.each(cases)('%j -> %s', (h, role) => expect(roleOf(h)).toBe(role));
});

describe('single header -> role (customer table)', () => {
  const cases: [string, ColumnRole][] = [
    ...['recency', 'recency_days', '最近一次消费', '最近消费天数', 'R'].map((h) => [h, 'recency'] as [string, ColumnRole]),
    ...['frequency', 'number_of_orders', '消费频率', '购买次数', 'F'].map((h) => [h, 'frequency'] as [string, ColumnRole]),
    ...['monetary', '消费金额', 'M', 'revenue'].map((h) => [h, 'monetary'] as [string, ColumnRole]),
    ...['potential', '潜力', '潜在价值'].map((h) => [h, 'potential'] as [string, ColumnRole]),
    ...['future value', 'predicted value', 'clv', '未来价值', '预测价值'].map((h) => [h, 'futureValue'] as [string, ColumnRole]),
  ];
  it.each(cases)('%j -> %s', (h, role) => expect(roleOf(h, 'customers')).toBe(role));
});

describe('whole headers', () => {
  it('CDNOW: dollar_value is the amount, number_of_cds the quantity', () => {
    const d = detectColumns(['customer_id', 'date', 'number_of_cds', 'dollar_value']);
    expect(d).toMatchObject({ shape: 'transactions', missing: [], mapping: { customer: 0, date: 1, quantity: 2, amount: 3 } });
  });
  it('Online Retail: no amount column, quantity x price', () => {
    const d = detectColumns(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country']);
    expect(d.mapping).toEqual({ order: 0, quantity: 3, date: 4, price: 5, customer: 6, region: 7 });
    expect(d.missing).toEqual([]);
  });
  it('rfm customer table is recognised', () => {
    const d = detectColumns(['customer_id', 'revenue', 'most_recent_visit', 'number_of_orders', 'recency_days', 'first_name', 'last_name', 'email']);
    expect(d.shape).toBe('customers');
    expect(d.mapping).toEqual({ customer: 0, monetary: 1, frequency: 3, recency: 4 });
  });
  it('Chinese customer table', () => {
    const d = detectColumns(['客户编号', '客户姓名', '最近一次消费', '消费频率', '消费金额', '潜力', '未来价值', '需求类型', '地区']);
    expect(d.shape).toBe('customers');
    expect(d.mapping).toEqual({ customer: 0, name: 1, recency: 2, frequency: 3, monetary: 4, potential: 5, futureValue: 6, needType: 7, region: 8 });
  });
  it('Chinese transactions', () => {
    const d = detectColumns(['订单号', '客户ID', '客户名称', '下单时间', '数量', '单价', '实付金额', '渠道']);
    expect(d.shape).toBe('transactions');
    expect(d.mapping).toEqual({ order: 0, customer: 1, name: 2, date: 3, quantity: 4, price: 5, amount: 6, channel: 7 });
  });
  it('caller mapping overrides per role and frees the column', () => {
    const d = detectColumns(['customer_id', 'date', 'number_of_cds', 'dollar_value'], 'auto', { amount: 2, quantity: -1 });
    expect(d.mapping).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(d.autoDetected).toEqual({ customer: true, date: true, amount: false });
  });
  it('missing roles are reported', () => {
    expect(detectColumns(['foo', 'date', 'amount']).missing).toEqual(['customer']);
    expect(detectColumns(['customer', 'date', 'quantity']).missing).toEqual(['amount']);
  });
  it('the name column identifies customers when there is no id column', () => {
    const d = detectColumns(['客户名称', '日期', '金额']);
    expect(d).toMatchObject({ customerFromName: true, missing: [], mapping: { customer: 0, name: 0, date: 1, amount: 2 } });
  });
  it('forced shape', () => {
    expect(detectColumns(['customer', 'R', 'F', 'M'], 'transactions').shape).toBe('transactions');
  });
});
