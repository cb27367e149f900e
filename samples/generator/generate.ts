/**
 * Pure sample generator: builds every file under samples/ in memory.
 * No clock, no Math.random: the same bytes on every run.
 */
import iconv from 'iconv-lite';
import { formatCents, isoDate, slashDate } from './dates.ts';
import { chineseName } from './names.ts';
import { CHANNELS, PERSONAS, REGIONS, RETAIL_SEED, generateRetail, type RetailRow } from './retail.ts';
import { TABLE_SEED, generateCustomerTable } from './customerTable.ts';
import { ANALYSIS_DATE, CLASSROOM_SEED, CLASS_NAMES, generateClassroom, type ClassCode } from './classroom.ts';

export const FILES = {
  retail: 'retail-transactions.csv',
  retailZh: 'retail-transactions-zh-gb18030.csv',
  table: 'customer-table.csv',
  classroom: 'classroom.csv',
  readme: 'README.md',
} as const;

export const RETAIL_HEADER_EN = ['order_id', 'customer_id', 'customer_name', 'order_date', 'quantity', 'unit_price', 'amount', 'region', 'channel'];
export const RETAIL_HEADER_ZH = ['订单号', '客户ID', '客户名称', '订单日期', '数量', '单价', '实付金额', '地区', '渠道'];
export const TABLE_HEADER = ['customer_id', 'customer_name', 'recency_days', 'frequency', 'monetary', 'potential', 'future_value', 'need_type', 'interactions_per_month'];
export const CLASSROOM_HEADER = ['order_id', 'customer_id', 'customer_name', 'order_date', 'amount'];

function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: string[], rows: (string | number)[][], eol: string): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join(eol) + eol;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function retailRowEn(r: RetailRow): (string | number)[] {
  return [r.orderId, r.customerId, r.name.pinyin, isoDate(r.day), r.quantity, formatCents(r.priceCents), formatCents(r.amountCents), REGIONS[r.region][0], CHANNELS[r.channel][0]];
}

