/**
 * The stored cleaning report is checked, not only typed: every report the ingest writes
 * passes (the shipped samples and a messy file with skipped lines and warnings), and each
 * report that would throw in the Data view or flood it is refused with the field named; so is
 * a transactions dataset whose days lie outside what the ingest reads (no date to show).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile } from '../../persist/file';
import { validateDatasetRecord } from '../../persist/validate';
import type { IngestReport } from '../types';
import { ingestBytes } from './ingest';
import { reportProblem } from './reportSchema';

async function reportOf(bytes: Uint8Array, fileName: string): Promise<IngestReport> {
  const out = await ingestBytes(bytes, { fileName, shape: 'auto' });
  if (!out.ok) throw new Error(out.error.key);
  return out.report;
}
const sample = (name: string) => new Uint8Array(readFileSync(`samples/${name}`));
const MESSY = 'Customer,Date,Amount,Order\nA,2024-01-05,10,1\n,2024-01-06,5,2\nB,not a date,7,3\nC,"2024-02-01,9,4\nD,2024-02-02,3,5\nE,2024-02-03,-4,C6\n';

describe('what the ingest writes passes', () => {
  it('the samples and a messy file (skipped lines, a swallowing quote, returns)', async () => {
    const reports = [
      await reportOf(sample('classroom.csv'), 'classroom.csv'),
      await reportOf(sample('customer-table.csv'), 'customer-table.csv'),
      await reportOf(sample('retail-transactions-zh-gb18030.csv'), 'retail-transactions-zh-gb18030.csv'),
      await reportOf(new TextEncoder().encode(MESSY), 'messy.csv'),
    ];
    const messy = reports[3];
    expect(messy.skipped.length).toBeGreaterThan(0);
    expect(messy.warnings.map((w) => w.key)).toContain('csv-quote-swallowed-lines');
    expect(reports.map((r) => reportProblem(r))).toEqual([null, null, null, null]);
  });
});

describe('a report that would break or flood the Data view is refused, naming the field', () => {
  it('each problem', async () => {
    const good = await reportOf(sample('classroom.csv'), 'classroom.csv');
    const entry = { reason: 'blank', count: 1, lines: [3] };
    const cases: [string, unknown, unknown][] = [
      ['empty object', {}, { key: 'valid.list', params: { field: 'report.headers' } }],
      ['skipped missing', { ...good, skipped: undefined }, { key: 'valid.list', params: { field: 'report.skipped' } }],
      ['a reason twice', { ...good, skipped: [entry, entry] }, { key: 'valid.repeatedReason', params: { field: 'report.skipped[1].reason' } }],
      ['21 lines', { ...good, skipped: [{ ...entry, lines: Array.from({ length: 21 }, (_, i) => i + 2) }] }, { key: 'valid.maxEntries', params: { field: 'report.skipped[0].lines', max: 20 } }],
      ['count not a number', { ...good, skipped: [{ ...entry, count: '1' }] }, { key: 'valid.wholeIn', params: { field: 'report.skipped[0].count', min: 0, max: Number.MAX_SAFE_INTEGER } }],
      ['101 warnings', { ...good, warnings: Array(101).fill({ key: 'decimal-comma' }) }, { key: 'valid.maxEntries', params: { field: 'report.warnings', max: 100 } }],
      ['a warning param object', { ...good, warnings: [{ key: 'x', params: { rows: {} } }] }, { key: 'valid.textOrNumber', params: { field: 'report.warnings[0].params.rows' } }],
      ['a column past the headers', { ...good, mapping: { customer: good.headers.length } }, { key: 'valid.wholeIn', params: { field: 'report.mapping.customer', min: -1, max: good.headers.length - 1 } }],
      ['rows read negative', { ...good, rowsRead: -1 }, { key: 'valid.wholeIn', params: { field: 'report.rowsRead', min: 0, max: Number.MAX_SAFE_INTEGER } }],
      ['unknown shape', { ...good, shape: 'orders' }, { key: 'valid.oneOf', params: { field: 'report.shape', values: ['transactions', 'customers'] } }],
      ['date order', { ...good, dateOrder: 'ydm' }, { key: 'valid.oneOf', params: { field: 'report.dateOrder', values: ['ymd', 'dmy', 'mdy', 'null'] } }],
    ];
    for (const [what, report, problem] of cases) expect([what, reportProblem(report)]).toEqual([what, problem]);
  });

  it('in a dataset record and a workspace file', () => {
    const dataset = { shape: 'customers', customerIds: [], recency: { $typed: 'Float64Array', length: 0, base64: '' }, frequency: { $typed: 'Float64Array', length: 0, base64: '' }, monetary: { $typed: 'Float64Array', length: 0, base64: '' } };
    const file = JSON.stringify({ app: 'ccc', kind: 'workspace-file', version: 2, data: { workspace: { name: 'A', settings: {} }, dataset: { dataset, report: {} } } });
    const out = parseWorkspaceFile(file, 'a.ccc.json');
    expect(out.ok ? null : out.error.params).toEqual({ file: 'a.ccc.json', field: 'data.dataset', reason: { key: 'valid.list', params: { field: 'report.headers' } } });
    expect(validateDatasetRecord({ dataset: { shape: 'customers', customerIds: [], recency: new Float64Array(), frequency: new Float64Array(), monetary: new Float64Array() }, report: { skipped: [] } })).toEqual({
      key: 'valid.list',
      params: { field: 'report.headers' },
    });
  });
});

describe('a transactions dataset outside the days the ingest reads is refused', () => {
  // 1000-01-01 is day -354285, 9999-12-31 day 2932896 (Python: date(...) - date(1970, 1, 1)).
  const table = (days: number[], minDay: number, maxDay: number) => ({
    dataset: {
      shape: 'transactions',
      customerIds: ['a'],
      customer: new Int32Array(days.length),
      day: new Int32Array(days),
      amount: new Float64Array(days.length),
      order: new Int32Array(days.length),
      purchase: new Uint8Array(days.length),
      hasOrderIds: false,
      minDay,
      maxDay,
    },
    report: null,
  });
  it('each problem names the field', () => {
    expect(validateDatasetRecord(table([-354285, 2932896], -354285, 2932896))).toBeNull();
    expect(validateDatasetRecord(table([19000], 19000, 1e15))).toEqual({ key: 'valid.wholeIn', params: { field: 'maxDay', min: 19000, max: 2932896 } });
    expect(validateDatasetRecord(table([19000], Infinity, 19000))).toEqual({ key: 'valid.wholeIn', params: { field: 'minDay', min: -354285, max: 2932896 } });
    expect(validateDatasetRecord(table([19000], 19001, 19000))).toEqual({ key: 'valid.wholeIn', params: { field: 'maxDay', min: 19001, max: 2932896 } });
    expect(validateDatasetRecord(table([19000, 19005], 19000, 19002))).toEqual({ key: 'valid.wholeIn', params: { field: 'day[1]', min: 19000, max: 19002 } });
  });
});
