/**
 * Classroom file: about 40 customers in 2024, small enough to work out R, F,
 * M and the eight RFM classes by hand. Each customer is drawn for a target
 * class with clear gaps around the means, then the classes are recomputed
 * with the course rules and checked.
 */
import { createRng } from './prng.ts';
import { dayNumber } from './dates.ts';

export const CLASSROOM_SEED = 20250103;
export const ANALYSIS_DATE = '2025-01-01';
const JAN1 = dayNumber('2024-01-01');

export const CLASSROOM_NAMES = [
  'Alice Wang', 'Ben Zhang', 'Chloe Li', 'David Chen', 'Emma Liu', 'Frank Zhao', 'Grace Huang', 'Henry Zhou',
  'Iris Wu', 'Jack Xu', 'Kate Sun', 'Leo Ma', 'Mia Zhu', 'Nick Hu', 'Olivia Guo', 'Peter He',
  'Queenie Gao', 'Ryan Lin', 'Sophie Luo', 'Tom Zheng', 'Una Liang', 'Victor Xie', 'Wendy Song', 'Xavier Tang',
  'Yvonne Han', 'Zack Feng', 'Amy Deng', 'Bruce Cao', 'Cindy Peng', 'Daniel Zeng', 'Eva Xiao', 'Felix Tian',
  'Gina Dong', 'Harry Pan', 'Ivy Yuan', 'Jason Cai', 'Karen Jiang', 'Louis Yu', 'Mandy Du', 'Neil Ye',
];

/** R, F, M each High (H) or Low (L), in that order, e.g. "HLH". */
export type ClassCode = 'HHH' | 'HLH' | 'LHH' | 'LLH' | 'HHL' | 'HLL' | 'LHL' | 'LLL';
export const CLASS_NAMES: Record<ClassCode, [string, string]> = {
  HHH: ['Important value', '重要价值客户'],
  HLH: ['Important to develop', '重要发展客户'],
  LHH: ['Important to retain', '重要保持客户'],
  LLH: ['Important to win back', '重要挽留客户'],
  HHL: ['Ordinary value', '一般价值客户'],
  HLL: ['Ordinary to develop', '一般发展客户'],
  LHL: ['Ordinary to retain', '一般保持客户'],
  LLL: ['Ordinary to win back', '一般挽留客户'],
};
const CLASS_SIZES: Record<ClassCode, number> = { HHH: 6, HLH: 3, LHH: 4, LLH: 3, HHL: 5, HLL: 7, LHL: 4, LLL: 8 };

export interface ClassroomRow {
  orderId: string;
  customerId: string;
  name: string;
  day: number;
  amount: number;
}

export interface ClassroomCustomer {
  customerId: string;
  name: string;
  recency: number;
  frequency: number;
  monetary: number;
  cls: ClassCode;
}

export interface ClassroomData {
  rows: ClassroomRow[];
  customers: ClassroomCustomer[];
  means: { recency: number; frequency: number; monetary: number };
}

const round5 = (x: number) => Math.max(5, Math.round(x / 5) * 5);

