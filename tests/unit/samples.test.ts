import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateSamples } from '../../samples/generator/generate.ts';
import { chineseName } from '../../samples/generator/names.ts';
import { ingestBytes } from '../../src/lib/domain/ingest/ingest';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
const generated = generateSamples();
const committed = (name: string) => new Uint8Array(readFileSync(join(SAMPLES, name)));
const text = (bytes: Uint8Array, encoding = 'utf-8') => new TextDecoder(encoding, { fatal: true }).decode(bytes);

/** The sample files never need quoting, so a plain split is a faithful parse. */
function parse(content: string, eol: string): { header: string[]; rows: string[][] } {
  expect(content.endsWith(eol)).toBe(true);
  expect(content).not.toContain('"');
  const lines = content.slice(0, -eol.length).split(eol);
  const [header, ...rows] = lines.map((l) => l.split(','));
  for (const r of rows) expect(r.length).toBe(header.length);
  return { header, rows };
}

const retailEn = parse(text(committed('retail-transactions.csv')), '\n');
const retailZhText = text(committed('retail-transactions-zh-gb18030.csv'), 'gb18030');
const retailZh = parse(retailZhText, '\r\n');
const table = parse(text(committed('customer-table.csv')), '\n');
const classroom = parse(text(committed('classroom.csv')), '\n');

const cents = (s: string) => {
  expect(s).toMatch(/^-?\d+\.\d\d$/);
  return Math.round(Number(s) * 100);
};
const dayOf = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