function retailRowZh(r: RetailRow): (string | number)[] {
  return [r.orderId, r.customerId, chineseName(r.name.pinyin), slashDate(r.day), r.quantity, formatCents(r.priceCents), formatCents(r.amountCents), REGIONS[r.region][1], CHANNELS[r.channel][1]];
}

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)} %`;
/** Thousands separators without Intl, so the README bytes never depend on ICU. */
const int = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export interface SampleStats {
  retail: {
    rows: number; orders: number; customers: number; cancellations: number; zeroRows: number;
    revenue: number; top20Share: number; singleOrderCustomers: number;
    personas: { persona: string; customers: number; orders: number; revenueShare: number; description: string }[];
    bytes: number; bytesZh: number;
  };
  table: { rows: number; needTypes: Record<string, number>; cadences: Record<string, number> };
  classroom: { rows: number; customers: number; orders: number; means: { recency: number; frequency: number; monetary: number }; classes: Record<ClassCode, number> };
}

export function buildSamples(): { files: Record<string, Uint8Array>; stats: SampleStats } {
  // 1 + 2: retail transactions in English/UTF-8 and Chinese/GB18030.
  const retail = generateRetail();
  const retailEn = utf8(csv(RETAIL_HEADER_EN, retail.rows.map(retailRowEn), '\n'));
  const retailZh = new Uint8Array(iconv.encode(csv(RETAIL_HEADER_ZH, retail.rows.map(retailRowZh), '\r\n'), 'gb18030'));

  const custM = new Map<string, number>();
  const custOrders = new Map<string, Set<string>>();
  const personaOf = new Map<string, string>();
  for (const r of retail.rows) {
    custM.set(r.customerId, (custM.get(r.customerId) ?? 0) + r.amountCents);
    personaOf.set(r.customerId, r.persona);
    if (r.amountCents > 0 && !r.orderId.startsWith('C')) {
      const s = custOrders.get(r.customerId) ?? new Set<string>();
      s.add(r.orderId);
      custOrders.set(r.customerId, s);
    }
  }
  const revenue = [...custM.values()].reduce((a, b) => a + b, 0);
  const sorted = [...custM.values()].sort((a, b) => b - a);
  const top20 = sorted.slice(0, Math.round(sorted.length * 0.2)).reduce((a, b) => a + b, 0);
  const personas = PERSONAS.map((p) => {
    const ids = [...personaOf.entries()].filter(([, q]) => q === p.persona).map(([id]) => id);
    return {
      persona: p.persona,
      customers: ids.length,
      orders: ids.reduce((a, id) => a + (custOrders.get(id)?.size ?? 0), 0),
      revenueShare: ids.reduce((a, id) => a + custM.get(id)!, 0) / revenue,
      description: p.description,
    };
  });

  // 3: customer table.
  const table = generateCustomerTable();
  const tableCsv = utf8(csv(TABLE_HEADER, table.map((t) => [
    t.customerId, t.name, t.recencyDays, t.frequency, formatCents(t.monetaryCents), t.potential,
    formatCents(t.futureValueCents), t.needType, (t.interactionsTenths / 10).toFixed(1),
  ]), '\n'));
  const count = <T extends string>(xs: T[]) => xs.reduce((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {} as Record<string, number>);

  // 4: classroom.
  const cls = generateClassroom();
  const classroomCsv = utf8(csv(CLASSROOM_HEADER, cls.rows.map((r) => [r.orderId, r.customerId, r.name, isoDate(r.day), r.amount]), '\n'));
  const classes = Object.fromEntries(Object.keys(CLASS_NAMES).map((k) => [k, cls.customers.filter((c) => c.cls === k).length])) as Record<ClassCode, number>;

  const stats: SampleStats = {
    retail: {
      rows: retail.rows.length,
      orders: new Set(retail.rows.filter((r) => !r.orderId.startsWith('C')).map((r) => r.orderId)).size,
      customers: custM.size,
      cancellations: retail.rows.filter((r) => r.orderId.startsWith('C')).length,
      zeroRows: retail.rows.filter((r) => r.amountCents === 0).length,
      revenue: revenue / 100,
      top20Share: top20 / revenue,
      singleOrderCustomers: [...custOrders.values()].filter((s) => s.size === 1).length,
      personas,
      bytes: retailEn.length,
      bytesZh: retailZh.length,
    },
    table: { rows: table.length, needTypes: count(table.map((t) => t.needType)), cadences: count(table.map((t) => t.cadence)) },
    classroom: {
      rows: cls.rows.length,
      customers: cls.customers.length,
      orders: new Set(cls.rows.filter((r) => r.amount > 0).map((r) => r.orderId)).size,
      means: cls.means,
      classes,
    },
  };

  const files: Record<string, Uint8Array> = {
    [FILES.retail]: retailEn,
    [FILES.retailZh]: retailZh,
    [FILES.table]: tableCsv,
    [FILES.classroom]: classroomCsv,
  };
  files[FILES.readme] = utf8(readme(stats, cls.customers));
  return { files, stats };
}

/** Every file of samples/, keyed by file name. */
export function generateSamples(): Record<string, Uint8Array> {
  return buildSamples().files;
}

function readme(s: SampleStats, classroomCustomers: ReturnType<typeof generateClassroom>['customers']): string {
  const r = s.retail;
  const personaRows = r.personas.map((p) => `| ${p.persona} | ${int(p.customers)} | ${pct(p.customers / r.customers, 0)} | ${int(p.orders)} | ${pct(p.revenueShare)} | ${p.description} |`).join('\n');
  const classRows = (Object.entries(CLASS_NAMES) as [ClassCode, [string, string]][])
    .map(([code, [en, zh]]) => `| ${code.split('').join(' ')} | ${zh} | ${en} | ${s.classroom.classes[code]} |`).join('\n');
  const keyRows = classroomCustomers.map((c) => `| ${c.customerId} | ${c.name} | ${c.recency} | ${c.frequency} | ${c.monetary} | ${c.cls} ${CLASS_NAMES[c.cls][1]} |`).join('\n');
  const t = s.table;
  return `# Sample data

All files in this folder are **synthetic**: made up by a seeded random
generator for teaching. The people, ids, orders and amounts are not real and
resemble no real company or person.

