import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ingestBytes, previewBytes, type IngestOptions } from './ingest';
import { dayToIso } from './dates';
import type { CustomerTable, IngestFailure, IngestOutcome, IngestResult, TransactionTable } from '../types';

const enc = (s: string) => new TextEncoder().encode(s);
const run = (text: string | Uint8Array, opts: Partial<IngestOptions> = {}) =>
  ingestBytes(typeof text === 'string' ? enc(text) : text, { fileName: 'sales.csv', ...opts });
function ok(o: IngestOutcome): IngestResult {
  if (!o.ok) throw new Error(JSON.stringify(o.error));
  return o;
}
function failed(o: IngestOutcome): IngestFailure['error'] {
  if (o.ok) throw new Error('expected a failure');
  return o.error;
}
const tx = (o: IngestOutcome) => ok(o).dataset as TransactionTable;

describe('transactions: rows, purchases, returns', () => {
  const text = [
    'InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID,Country', // 1
    '536365,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom', // 2
    '536365,2,2010-12-01 08:26:00,1.00,17850.0,United Kingdom', // 3
    'C536379,-1,2010-12-01 09:41:00,27.50,14527.0,United Kingdom', // 4 cancelled
    '536380,-3,2010-12-01 09:45:00,1.00,14527,United Kingdom', // 5 return (negative, not C)
    '536381,5,2010-12-02 10:00:00,0,14527,France', // 6 zero
    '536382,1,2010-12-02 10:00:00,3,,France', // 7 missing customer
    '536383,1,,3,12345,France', // 8 missing date
    '536384,1,2010-13-45,3,12345,France', // 9 bad date
    '536385,x,2010-12-03,3,12345,France', // 10 bad quantity
    '536386,1,2010-12-03,,12345,France', // 11 bad price (empty)
    '', // 12 blank
    '536387,1,2010-12-03,3', // 13 wrong field count (customer column missing)
    ' c536388 ,1,2010-12-04,3,12345,Spain', // 14 cancelled (lower case, spaces)
    '', // trailing newline only
  ].join('\n');

  it('counts and flags exactly', async () => {
    const r = ok(await run(text));
    const t = r.dataset as TransactionTable;
    expect(r.report.rowsRead).toBe(13);
    expect(r.report.rowsUsed).toBe(6);
    expect(r.report.skipped).toEqual(expect.arrayContaining([
      { reason: 'missing-customer', count: 1, lines: [7] },
      { reason: 'missing-date', count: 1, lines: [8] },
      { reason: 'bad-date', count: 1, lines: [9] },
      { reason: 'bad-quantity', count: 1, lines: [10] },
      { reason: 'bad-price', count: 1, lines: [11] },
      { reason: 'blank', count: 1, lines: [12] },
      { reason: 'wrong-field-count', count: 1, lines: [13] },
    ]));
    expect(r.report.skipped).toHaveLength(7);
    expect(t.customerIds).toEqual(['17850', '14527', '12345']);
    expect(Array.from(t.customer)).toEqual([0, 0, 1, 1, 1, 2]);
    expect(Array.from(t.amount)).toEqual([6 * 2.55, 2, -27.5, -3, 0, 3]);
    // 2: the zero-amount line is a free order (a transaction for the future-value model, not a purchase).
    expect(Array.from(t.purchase)).toEqual([1, 1, 0, 0, 2, 0]);
    expect(Array.from(t.order)).toEqual([0, 0, 1, 2, 3, 4]);
    expect(Array.from(t.day).map(dayToIso)).toEqual(['2010-12-01', '2010-12-01', '2010-12-01', '2010-12-01', '2010-12-02', '2010-12-04']);
    expect([dayToIso(t.minDay), dayToIso(t.maxDay)]).toEqual(['2010-12-01', '2010-12-04']);
    expect(t.hasOrderIds).toBe(true);
    expect(t.regions).toEqual(['United Kingdom', 'United Kingdom', 'Spain']);
    expect(r.report).toMatchObject({
      cancelledOrderRows: 2, returnRows: 1, zeroAmountRows: 1, frequencyRule: 'distinct-orders',
      amountFromQuantityTimesPrice: true, dateOrder: 'ymd', dateOrderCertain: true, encoding: 'utf-8', delimiter: ',',
      shape: 'transactions',
    });
    expect(r.report.warnings).toContainEqual({ key: 'amount-from-quantity-times-price' });
  });

  it('with an amount column, quantity x price is not used (CDNOW)', async () => {
    const t = tx(await run('customer_id,date,number_of_cds,dollar_value\n1,1997-01-01,2,11.77\n2,1997-01-12,5,0.00\n'));
    expect(Array.from(t.amount)).toEqual([11.77, 0]);
    expect(Array.from(t.order)).toEqual([-1, -1]);
    expect(t.hasOrderIds).toBe(false);
    const r = ok(await run('customer_id,date,number_of_cds,dollar_value\n1,1997-01-01,2,11.77\n'));
    expect(r.report).toMatchObject({ frequencyRule: 'purchase-rows', amountFromQuantityTimesPrice: false });
  });

  it('line numbers follow quoted line breaks', async () => {
    const r = ok(await run('customer,date,amount,note\n1,2024-01-05,3,"two\nlines"\n,2024-01-05,3,x\n2,2024-01-05,oops,"a\r\nb\nc"\n3,2024-01-06,4,\n'));
    expect(r.report.skipped).toEqual([
      { reason: 'missing-customer', count: 1, lines: [4] },
      { reason: 'bad-amount', count: 1, lines: [5] },
    ]);
  });

  it('keeps at most 20 line numbers per reason, in order', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `,2024-01-05,${i}`);
    const r = ok(await run(['customer,date,amount', '1,2024-01-05,1', ...rows].join('\n')));
    expect(r.report.skipped[0].count).toBe(30);
    expect(r.report.skipped[0].lines).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
  });

  it('missing vs bad amount', async () => {
    const r = ok(await run('customer,date,amount\n1,2024-01-05,\n1,2024-01-05,abc\n1,2024-01-05,5\n'));
    expect(r.report.skipped).toEqual([
      { reason: 'missing-amount', count: 1, lines: [2] },
      { reason: 'bad-amount', count: 1, lines: [3] },
    ]);
  });

  it('empty order id counts as its own order, with a warning', async () => {
    const r = ok(await run('order,customer,date,amount\nA1,1,2024-01-05,5\n,1,2024-01-05,5\n,1,2024-01-05,5\nA1,1,2024-01-05,5\n'));
    expect(Array.from((r.dataset as TransactionTable).order)).toEqual([0, 1, 2, 0]);
    expect(r.report.warnings).toContainEqual({ key: 'missing-order-id', params: { rows: 2 } });
  });

  it('names and need types: first non-empty value per customer', async () => {
    const t = tx(await run('客户ID,客户名称,日期,金额,需求类型\nA,,2024-01-05,1,\nA,张三,2024-01-06,1,价格\nB,李四,2024-01-06,2,服务\nA,王五,2024-01-07,1,品质\n'));
    expect(t.customerNames).toEqual(['张三', '李四']);
    expect(t.needTypes).toEqual(['价格', '服务']);
  });

  it('trailing delimiter (empty extra field) is accepted; a shifted row is not', async () => {
    const r = ok(await run('customer,date,amount\n1,2024-01-05,3,\n2,2024-01-05,3,4\n'));
    expect(r.report.rowsUsed).toBe(1);
    expect(r.report.skipped).toEqual([{ reason: 'wrong-field-count', count: 1, lines: [3] }]);
  });
});

