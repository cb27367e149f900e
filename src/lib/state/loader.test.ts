// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { Loader, assignRole, explicitMapping, loadBytesDirect, missingRoles } from './loader.svelte';
import { Workspace } from './workspace.svelte';
import { ingestOptions, markDetected } from './loaderMapping';
import type { IngestPreview } from '../domain/ingest';
import type { IngestReport } from '../domain/types';

const samplesDir = resolve(__dirname, '../../../samples');
const sampleBytes = (name: string) => new Uint8Array(readFileSync(resolve(samplesDir, name)));
const text = (s: string) => new TextEncoder().encode(s);

describe('loadBytesDirect', () => {
  it('parses the classroom sample in the main thread', async () => {
    const outcome = await loadBytesDirect(sampleBytes('classroom.csv'), 'classroom.csv');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.rowsRead).toBe(197);
    expect(outcome.dataset.customerIds.length).toBe(40);
  });
});

describe('Loader (main thread, no Worker)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('has no Worker in jsdom, so it falls back to the main thread', () => {
    expect(typeof Worker).toBe('undefined');
  });

  it('loads the classroom file through the mapping step into the workspace', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadBytes(sampleBytes('classroom.csv'), 'classroom.csv');
    expect(loader.phase).toBe('preview');
    expect(loader.shape).toBe('transactions');
    expect(loader.preview?.headers).toEqual(['order_id', 'customer_id', 'customer_name', 'order_date', 'amount']);
    expect(loader.mapping).toMatchObject({ order: 0, customer: 1, name: 2, date: 3, amount: 4 });
    expect(loader.missing).toEqual([]);
    await loader.confirmMapping();
    flushSync();
    expect(loader.phase).toBe('done');
    expect(loader.error).toBeNull();
    expect(ws.datasetName).toBe('classroom.csv');
    expect(ws.metrics.n).toBe(40);
    expect(ws.report?.frequencyRule).toBe('distinct-orders');
    expect(ws.report?.autoDetected).toMatchObject({ customer: true, date: true, amount: true });
    expect(loader.lastReport?.rowsRead).toBe(197);
    expect(loader.progress).toBe(1);
    // The answer key: the mean threshold gives all eight classes non-empty.
    expect(ws.eight.counts).toEqual([6, 3, 4, 3, 5, 7, 4, 8]);
  });

  it('loads a sample by id without a mapping step', async () => {
    const bytes = sampleBytes('classroom.csv');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(bytes)));
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadSample('classroom');
    expect(loader.phase).toBe('done');
    expect(ws.datasetName).toBe('classroom.csv');
    expect(ws.metrics.n).toBe(40);
  });

  it('a broken file sets an error with file and line and keeps the previous dataset', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadBytes(sampleBytes('classroom.csv'), 'classroom.csv');
    await loader.confirmMapping();
    const before = ws.dataset;
    expect(ws.metrics.n).toBe(40);

    // Every date unreadable: no usable row, the error points at the first bad line.
    await loader.loadBytes(text('customer_id,order_date,amount\n1,not a date,10\n2,never,20\n'), 'broken.csv');
    expect(loader.phase).toBe('preview');
    await loader.confirmMapping();
    expect(loader.phase).toBe('error');
    expect(loader.error).toMatchObject({ key: 'no-usable-rows', fileName: 'broken.csv', line: 2, column: 2 });
    expect(ws.dataset).toBe(before);
    expect(ws.datasetName).toBe('classroom.csv');
    expect(ws.metrics.n).toBe(40);
    // The mapping step is still there to fix the file's reading.
    expect(loader.canEditMapping).toBe(true);
  });

  it('an empty or binary file fails before the mapping step', async () => {
    const loader = new Loader(new Workspace());
    await loader.loadBytes(new Uint8Array(0), 'empty.csv');
    expect(loader.phase).toBe('error');
    expect(loader.error).toMatchObject({ key: 'empty-file', fileName: 'empty.csv' });
    await loader.loadBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]), 'book.xlsx');
    expect(loader.error).toMatchObject({ key: 'not-text', fileName: 'book.xlsx' });
  });

  it('a missing column is reported by the mapping step and can be chosen', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadBytes(text('who,when,paid\nA,2024-01-02,10\nB,2024-02-03,20\n'), 'odd.csv');
    expect(loader.phase).toBe('preview');
    expect(loader.missing).toContain('customer');
    loader.setRole(0, 'customer');
    loader.setRole(1, 'date');
    loader.setRole(2, 'amount');
    expect(loader.missing).toEqual([]);
    await loader.confirmMapping();
    expect(loader.phase).toBe('done');
    expect(ws.metrics.n).toBe(2);
    expect(ws.report?.autoDetected.customer).toBe(false);
  });

  it('switching the shape detects the roles for that shape', async () => {
    const loader = new Loader(new Workspace());
    await loader.loadBytes(sampleBytes('customer-table.csv'), 'customer-table.csv');
    expect(loader.shape).toBe('customers');
    expect(loader.mapping.recency).toBe(2); // recency_days, the third column
    await loader.setShape('transactions');
    expect(loader.shape).toBe('transactions');
    expect(loader.mapping.recency).toBeUndefined();
  });

  it('cancel while previewing a file returns to idle and keeps the workspace', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadBytes(sampleBytes('classroom.csv'), 'classroom.csv');
    loader.cancel();
    expect(loader.phase).toBe('idle');
    expect(ws.dataset).toBeNull();
  });
});

