/**
 * Retail transactions: ~3,000 customers over 2023-01-01 .. 2024-12-31,
 * one row per order line, with personas (champions, loyal, new, one-time,
 * seasonal, declining, lapsed), Pareto-like spend and a few cancellations
 * (order id "C" + the cancelled order's id, negative amount: what the app's
 * cleaning report and COURSE.md call a cancellation).
 */
import { createRng, type Rng } from './prng.ts';
import { dayNumber } from './dates.ts';
import { randomName, type PersonName } from './names.ts';

export const RETAIL_SEED = 20250101;
export const RETAIL_CUSTOMERS = 3000;
export const FIRST_DAY = dayNumber('2023-01-01');
export const LAST_DAY = dayNumber('2024-12-31');
const SPAN = LAST_DAY - FIRST_DAY; // 730
const Y2024 = dayNumber('2024-01-01') - FIRST_DAY; // 365
const NOV_2024 = dayNumber('2024-11-01') - FIRST_DAY; // 670

export const REGIONS = [
  ['Shanghai', '上海'], ['Beijing', '北京'], ['Guangzhou', '广州'], ['Shenzhen', '深圳'],
  ['Chengdu', '成都'], ['Hangzhou', '杭州'], ['Wuhan', '武汉'], ["Xi'an", '西安'],
] as const;
const REGION_WEIGHTS = [22, 20, 13, 13, 10, 9, 7, 6];
export const CHANNELS = [['online', '线上'], ['store', '门店'], ['wechat', '微信']] as const;
const CHANNEL_WEIGHTS = [45, 35, 20];

export type Persona = 'champion' | 'loyal' | 'new' | 'one-time' | 'seasonal' | 'declining' | 'lapsed';

export interface PersonaSpec {
  persona: Persona;
  share: number;
  /** Median order value in yuan before the customer's own multiplier. */
  median: number;
  description: string;
}

export const PERSONAS: readonly PersonaSpec[] = [
  { persona: 'champion', share: 0.05, median: 430, description: 'buy every 3-6 weeks since early 2023, last purchase in the final month, large baskets' },
  { persona: 'loyal', share: 0.12, median: 210, description: 'buy every 6-11 weeks, still active in the last two months, medium baskets' },
  { persona: 'new', share: 0.08, median: 150, description: 'first purchase in Nov-Dec 2024 (last ~2 months), 1-3 orders' },
  { persona: 'one-time', share: 0.35, median: 95, description: 'a single order at any time before Nov 2024, small baskets' },
  { persona: 'seasonal', share: 0.1, median: 300, description: 'buy only around the 618 (mid-June) and Double 11 / Double 12 (Nov-Dec) sales' },
  { persona: 'declining', share: 0.12, median: 240, description: 'frequent in early 2023, gaps widen, last purchase between mid-Jan and Oct 2024' },
  { persona: 'lapsed', share: 0.18, median: 150, description: '1-5 orders in 2023, nothing in 2024 (no purchase in the last year)' },
];

export interface RetailRow {
  orderId: string;
  customerId: string;
  name: PersonName;
  day: number;
  quantity: number;
  priceCents: number;
  amountCents: number;
  region: number;
  channel: number;
  persona: Persona;
}

interface Customer {
  id: string;
  name: PersonName;
  persona: Persona;
  region: number;
  channel: number;
  multiplier: number;
}