describe('formats end to end', () => {
  it('semicolon, decimal comma, day-first dates', async () => {
    const r = ok(await run('Kunde;Datum;Betrag;customer\nx;13.01.2024;1.234,50;A\nx;05.02.2024;3,5;B\n', { mapping: { date: 1, amount: 2 } }));
    const t = r.dataset as TransactionTable;
    expect(r.report.delimiter).toBe(';');
    expect(Array.from(t.amount)).toEqual([1234.5, 3.5]);
    expect(Array.from(t.day).map(dayToIso)).toEqual(['2024-01-13', '2024-02-05']);
    expect(r.report).toMatchObject({ dateOrder: 'dmy', dateOrderCertain: true });
    expect(r.report.warnings).toContainEqual({ key: 'decimal-comma', params: { column: 'Betrag' } });
    expect(r.report.autoDetected).toMatchObject({ date: false, amount: false, customer: true });
  });
  it('tab, currency, month-first dates (Online Retail style)', async () => {
    const t = tx(await run('CustomerID\tInvoiceDate\tAmount\n1\t12/1/2010 8:26\t$1,234.50\n2\t12/13/2010 9:00\t(12.00)\n'));
    expect(Array.from(t.day).map(dayToIso)).toEqual(['2010-12-01', '2010-12-13']);
    expect(Array.from(t.amount)).toEqual([1234.5, -12]);
  });
  it('undecidable day/month: assumes mdy, warns, override wins', async () => {
    const text = 'customer,date,amount\n1,1/2/2024,5\n2,3/4/2024,5\n';
    const r = ok(await run(text));
    expect(r.report).toMatchObject({ dateOrder: 'mdy', dateOrderCertain: false });
    expect(r.report.warnings.map((w) => w.key)).toContain('date-order-assumed');
    expect(Array.from((r.dataset as TransactionTable).day).map(dayToIso)).toEqual(['2024-01-02', '2024-03-04']);
    const o = ok(await run(text, { dateOrder: 'dmy' }));
    expect(o.report).toMatchObject({ dateOrder: 'dmy', dateOrderCertain: true });
    expect(Array.from((o.dataset as TransactionTable).day).map(dayToIso)).toEqual(['2024-02-01', '2024-04-03']);
  });
  it('Excel serial dates', async () => {
    const t = tx(await run('customer,date,amount\n1,45296,5\n2,45297.5,5\n'));
    expect(Array.from(t.day).map(dayToIso)).toEqual(['2024-01-05', '2024-01-06']);
  });
  it('GB18030 with Chinese headers and ¥ amounts', async () => {
    const bytes = new Uint8Array(iconv.encode('客户编号,交易日期,实付金额\n张三,2024年1月5日,"¥1,234.50"\n李四,2024/1/6,￥20\n', 'gb18030'));
    const r = ok(await run(bytes));
    const t = r.dataset as TransactionTable;
    expect(r.report.encoding).toBe('gb18030');
    expect(t.customerIds).toEqual(['张三', '李四']);
    expect(Array.from(t.amount)).toEqual([1234.5, 20]);
    expect(Array.from(t.day).map(dayToIso)).toEqual(['2024-01-05', '2024-01-06']);
  });
  it('UTF-16LE with BOM (tab separated, as Excel "Unicode text")', async () => {
    const s = '客户ID\t日期\t金额\r\nA\t2024-01-05\t12.5\r\n';
    const b = new Uint8Array(2 + s.length * 2);
    b[0] = 0xff; b[1] = 0xfe;
    for (let i = 0; i < s.length; i++) { b[2 + 2 * i] = s.charCodeAt(i) & 0xff; b[3 + 2 * i] = s.charCodeAt(i) >> 8; }
    const r = ok(await run(b));
    expect(r.report).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', headers: ['客户ID', '日期', '金额'] });
    expect(Array.from((r.dataset as TransactionTable).amount)).toEqual([12.5]);
  });
  it('UTF-8 BOM does not stick to the first header', async () => {
    const r = ok(await run(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('customer_id,date,amount\n1,2024-01-05,1\n')])));
    expect(r.report).toMatchObject({ encoding: 'utf-8-bom', headers: ['customer_id', 'date', 'amount'] });
  });
  it('explicit delimiter and encoding', async () => {
    const bytes = new Uint8Array(iconv.encode('客户ID|日期|金额\nA|2024-01-05|1,5\n', 'gb18030'));
    const r = ok(await run(bytes, { delimiter: '|', encoding: 'gb18030' }));
    expect(Array.from((r.dataset as TransactionTable).amount)).toEqual([1.5]);
  });
});