describe('mapping helpers', () => {
  it('a role belongs to one column at most', () => {
    expect(assignRole({ customer: 0, date: 1 }, 2, 'customer')).toEqual({ date: 1, customer: 2 });
    expect(assignRole({ customer: 0, date: 1 }, 1, null)).toEqual({ customer: 0 });
  });
  it('unmapped roles become -1 so they are not detected again', () => {
    const m = explicitMapping('transactions', { customer: 0, date: 1, amount: 2 });
    expect(m.order).toBe(-1);
    expect(m.customer).toBe(0);
  });
  it('quantity and price stand in for the amount', () => {
    expect(missingRoles('transactions', { customer: 0, date: 1, quantity: 2, price: 3 })).toEqual([]);
    expect(missingRoles('customers', { customer: 0 })).toEqual(['recency', 'frequency', 'monetary']);
  });
  it('a confirm parses with the preview\'s encoding and delimiter, and a date order only when the user picked one', () => {
    const preview = { encoding: 'utf-8', delimiter: ';' } as IngestPreview;
    const step = { shape: 'customers' as const, mapping: { customer: 0, recency: 1, frequency: 2, monetary: 3 }, preview, dateOrder: 'dmy' as const, dateOrderChosen: false };
    expect(ingestOptions('a.csv', step)).toEqual({
      fileName: 'a.csv',
      shape: 'customers',
      mapping: { customer: 0, recency: 1, frequency: 2, monetary: 3, potential: -1, futureValue: -1, name: -1, region: -1, channel: -1, needType: -1 },
      encoding: 'utf-8',
      delimiter: ';',
    });
    expect(ingestOptions('a.csv', { ...step, dateOrderChosen: true }).dateOrder).toBe('dmy');
    expect(ingestOptions('a.csv', { ...step, preview: null })).not.toHaveProperty('encoding');
  });
  it('a role left where the preview detected it is reported as detected; a moved one as chosen', () => {
    const preview = { shape: 'transactions', mapping: { customer: 0, date: 1, amount: 2 }, autoDetected: { customer: true, date: true, amount: true } } as unknown as IngestPreview;
    const report = { shape: 'transactions', mapping: { customer: 0, date: 1, amount: 3 }, autoDetected: { customer: false, date: false, amount: false } } as unknown as IngestReport;
    expect(markDetected(report, preview).autoDetected).toEqual({ customer: true, date: true, amount: false });
    expect(markDetected(report, null)).toBe(report);
    expect(markDetected(report, { ...preview, shape: 'customers' })).toBe(report);
  });
});