export function generateClassroom(seed = CLASSROOM_SEED): ClassroomData {
  const rng = createRng(seed);
  const targets: ClassCode[] = [];
  for (const [code, n] of Object.entries(CLASS_SIZES) as [ClassCode, number][]) for (let i = 0; i < n; i++) targets.push(code);
  rng.shuffle(targets);

  interface Order { cust: number; day: number; amounts: number[]; id: string }
  const orders: Order[] = [];
  let forcedLast = false;
  targets.forEach((code, cust) => {
    const [r, f, m] = code.split('') as ('H' | 'L')[];
    const freq = f === 'H' ? rng.int(6, 10) : rng.weighted([1, 2, 3], [45, 35, 20]);
    let last = r === 'H' ? rng.int(290, 364) : f === 'H' ? rng.int(100, 180) : rng.int(20, 180);
    if (code === 'HHH' && !forcedLast) {
      last = 365; // 2024-12-31: the latest transaction, so the default analysis date is 2025-01-01
      forcedLast = true;
    }
    const days = new Set<number>([last]);
    while (days.size < freq) days.add(rng.int(0, last - 1));
    const total = m === 'H' ? rng.int(1900, 4000) : f === 'H' ? rng.int(150, 600) : rng.int(60, 600);
    const weights = [...days].map(() => 0.5 + rng.next());
    const wsum = weights.reduce((a, b) => a + b, 0);
    [...days].forEach((day, i) => orders.push({ cust, day, amounts: [round5((total * weights[i]) / wsum)], id: '' }));
  });

  // Three frequent customers each have one order with two lines (same order id).
  const frequent = targets.map((t, i) => (t[1] === 'H' ? i : -1)).filter((i) => i >= 0).slice(0, 3);
  for (const cust of frequent) {
    const o = orders.find((x) => x.cust === cust && x.amounts[0] >= 40)!;
    const a = o.amounts[0];
    const first = round5(a * 0.6);
    o.amounts = [first, a - first];
  }

  // One zero-amount row (a free gift) for a win-back customer, dated after their last purchase.
  const zeroCust = targets.indexOf('LLL');
  orders.push({ cust: zeroCust, day: dayNumber('2024-12-02') - JAN1, amounts: [0], id: '' });

  orders.sort((a, b) => a.day - b.day || a.cust - b.cust);
  orders.forEach((o, i) => (o.id = String(1001 + i)));

  const customerId = (cust: number) => String(101 + cust);
  const rows: ClassroomRow[] = [];
  for (const o of orders) {
    for (const amount of o.amounts) rows.push({ orderId: o.id, customerId: customerId(o.cust), name: CLASSROOM_NAMES[o.cust], day: JAN1 + o.day, amount });
  }

  // One cancellation (C order id): part of an order of an important-value customer, a week later.
  const retCust = targets.indexOf('HHH', targets.indexOf('HHH') + 1);
  const retOrder = orders.filter((o) => o.cust === retCust && o.day <= 350 && o.amounts.length === 1 && o.amounts[0] >= 100).pop()!;
  rows.push({ orderId: `C${retOrder.id}`, customerId: customerId(retCust), name: CLASSROOM_NAMES[retCust], day: JAN1 + retOrder.day + 7, amount: -round5(retOrder.amounts[0] * 0.4) });
  const orderNo = (r: ClassroomRow) => Number(r.orderId.replace('C', ''));
  rows.sort((a, b) => a.day - b.day || orderNo(a) - orderNo(b));

  const data = classifyClassroom(rows);
  data.customers.forEach((c, i) => {
    if (c.cls !== targets[i]) throw new Error(`classroom: ${c.name} is ${c.cls}, wanted ${targets[i]}`);
  });
  return { rows, ...data };
}

/** The course rules: R days to the analysis date, F distinct purchase orders, M all amounts; mean thresholds. */
export function classifyClassroom(rows: ClassroomRow[]): Omit<ClassroomData, 'rows'> {
  const analysis = dayNumber(ANALYSIS_DATE);
  const by = new Map<string, { name: string; last: number; orders: Set<string>; m: number }>();
  for (const r of rows) {
    const c = by.get(r.customerId) ?? { name: r.name, last: -Infinity, orders: new Set<string>(), m: 0 };
    by.set(r.customerId, c);
    c.m += r.amount;
    if (r.amount > 0 && !r.orderId.startsWith('C')) {
      c.orders.add(r.orderId);
      c.last = Math.max(c.last, r.day);
    }
  }
  const list = [...by.entries()].filter(([, c]) => c.orders.size > 0).sort((a, b) => Number(a[0]) - Number(b[0]));
  const base = list.map(([id, c]) => ({ customerId: id, name: c.name, recency: analysis - c.last, frequency: c.orders.size, monetary: c.m }));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const means = { recency: mean(base.map((c) => c.recency)), frequency: mean(base.map((c) => c.frequency)), monetary: mean(base.map((c) => c.monetary)) };
  const customers = base.map((c) => ({
    ...c,
    cls: ((c.recency <= means.recency ? 'H' : 'L') + (c.frequency >= means.frequency ? 'H' : 'L') + (c.monetary >= means.monetary ? 'H' : 'L')) as ClassCode,
  }));
  return { customers, means };
}