describe('customer table', () => {
  it('reads R, F, M and optional columns', async () => {
    const r = ok(await run('客户编号,客户姓名,最近一次消费,消费频率,消费金额,潜力,未来价值,需求类型,地区\nA,张三,10,5,"1,000.50",8,,价格,上海\nB,李四,-1,3,100,1,2,,北京\nC,王五,30,x,100,1,2,,\nD,赵六,3,2,50,bad,9,服务,\n'));
    const c = r.dataset as CustomerTable;
    expect(r.report).toMatchObject({ shape: 'customers', frequencyRule: 'given', rowsRead: 4, rowsUsed: 2, dateOrder: null });
    expect(r.report.skipped).toEqual(expect.arrayContaining([
      { reason: 'bad-recency', count: 1, lines: [3] },
      { reason: 'bad-frequency', count: 1, lines: [4] },
    ]));
    expect(c.customerIds).toEqual(['A', 'D']);
    expect(Array.from(c.recency)).toEqual([10, 3]);
    expect(Array.from(c.frequency)).toEqual([5, 2]);
    expect(Array.from(c.monetary)).toEqual([1000.5, 50]);
    expect(Array.from(c.potential!)).toEqual([8, NaN]);
    expect(Array.from(c.futureValue!)).toEqual([NaN, 9]);
    expect(c.customerNames).toEqual(['张三', '赵六']);
    expect(c.needTypes).toEqual(['价格', '服务']);
    expect(c.regions).toEqual(['上海', '']);
  });
});