describe('samples are reproducible', () => {
  it('generates exactly the committed files, byte for byte', () => {
    // Every data file in samples/ is generated (the generator's own code lives there too).
    const dataFiles = readdirSync(SAMPLES).filter((f) => f.endsWith('.csv') || f.endsWith('.md'));
    expect(dataFiles.sort()).toEqual(Object.keys(generated).sort());
    for (const [name, bytes] of Object.entries(generated)) {
      expect(Buffer.from(bytes).equals(Buffer.from(committed(name))), name).toBe(true);
    }
  });

  it('generates the same bytes twice', () => {
    const again = generateSamples();
    for (const [name, bytes] of Object.entries(generated)) expect(Buffer.from(again[name]).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps the retail file well under 2 MB', () => {
    expect(generated['retail-transactions.csv'].length).toBeLessThan(1_500_000);
  });
});

describe('retail-transactions.csv', () => {
  const { header, rows } = retailEn;
  const customers = new Set(rows.map((r) => r[1]));

  it('has the English header, UTF-8 without BOM, LF only', () => {
    expect(header).toEqual(['order_id', 'customer_id', 'customer_name', 'order_date', 'quantity', 'unit_price', 'amount', 'region', 'channel']);
    const raw = committed('retail-transactions.csv');
    expect([raw[0], raw[1], raw[2]]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.includes(13)).toBe(false);
  });

  it('has the expected counts', () => {
    expect(rows.length).toBe(17500);
    expect(customers.size).toBe(3000);
    expect(new Set(rows.filter((r) => !r[0].startsWith('C')).map((r) => r[0])).size).toBe(13825);
    for (const id of customers) expect(id).toMatch(/^1\d{4}$/);
  });

  it('has valid dates, amounts = quantity x unit price, known regions and channels', () => {
    const regions = new Set(['Shanghai', 'Beijing', 'Guangzhou', 'Shenzhen', 'Chengdu', 'Hangzhou', 'Wuhan', "Xi'an"]);
    for (const r of rows) {
      expect(r[3]).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(r[3] >= '2023-01-01' && r[3] <= '2024-12-31').toBe(true);
      expect(Number(r[4]) * cents(r[5])).toBe(cents(r[6]));
      expect(cents(r[5])).toBeGreaterThan(0);
      expect(regions.has(r[7])).toBe(true);
      expect(['online', 'store', 'wechat']).toContain(r[8]);
    }
    const dates = rows.map((r) => r[3]);
    expect([...dates].sort()).toEqual(dates); // chronological
    expect(dates[dates.length - 1]).toBe('2024-12-31');
  });

  it('has 1-2 % cancellations, with C order ids, each after a purchase by the same customer', () => {
    const returns = rows.filter((r) => r[0].startsWith('C'));
    expect(returns.length / rows.length).toBeGreaterThanOrEqual(0.01);
    expect(returns.length / rows.length).toBeLessThanOrEqual(0.02);
    for (const r of rows) expect(r[0].startsWith('C')).toBe(cents(r[6]) < 0);
    const firstPurchase = new Map<string, string>();
    for (const r of rows) if (!r[0].startsWith('C') && !firstPurchase.has(r[1])) firstPurchase.set(r[1], r[3]);
    for (const r of returns) {
      const original = rows.find((o) => o[0] === r[0].slice(1));
      expect(original?.[1]).toBe(r[1]);
      expect(firstPurchase.get(r[1])! <= r[3]).toBe(true);
    }
  });

  it('looks like a customer base: Pareto spend, many one-order customers, recent and lapsed customers', () => {
    const m = new Map<string, number>();
    const orders = new Map<string, Set<string>>();
    const last = new Map<string, string>();
    for (const r of rows) {
      m.set(r[1], (m.get(r[1]) ?? 0) + cents(r[6]));
      if (!r[0].startsWith('C')) {
        orders.set(r[1], (orders.get(r[1]) ?? new Set()).add(r[0]));
        if ((last.get(r[1]) ?? '') < r[3]) last.set(r[1], r[3]);
      }
    }
    const values = [...m.values()].sort((a, b) => b - a);
    expect(values[values.length - 1]).toBeGreaterThan(0);
    const total = values.reduce((a, b) => a + b, 0);
    const top = values.slice(0, 600).reduce((a, b) => a + b, 0) / total;
    expect(top).toBeGreaterThanOrEqual(0.7);
    expect(top).toBeLessThanOrEqual(0.8);
    // Exact figures from tests/reference/classroom_answers.py --retail: 74.45 % of revenue from the top 600.
    expect(top).toBeCloseTo(0.7445425126832, 10);
    const single = [...orders.values()].filter((s) => s.size === 1).length / 3000;
    expect(single).toBeGreaterThan(0.35);
    expect(single * 3000).toBe(1374);
    const lastDates = [...last.values()];
    expect(lastDates.filter((d) => d < '2024-01-01').length / 3000).toBeGreaterThan(0.15); // nothing in the last year
    expect(lastDates.filter((d) => d >= '2024-11-01').length / 3000).toBeGreaterThan(0.15); // active in the last two months
    // some orders have 2-3 lines sharing an order id
    const lines = new Map<string, number>();
    for (const r of rows) lines.set(r[0], (lines.get(r[0]) ?? 0) + 1);
    expect([...lines.values()].filter((n) => n >= 2).length).toBeGreaterThan(1000);
    expect(Math.max(...lines.values())).toBe(3);
  });
});

describe('retail-transactions-zh-gb18030.csv', () => {
  it('is GB18030 with CRLF and the Chinese header', () => {
    const raw = committed('retail-transactions-zh-gb18030.csv');
    expect(() => text(raw)).toThrow(); // not valid UTF-8
    expect(retailZhText.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    expect(retailZh.header).toEqual(['订单号', '客户ID', '客户名称', '订单日期', '数量', '单价', '实付金额', '地区', '渠道']);
  });

  it('holds the same rows as the UTF-8 file once headers and formats are mapped', () => {
    const region: Record<string, string> = { 上海: 'Shanghai', 北京: 'Beijing', 广州: 'Guangzhou', 深圳: 'Shenzhen', 成都: 'Chengdu', 杭州: 'Hangzhou', 武汉: 'Wuhan', 西安: "Xi'an" };
    const channel: Record<string, string> = { 线上: 'online', 门店: 'store', 微信: 'wechat' };
    const en = retailEn.rows;
    const zh = retailZh.rows;
    expect(zh.length).toBe(en.length);
    const zhToPinyin = new Map<string, string>();
    zh.forEach((z, i) => {
      const e = en[i];
      const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(z[3]);
      expect(m, z[3]).not.toBeNull();
      const iso = `${m![1]}-${m![2].padStart(2, '0')}-${m![3].padStart(2, '0')}`;
      expect(z[2]).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      expect(z[2]).toBe(chineseName(e[2]));
      if (zhToPinyin.has(z[2])) expect(zhToPinyin.get(z[2])).toBe(e[2]);
      zhToPinyin.set(z[2], e[2]);
      expect([z[0], z[1], e[2], iso, z[4], z[5], z[6], region[z[7]], channel[z[8]]]).toEqual(e);
    });
    expect(new Set(zh.map((r) => r[1])).size).toBe(3000);
  });
});

describe('customer-table.csv', () => {
  const { header, rows } = table;
  it('has one row per customer with the expected columns', () => {
    expect(header).toEqual(['customer_id', 'customer_name', 'recency_days', 'frequency', 'monetary', 'potential', 'future_value', 'need_type', 'interactions_per_month']);
    expect(rows.length).toBe(1200);
    expect(new Set(rows.map((r) => r[0])).size).toBe(1200);
  });

  it('has sensible values', () => {
    for (const r of rows) {
      expect(r[0]).toMatch(/^K\d{5}$/);
      expect(Number.isInteger(Number(r[2])) && Number(r[2]) >= 1 && Number(r[2]) <= 730).toBe(true);
      expect(Number.isInteger(Number(r[3])) && Number(r[3]) >= 1).toBe(true);
      expect(cents(r[4])).toBeGreaterThan(0);
      expect(Number(r[5]) >= 1 && Number(r[5]) <= 10 && Number.isInteger(Number(r[5]))).toBe(true);
      expect(cents(r[6])).toBeGreaterThanOrEqual(0);
      expect(['A', 'B', 'C']).toContain(r[7]);
      expect(r[8]).toMatch(/^\d\.\d$/);
    }
  });

  it('relates potential to interactions and has about 50/35/15 need types', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const pot = (lo: number, hi: number) => mean(rows.filter((r) => Number(r[8]) >= lo && Number(r[8]) < hi).map((r) => Number(r[5])));
    expect(pot(3.5, 99)).toBeGreaterThan(7.5); // weekly
    expect(pot(0.8, 3.5)).toBeGreaterThan(3.5); // monthly
    expect(pot(0.8, 3.5)).toBeLessThan(7);
    expect(pot(0, 0.8)).toBeLessThan(3); // quarterly
    const share = (t: string) => rows.filter((r) => r[7] === t).length / rows.length;
    expect(share('A')).toBeCloseTo(0.5, 1);
    expect(share('B')).toBeCloseTo(0.35, 1);
    expect(share('C')).toBeCloseTo(0.15, 1);
  });
});

describe('classroom.csv', () => {
  const { header, rows } = classroom;

  it('is small, whole-yuan, ISO 2024, ending on 2024-12-31, with one cancellation and one zero row', () => {
    expect(header).toEqual(['order_id', 'customer_id', 'customer_name', 'order_date', 'amount']);
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.length).toBeLessThanOrEqual(250);
    expect(rows.length).toBe(197);
    expect(new Set(rows.map((r) => r[1])).size).toBe(40);
    for (const r of rows) {
      expect(r[3]).toMatch(/^2024-\d\d-\d\d$/);
      expect(r[4]).toMatch(/^-?\d+$/);
    }
    expect(rows.map((r) => r[3]).sort().pop()).toBe('2024-12-31');
    const returns = rows.filter((r) => r[0].startsWith('C'));
    expect(returns.length).toBe(1);
    expect(Number(returns[0][4])).toBeLessThan(0);
    expect(rows.filter((r) => Number(r[4]) < 0)).toEqual(returns);
    expect(rows.filter((r) => Number(r[4]) === 0).length).toBe(1);
  });

  it('has all eight RFM classes non-empty with mean thresholds', () => {
    const analysis = dayOf('2025-01-01');
    const c = new Map<string, { last: number; orders: Set<string>; m: number }>();
    for (const [orderId, id, , date, amount] of rows) {
      const e = c.get(id) ?? { last: -Infinity, orders: new Set<string>(), m: 0 };
      c.set(id, e);
      e.m += Number(amount);
      if (Number(amount) > 0 && !orderId.startsWith('C')) {
        e.orders.add(orderId);
        e.last = Math.max(e.last, dayOf(date));
      }
    }
    const list = [...c.values()].map((e) => ({ r: analysis - e.last, f: e.orders.size, m: e.m }));
    expect(list.length).toBe(40);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const [mr, mf, mm] = [mean(list.map((x) => x.r)), mean(list.map((x) => x.f)), mean(list.map((x) => x.m))];
    const classes = new Map<string, number>();
    for (const x of list) {
      const k = (x.r <= mr ? 'H' : 'L') + (x.f >= mf ? 'H' : 'L') + (x.m >= mm ? 'H' : 'L');
      classes.set(k, (classes.get(k) ?? 0) + 1);
    }
    expect([...classes.keys()].sort()).toEqual(['HHH', 'HHL', 'HLH', 'HLL', 'LHH', 'LHL', 'LLH', 'LLL']);
    expect(Object.fromEntries([...classes].sort())).toEqual({ HHH: 6, HHL: 5, HLH: 3, HLL: 7, LHH: 4, LHL: 4, LLH: 3, LLL: 8 });
  });
});

// One definition everywhere: the C-prefixed negative lines are cancellations in the sample
// README, in the cleaning report and in COURSE.md; a return is any other negative line.
describe('cancellations: the README and the cleaning report agree', () => {
  const readme = text(committed('README.md'));
  it.each([
    ['retail-transactions.csv', retailEn.rows],
    ['classroom.csv', classroom.rows],
  ])('%s', async (name, rows) => {
    const cancellations = rows.filter((r) => r[0].startsWith('C')).length;
    const negative = rows.filter((r) => r[r.length === 5 ? 4 : 6].startsWith('-')).length;
    expect(cancellations).toBe(negative);
    const out = await ingestBytes(committed(name), { fileName: name });
    if (!out.ok) throw new Error(JSON.stringify(out.error));
    expect(out.report.cancelledOrderRows).toBe(cancellations);
    expect(out.report.returnRows).toBe(0);
    if (name === 'classroom.csv') expect(readme).toContain('exactly one cancellation: order id starting with `C`');
    else expect(readme).toContain(`${cancellations} cancellation lines`);
    expect(readme).not.toMatch(/\breturn lines\b|\bexactly one return\b|Returns have/);
  });
});
