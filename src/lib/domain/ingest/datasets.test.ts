/**
 * Agreement with the public datasets in ../shared (see its README for the figures).
 * Skipped, with a message, when ../shared is not there (e.g. a fresh clone).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from './ingest';
import { dayToIso } from './dates';
import type { CustomerTable, IngestOutcome, IngestResult, TransactionTable } from '../types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const datasets = path.join(path.resolve(repoRoot, '../shared'), 'datasets');
const present = existsSync(datasets);
if (!present) console.warn(`ingest dataset tests skipped: ${datasets} not found`);

function ok(o: IngestOutcome): IngestResult {
  if (!o.ok) throw new Error(JSON.stringify(o.error));
  return o;
}
const read = (rel: string) => new Uint8Array(readFileSync(path.join(datasets, rel)));

describe.skipIf(!present)('public datasets (../shared/datasets)', () => {
  it('CDNOW master: 69,659 rows, 23,570 customers, 80 zero rows', async () => {
    const r = ok(await ingestBytes(read('cdnow/cdnow_master.csv'), { fileName: 'cdnow_master.csv' }));
    const t = r.dataset as TransactionTable;
    expect(r.report).toMatchObject({
      rowsRead: 69659, rowsUsed: 69659, skipped: [], zeroAmountRows: 80, returnRows: 0, cancelledOrderRows: 0,
      frequencyRule: 'purchase-rows', amountFromQuantityTimesPrice: false, mapping: { customer: 0, date: 1, quantity: 2, amount: 3 },
    });
    expect(t.customerIds.length).toBe(23570);
    expect([dayToIso(t.minDay), dayToIso(t.maxDay)]).toEqual(['1997-01-01', '1998-06-30']);
    // Every row is a purchase except the 80 free orders, which the future-value model keeps.
    expect(t.purchase.filter((v) => v === 1).length).toBe(69659 - 80);
    expect(t.purchase.filter((v) => v === 2).length).toBe(80);
  });

  it('CDNOW sample: 6,919 rows, 2,357 customers', async () => {
    const r = ok(await ingestBytes(read('cdnow/cdnow_sample.csv'), { fileName: 'cdnow_sample.csv' }));
    expect(r.report.rowsUsed).toBe(6919);
    expect(r.dataset.customerIds.length).toBe(2357);
  });

  it('rfm orders: 4,906 rows, 995 customers', async () => {
    const r = ok(await ingestBytes(read('rfm-package/rfm_data_orders.csv'), { fileName: 'rfm_data_orders.csv' }));
    const t = r.dataset as TransactionTable;
    expect(r.report.rowsUsed).toBe(4906);
    expect(t.customerIds.length).toBe(995);
    expect([dayToIso(t.minDay), dayToIso(t.maxDay)]).toEqual(['2001-10-29', '2006-12-30']);
  });

  it('rfm customer table: 39,999 customers, recognised as a customer table', async () => {
    const r = ok(await ingestBytes(read('rfm-package/rfm_data_customer.csv'), { fileName: 'rfm_data_customer.csv' }));
    const c = r.dataset as CustomerTable;
    expect(r.report).toMatchObject({ shape: 'customers', rowsUsed: 39999, mapping: { customer: 0, monetary: 1, frequency: 3, recency: 4 } });
    expect([c.customerIds[0], c.monetary[0], c.frequency[0], c.recency[0]]).toEqual(['22086', 777, 9, 232]);
  });

  // Speed is measured by `npm run bench`, not asserted here: a wall-clock bound fails on a busy machine.
  it('Online Retail: 135,080 rows without customer, 4,372 customers', async () => {
    const bytes = new Uint8Array(gunzipSync(readFileSync(path.join(datasets, 'online-retail/online-retail.csv.gz'))));
    const r = ok(await ingestBytes(bytes, { fileName: 'online-retail.csv' }));
    const t = r.dataset as TransactionTable;
    expect(r.report.rowsRead).toBe(541909);
    expect(r.report.skipped).toHaveLength(1);
    expect(r.report.skipped[0]).toMatchObject({ reason: 'missing-customer', count: 135080 });
    expect(r.report.rowsUsed).toBe(541909 - 135080);
    expect(t.customerIds.length).toBe(4372);
    expect(t.customerIds[0]).toBe('17850');
    expect(r.report).toMatchObject({ amountFromQuantityTimesPrice: true, frequencyRule: 'distinct-orders', dateOrder: 'ymd' });
    expect([dayToIso(t.minDay), dayToIso(t.maxDay)]).toEqual(['2010-12-01', '2011-12-09']);
    // Every C invoice row is a cancellation, never a purchase.
    expect(r.report.cancelledOrderRows).toBe(8905);
  });
});