describe('an unclosed quote swallowing the next line', () => {
  // Line 3 opens a quote in the note and never closes it on that line; the next quote is
  // the one opening line 5's note, so lines 4 and 5 become part of line 3's note.
  const text = [
    'customer_id,order_date,amount,note', // 1
    'A,2024-01-02,10,fine', // 2
    'B,2024-01-03,20,"12 inch pipe', // 3: the quote opens here
    'C,2024-01-04,30,plain', // 4: swallowed
    'D,2024-01-05,40,"ok"', // 5: swallowed up to its first quote
    'E,2024-01-06,50,after', // 6
  ].join('\n') + '\n';

  it.each([
    ['UTF-8, read from the bytes', enc(text), 'utf-8'],
    ['GB18030, read from the decoded text', new Uint8Array(iconv.encode(text, 'gb18030')), 'gb18030'],
  ] as const)('names the line where the quote opened and the lines it swallowed (%s)', async (_name, bytes, encoding) => {
    const r = ok(await run(bytes, { encoding }));
    expect(r.dataset.customerIds).toEqual(['A', 'B', 'E']);
    expect(r.report.warnings).toContainEqual({ key: 'csv-quote-swallowed-lines', params: { line: 3, first: 4, last: 5 } });
    expect(r.report.warnings.map((w) => w.key)).not.toContain('csv-quote-error');
  });

  it('one swallowed line has a message of its own', async () => {
    const single = [
      'customer_id,order_date,amount,note', // 1
      'A,2024-01-02,10,"open', // 2: the quote opens here
      'B,2024-01-03,20,"x"', // 3: swallowed up to its first quote
      'C,2024-01-04,30,after', // 4
    ].join('\n') + '\n';
    const r = ok(await run(single));
    expect(r.dataset.customerIds).toEqual(['A', 'C']);
    expect(r.report.warnings).toContainEqual({ key: 'csv-quote-swallowed-line', params: { line: 2, first: 3, last: 3 } });
  });
});