Regenerate them with \`npm run samples\` (script \`samples/generate.ts\`,
generator in \`samples/generator/\`). The output is byte-for-byte identical on
every run: a seeded PRNG (mulberry32), fixed dates, no clock. The unit test
\`tests/unit/samples.test.ts\` checks that the committed files match. This
README is written by the same script, so the counts below are computed.

| file | what | encoding | rows | customers |
|---|---|---|---|---|
| \`retail-transactions.csv\` | order lines, 2023-01-01 .. 2024-12-31 | UTF-8, no BOM, LF | ${int(r.rows)} | ${int(r.customers)} |
| \`retail-transactions-zh-gb18030.csv\` | the same rows with Chinese headers and values | GB18030, CRLF | ${int(r.rows)} | ${int(r.customers)} |
| \`customer-table.csv\` | one row per customer, R/F/M precomputed | UTF-8, no BOM, LF | ${int(t.rows)} | ${int(t.rows)} |
| \`classroom.csv\` | small 2024 exercise, solvable by hand | UTF-8, no BOM, LF | ${s.classroom.rows} | ${s.classroom.customers} |

Rows exclude the header line. Seeds: retail ${RETAIL_SEED}, customer table
${TABLE_SEED}, classroom ${CLASSROOM_SEED}.

**Cancellations** (取消订单), as COURSE.md and the app's cleaning report define
them: rows whose order id starts with \`C\`, with a negative amount. They are
not purchases, and their amounts stay in M, which they reduce. The report
counts them under "Cancellations and returns"; a *return* (退货) there is any
other row with a negative amount, and these samples have none.

## retail-transactions.csv

Columns: \`${RETAIL_HEADER_EN.join(',')}\`

- \`order_id\`: numeric, 100001 upwards in date order; the lines of one order
  share it (about 20 % of orders have 2-3 lines). Cancellations have the id of
  the cancelled order prefixed with \`C\` (e.g. \`C100234\`).
- \`customer_id\`: 10001 .. ${10000 + r.customers}. \`customer_name\`: pinyin, e.g. \`Li Wei\`
  (names repeat; the id identifies the customer).
- \`order_date\`: ISO \`YYYY-MM-DD\`. Default analysis date: 2025-01-01.
- \`quantity\`, \`unit_price\` (yuan, two decimals), \`amount\` = quantity x
  unit_price exactly (to the cent). Cancellations have a negative quantity and
  amount.
- \`region\`: Shanghai, Beijing, Guangzhou, Shenzhen, Chengdu, Hangzhou, Wuhan,
  Xi'an (one per customer). \`channel\`: online, store, wechat.

Counts: ${int(r.rows)} lines, ${int(r.orders)} orders, ${int(r.customers)} customers,
${r.cancellations} cancellation lines (${pct(r.cancellations / r.rows)} of lines, each from a customer
with at least two orders, dated 2-30 days after the order it cancels), ${r.zeroRows} zero-amount
lines. Net revenue ${int(Math.round(r.revenue))} yuan; the top 20 % of customers by
spend bring ${pct(r.top20Share)} of it. ${int(r.singleOrderCustomers)} customers
(${pct(r.singleOrderCustomers / r.customers)}) have exactly one order, so F has many ties at 1.
Size ${int(r.bytes)} bytes.

Personas (hidden: not a column; they are what the analysis should find):

| persona | customers | share | orders | revenue share | behaviour |
|---|---|---|---|---|---|
${personaRows}

Order values are lognormal around a per-persona median, times a lognormal
multiplier per customer, which gives the Pareto-like spread of spend.

## retail-transactions-zh-gb18030.csv

The same ${int(r.rows)} rows, in the same order, as Excel on Chinese Windows
would save them: GB18030 encoding, CRLF line ends, headers
\`${RETAIL_HEADER_ZH.join(',')}\`, dates as \`2024/1/5\`, names in
Chinese characters (each pinyin name maps to one Chinese name, e.g. Li Wei ->
李伟), regions in Chinese (上海, 北京, 广州, 深圳, 成都, 杭州, 武汉, 西安) and
channels 线上 / 门店 / 微信 (online / store / wechat). Order ids, customer ids,
quantities and amounts are identical, so an engine must give identical
results on both files. Size ${int(r.bytesZh)} bytes.

## customer-table.csv

Columns: \`${TABLE_HEADER.join(',')}\`

- \`customer_id\`: K00001 .. K${String(t.rows).padStart(5, '0')} (a separate population from the
  transactions). \`recency_days\`, \`frequency\`, \`monetary\` (yuan, two decimals)
  are precomputed; the same seven personas in the same proportions.
- \`interactions_per_month\`: weekly contact is 3.5-8.0 (${t.cadences.weekly} customers),
  monthly 0.8-3.4 (${t.cadences.monthly}), quarterly 0.1-0.7 (${t.cadences.quarterly}).
- \`potential\`: 1-10 from interactions (weekly 8-10, monthly 4-7, quarterly
  1-3), shifted by one for about a quarter of customers.
- \`future_value\`: predicted next-year value in yuan: half the two-year spend,
  scaled by potential (0.45x at 1 to 1.8x at 10), damped when the customer has
  not bought for over 180 / 365 days, with lognormal noise.
- \`need_type\`: A rational ${t.needTypes.A}, B emotional ${t.needTypes.B}, C social
  influencer ${t.needTypes.C} (drawn 50 / 35 / 15 %).

## classroom.csv

Columns: \`${CLASSROOM_HEADER.join(',')}\`

${s.classroom.customers} customers (ids 101 .. ${100 + s.classroom.customers}), ${s.classroom.rows} rows, ${s.classroom.orders} purchase orders, whole-yuan
amounts, ISO dates in 2024; the latest row is 2024-12-31, so the default
analysis date is ${ANALYSIS_DATE}. Small enough to work out R, F and M by hand.
The rules are visible in the data:

- three orders have two lines with the same \`order_id\` (one order for F);
- exactly one cancellation: order id starting with \`C\`, negative amount,
  which lowers M but is not a purchase;
- exactly one zero-amount row (a free gift) dated after that customer's last
  purchase: not a purchase, so it does not change R or F.

With R = days from the last purchase to ${ANALYSIS_DATE}, F = distinct purchase
order ids, M = sum of all amounts (the cancellation included) and the mean as the
threshold (mean R = ${s.classroom.means.recency} days, mean F = ${s.classroom.means.frequency},
mean M = ${s.classroom.means.monetary} yuan; High means R <= mean, F >= mean,
M >= mean), all eight RFM classes are non-empty:

| R F M | 中文 | English | customers |
|---|---|---|---|
${classRows}

<details><summary>Answer key (trainers)</summary>

| customer_id | name | R | F | M | class |
|---|---|---|---|---|---|
${keyRows}

</details>
`;
}