/** Offsets (days after 2023-01-01) of the customer's orders. */
function orderDays(rng: Rng, persona: Persona): number[] {
  const days: number[] = [];
  switch (persona) {
    case 'champion': {
      const gap = 24 + rng.next() * 24;
      for (let t = rng.int(0, 150); t <= SPAN; t += Math.max(3, Math.round(rng.exponential(gap)))) days.push(t);
      if (days[days.length - 1] < SPAN - 30) days.push(rng.int(SPAN - 30, SPAN));
      break;
    }
    case 'loyal': {
      const gap = 50 + rng.next() * 40;
      for (let t = rng.int(0, 300); t <= SPAN; t += Math.max(7, Math.round(rng.exponential(gap)))) days.push(t);
      if (days[days.length - 1] < SPAN - 60) days.push(rng.int(SPAN - 60, SPAN));
      break;
    }
    case 'new': {
      const n = rng.weighted([1, 2, 3], [60, 30, 10]);
      let t = rng.int(NOV_2024, SPAN);
      for (let i = 0; i < n && t <= SPAN; i++, t += rng.int(5, 20)) days.push(t);
      break;
    }
    case 'one-time':
      days.push(rng.int(0, NOV_2024 - 1));
      break;
    case 'seasonal': {
      for (const year of [0, Y2024]) {
        const june18 = dayNumber(year === 0 ? '2023-06-18' : '2024-06-18') - FIRST_DAY;
        const nov11 = dayNumber(year === 0 ? '2023-11-11' : '2024-11-11') - FIRST_DAY;
        const dec12 = dayNumber(year === 0 ? '2023-12-12' : '2024-12-12') - FIRST_DAY;
        if (rng.chance(0.75)) days.push(june18 + rng.int(-10, 3));
        if (rng.chance(0.85)) days.push(nov11 + rng.int(-8, 2));
        if (rng.chance(0.45)) days.push(dec12 + rng.int(-4, 6));
      }
      if (days.length === 0) days.push(dayNumber('2024-11-11') - FIRST_DAY + rng.int(-8, 2));
      break;
    }
    case 'declining': {
      const stop = rng.int(Y2024 + 15, SPAN - 75);
      let gap = 16 + rng.next() * 16;
      for (let t = rng.int(0, 90); t <= stop; t += Math.max(4, Math.round(rng.exponential(gap)))) {
        days.push(t);
        gap *= 1.2;
      }
      if (days[days.length - 1] < Y2024) days.push(rng.int(Y2024, stop));
      break;
    }
    case 'lapsed': {
      const n = rng.weighted([1, 2, 3, 4, 5], [25, 30, 22, 14, 9]);
      let t = rng.int(0, 240);
      for (let i = 0; i < n && t < Y2024; i++, t += Math.max(5, Math.round(rng.exponential(45)))) days.push(t);
      break;
    }
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

/** A shelf price in cents ending in .00, .50, .80 or .90. */
function shelfPrice(rng: Rng, yuan: number): number {
  const whole = Math.max(4, Math.floor(yuan));
  return whole * 100 + rng.weighted([0, 50, 80, 90], [35, 15, 15, 35]);
}

export interface RetailData {
  rows: RetailRow[];
  customers: number;
  personaCounts: Record<Persona, number>;
}

export function generateRetail(seed = RETAIL_SEED): RetailData {
  const rng = createRng(seed);

  // Persona list with exact proportions, shuffled over the customer ids.
  const personas: Persona[] = [];
  for (const p of PERSONAS) for (let i = 0; i < Math.round(p.share * RETAIL_CUSTOMERS); i++) personas.push(p.persona);
  rng.shuffle(personas);
  const customers: Customer[] = personas.map((persona, i) => ({
    id: String(10001 + i),
    name: randomName(rng),
    persona,
    region: rng.weighted([0, 1, 2, 3, 4, 5, 6, 7], REGION_WEIGHTS),
    channel: rng.weighted([0, 1, 2], CHANNEL_WEIGHTS),
    multiplier: rng.lognormal(1, 0.55),
  }));
  const medianOf = new Map(PERSONAS.map((p) => [p.persona, p.median]));

  // Orders, each split into 1-3 lines.
  interface Line { quantity: number; priceCents: number }
  interface Order { customer: Customer; day: number; channel: number; lines: Line[]; id: string }
  const orders: Order[] = [];
  for (const c of customers) {
    for (const day of orderDays(rng, c.persona)) {
      const value = Math.max(9, rng.lognormal(medianOf.get(c.persona)! * c.multiplier, 0.5));
      const nLines = rng.weighted([1, 2, 3], [80, 15, 5]);
      const lines: Line[] = [];
      for (let i = 0; i < nLines; i++) {
        const share = nLines === 1 ? 1 : (0.5 + rng.next()) / nLines;
        const quantity = rng.weighted([1, 2, 3, 4, 5, 6], [50, 22, 10, 7, 6, 5]);
        lines.push({ quantity, priceCents: shelfPrice(rng, (value * share) / quantity) });
      }
      const channel = rng.chance(0.75) ? c.channel : rng.weighted([0, 1, 2], CHANNEL_WEIGHTS);
      orders.push({ customer: c, day: FIRST_DAY + day, channel, lines, id: '' });
    }
  }
  // Order ids in date order (ties by customer id), starting at 100001.
  orders.sort((a, b) => a.day - b.day || Number(a.customer.id) - Number(b.customer.id));
  orders.forEach((o, i) => (o.id = String(100001 + i)));

  const rows: RetailRow[] = [];
  for (const o of orders) {
    for (const l of o.lines) {
      rows.push({
        orderId: o.id, customerId: o.customer.id, name: o.customer.name, day: o.day,
        quantity: l.quantity, priceCents: l.priceCents, amountCents: l.quantity * l.priceCents,
        region: o.customer.region, channel: o.channel, persona: o.customer.persona,
      });
    }
  }

  // Cancellations: ~1.5 % of lines, from customers with at least two orders, dated
  // 2-30 days after the order, id "C" + the cancelled order's id, one line each.
  // (The names below keep the stream of random draws, and so every byte, unchanged.)
  const ordersPerCustomer = new Map<string, number>();
  for (const o of orders) ordersPerCustomer.set(o.customer.id, (ordersPerCustomer.get(o.customer.id) ?? 0) + 1);
  const eligible = rows.filter((r) => ordersPerCustomer.get(r.customerId)! >= 2 && r.day <= LAST_DAY - 2);
  const nReturns = Math.round(rows.length * 0.015);
  const chosen = rng.shuffle([...eligible]).slice(0, nReturns);
  const returned = new Set<string>();
  for (const r of chosen) {
    if (returned.has(r.orderId)) continue; // at most one return per order
    returned.add(r.orderId);
    const day = Math.min(LAST_DAY, r.day + rng.int(2, 30));
    const quantity = -rng.int(1, r.quantity);
    rows.push({ ...r, orderId: `C${r.orderId}`, day, quantity, amountCents: quantity * r.priceCents });
  }
  // Chronological; a cancellation sorts right after the original order on the same day.
  const orderNo = (r: RetailRow) => Number(r.orderId.replace('C', ''));
  rows.sort((a, b) => a.day - b.day || orderNo(a) - orderNo(b) || Number(a.quantity < 0) - Number(b.quantity < 0));

  const personaCounts = Object.fromEntries(PERSONAS.map((p) => [p.persona, 0])) as Record<Persona, number>;
  for (const c of customers) personaCounts[c.persona]++;
  return { rows, customers: customers.length, personaCounts };
}