describe('unusable files: one clear failure', () => {
  // Key, params and position only: the app and the CLI word them from the message catalog.
  type Params = Record<string, string | number> | undefined;
  const cases: [string, string | Uint8Array, string, Params, number | null, number | null][] = [
    ['empty', '', 'empty-file', undefined, null, null],
    ['only whitespace', '  \n\n', 'empty-file', undefined, null, null],
    ['xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]), 'not-text', { kind: 'zip' }, null, null],
    ['binary', new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8]), 'not-text', { kind: 'binary' }, null, null],
    ['no customer column', 'foo,date,amount\n1,2024-01-05,3\n', 'missing-column', { role: 'customer', shape: 'transactions', headers: 'foo, date, amount' }, 1, null],
    ['no amount', 'customer,date,qty\n1,2024-01-05,3\n', 'missing-column', { role: 'amount' }, 1, null],
    ['header only', 'customer,date,amount\n', 'no-rows', undefined, 1, null],
    ['nothing usable', 'customer,date,amount\n1,someday,3\n2,later,4\n', 'no-usable-rows', { reason: 'bad-date', count: 2, rows: 2, header: 'date' }, 2, 2],
  ];
  it.each(cases)('%s', async (_n, input, key, params, line, column) => {
    const e = failed(await run(input));
    expect(e.key).toBe(key);
    if (params) expect(e.params).toMatchObject(params);
    else expect(e.params).toBeUndefined();
    expect(e.fileName).toBe('sales.csv');
    expect(e.line).toBe(line);
    expect(e.column).toBe(column);
  });
  it('a mapping outside the header', async () => {
    const e = failed(await run('customer,date,amount\n1,2024-01-05,3\n', { mapping: { amount: 7 } }));
    expect(e).toMatchObject({ key: 'bad-mapping', line: 1 });
  });
  it('never throws, even on silly options', async () => {
    const e = failed(await run('customer,date,amount\n1,2024-01-05,3\n', { delimiter: ';;' }));
    expect(e.key).toBe('internal-error');
  });
});

describe('progress and cancellation', () => {
  const big = 'customer,date,amount\n' + Array.from({ length: 5000 }, (_, i) => `${i % 50},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i}`).join('\n');
  it('reports progress up to 1', async () => {
    const calls: [number, number][] = [];
    ok(await run(big, { chunkSize: 4096, onProgress: (f, n) => calls.push([f, n]) }));
    expect(calls.length).toBeGreaterThan(10);
    expect(calls[calls.length - 1]).toEqual([1, 5000]);
    for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThanOrEqual(calls[i - 1][0]);
  });
  it('an already aborted signal', async () => {
    const ac = new AbortController();
    ac.abort();
    expect(failed(await run(big, { signal: ac.signal })).key).toBe('cancelled');
  });
  it('abort during reading (from outside, while it yields)', async () => {
    const ac = new AbortController();
    const p = run(big, { signal: ac.signal, chunkSize: 1024 });
    setTimeout(() => ac.abort(), 0);
    expect(failed(await p)).toMatchObject({ key: 'cancelled', fileName: 'sales.csv' });
  });
  it('abort from a progress callback', async () => {
    const ac = new AbortController();
    const e = failed(await run(big, { signal: ac.signal, chunkSize: 2048, onProgress: (f) => { if (f > 0.3) ac.abort(); } }));
    expect(e.key).toBe('cancelled');
  });
});

describe('previewBytes', () => {
  it('headers, rows, mapping, shape, date order guess', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},13/1/2024,${i}.5`);
    const p = previewBytes(enc(['customer,date,amount', ...rows].join('\n')), { fileName: 'a.csv' });
    expect(p).toMatchObject({
      encoding: 'utf-8', delimiter: ',', headers: ['customer', 'date', 'amount'], shape: 'transactions',
      mapping: { customer: 0, date: 1, amount: 2 }, missingRoles: [], dateOrder: 'dmy', dateOrderCertain: true, failure: null,
    });
    expect(p.rows).toHaveLength(20);
    expect(p.rows[0]).toEqual(['0', '13/1/2024', '0.5']);
  });
  it('says what is missing', () => {
    const p = previewBytes(enc('foo,date,amount\n1,2024-01-05,3\n'), { fileName: 'a.csv' });
    expect(p.missingRoles).toEqual(['customer']);
    expect(p.failure?.key).toBe('missing-column');
  });
  it('customer table', () => {
    const p = previewBytes(enc('customer_id,revenue,number_of_orders,recency_days\n1,2,3,4\n'), { fileName: 'a.csv' });
    expect(p).toMatchObject({ shape: 'customers', dateOrder: null, failure: null });
  });
  it('binary', () => {
    expect(previewBytes(new Uint8Array([0x50, 0x4b, 3, 4]), { fileName: 'a.xlsx' }).failure?.key).toBe('not-text');
  });
});
