/**
 * The same data written differently must give the same numbers: re-encoded (UTF-8 BOM,
 * GB18030, UTF-16 LE/BE), re-delimited (semicolon, tab), decimal commas, thousands
 * separators, currency signs, other date styles, Chinese headers, CRLF. Built from the CDNOW
 * cohort sample when ../shared is present, else from the classroom sample.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/lib/domain/ingest/ingest';
import { summarize } from '../../src/lib/domain/summary';
import { hasShared, sampleFile, sharedFile } from './paths';

interface Row {
  customer: string;
  date: string; // ISO
  amount: number;
}

function baseRows(): Row[] {
  if (hasShared) {
    const lines = readFileSync(sharedFile('cdnow/cdnow_sample.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
    return lines.map((l) => {
      const [customer, date, , amount] = l.split(',');
      return { customer, date, amount: Number(amount) };
    });
  }
  const lines = readFileSync(sampleFile('classroom.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((l) => {
    const c = l.split(',');
    return { customer: c[1], date: c[3], amount: Number(c[4]) };
  });
}

const [y, m, d] = [(s: string) => s.slice(0, 4), (s: string) => String(Number(s.slice(5, 7))), (s: string) => String(Number(s.slice(8, 10)))];
const thousands = (x: number, group: string, decimal: string) => {
  const [int, frac] = Math.abs(x).toFixed(2).split('.');
  return `${x < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${decimal}${frac}`;
};

type Variant = { name: string; bytes: (rows: Row[]) => Uint8Array };
const text = (header: string, sep: string, eol: string, cell: (r: Row) => string[]) => (rows: Row[]) =>
  [header, ...rows.map((r) => cell(r).join(sep))].join(eol) + eol;

const VARIANTS: Variant[] = [
  { name: 'plain UTF-8', bytes: (rows) => Buffer.from(text('customer_id,date,amount', ',', '\n', (r) => [r.customer, r.date, r.amount.toFixed(2)])(rows)) },
  { name: 'UTF-8 with BOM, CRLF, quoted, currency and thousands', bytes: (rows) => Buffer.from('\uFEFF' + text('"Customer ID","Order Date","Amount"', ',', '\r\n', (r) => [`"${r.customer}"`, r.date, `"$${thousands(r.amount, ',', '.')}"`])(rows)) },
  { name: 'GB18030, Chinese headers, 2024/1/5 dates, yuan sign', bytes: (rows) => iconv.encode(text('客户ID,订单日期,实付金额', ',', '\r\n', (r) => [r.customer, `${y(r.date)}/${m(r.date)}/${d(r.date)}`, `¥${r.amount.toFixed(2)}`])(rows), 'gb18030') },
  { name: 'UTF-16 LE with BOM, tab-separated, 2024年1月5日', bytes: (rows) => iconv.encode(text('会员ID\t下单时间\t金额', '\t', '\r\n', (r) => [r.customer, `${y(r.date)}年${m(r.date)}月${d(r.date)}日`, r.amount.toFixed(2)])(rows), 'utf16-le', { addBOM: true }) },
  { name: 'UTF-16 BE with BOM, ISO date-times', bytes: (rows) => iconv.encode(text('customer,date,amount', ',', '\n', (r) => [r.customer, `${r.date} 08:26:00`, r.amount.toFixed(2)])(rows), 'utf16-be', { addBOM: true }) },
  { name: 'semicolons, decimal comma with dot thousands, day-first dates', bytes: (rows) => Buffer.from(text('customer_id;date;amount', ';', '\n', (r) => [r.customer, `${d(r.date)}/${m(r.date)}/${y(r.date)}`, thousands(r.amount, '.', ',')])(rows)) },
  { name: 'spaces as thousands, decimal comma, US dates with time', bytes: (rows) => Buffer.from(text('customer_id;InvoiceDate;amount', ';', '\n', (r) => [r.customer, `${m(r.date)}/${d(r.date)}/${y(r.date)} 8:26`, thousands(r.amount, ' ', ',')])(rows)) },
];

describe('re-encoded and re-formatted variants give the same numbers', async () => {
  const rows = baseRows();
  const reference = await ingestBytes(VARIANTS[0].bytes(rows), { fileName: 'plain.csv' });
  if (!reference.ok) throw new Error(JSON.stringify(reference.error));
  const expected = summarize(reference.dataset, reference.report);

  it.each(VARIANTS.slice(1))('$name', async ({ name, bytes }) => {
    // Day/month order is inferred from the whole column (both files have days above 12).
    const outcome = await ingestBytes(bytes(rows), { fileName: `${name}.csv` });
    expect(outcome.ok && outcome.report.dateOrderCertain).toBe(true);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.report.rowsUsed).toBe(reference.report.rowsUsed);
    const s = summarize(outcome.dataset, outcome.report);
    expect(s.customers).toBe(expected.customers);
    expect(s.analysisDate).toBe(expected.analysisDate);
    expect(s.edges).toEqual(expected.edges);
    expect(s.scoreCounts).toEqual(expected.scoreCounts);
    expect(s.eightClasses).toEqual(expected.eightClasses);
    expect(s.segments).toEqual(expected.segments);
    expect(s.pyramid).toEqual(expected.pyramid);
  });
});
