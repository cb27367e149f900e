/**
 * The numbers lesson goals and reveals read off the live state. Each is a pure function of
 * a TeachingContext (and sometimes a second one, the baseline), so the lessons work on any
 * data and are tested like the rules.
 */
import type { TeachingContext } from '../context';
import { EIGHT_CLASS_KEYS } from '../../models/eightClasses';
import { compareLabellings, labelSide, type CompareLens } from '../../models/compare';
import { lifecycleStages } from '../../models/lifecycle';
import { smallestShareForRevenue } from '../../models/pyramid';
import { revenueShareOfTop } from '../../models/pyramidLayout';
import { sortedCopy } from '../../models/quantile';
import { splitBudget } from '../../models/quadrants';
import type { Dimension } from '../../models/scores';

export const DIMENSIONS: readonly Dimension[] = ['recency', 'frequency', 'monetary'];

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Share of customers (0..1) in the eight classes whose M is High (keys ..H). */
export function mHighShare(ctx: TeachingContext): number {
  const n = ctx.metrics.n;
  if (!n) return 0;
  return EIGHT_CLASS_KEYS.reduce((a, key, i) => (key[2] === 'H' ? a + ctx.analysis.eight.counts[i] : a), 0) / n;
}

/** Share of revenue (0..1) brought by the M-high classes. */
export function mHighRevenueShare(ctx: TeachingContext): number {
  const rev = ctx.analysis.eight.revenue;
  const total = sum(rev);
  if (!total) return 0;
  return EIGHT_CLASS_KEYS.reduce((a, key, i) => (key[2] === 'H' ? a + rev[i] : a), 0) / total;
}

/** The largest of the eight classes (first in course order on a tie), or null without data. */
export function largestEightClass(ctx: TeachingContext): string | null {
  if (!ctx.metrics.n) return null;
  const c = ctx.analysis.eight.counts;
  let best = 0;
  for (let i = 1; i < c.length; i++) if (c[i] > c[best]) best = i;
  return EIGHT_CLASS_KEYS[best];
}

/** How many of R, F, M split High/Low at the median. */
export function medianThresholds(ctx: TeachingContext): number {
  return DIMENSIONS.filter((d) => ctx.settings.thresholds[d].method === 'median').length;
}

/** Sample skewness (Fisher-Pearson, g1) of a column; 0 for fewer than 3 values or no spread. */
export function skewness(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 3) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  return m2 > 0 ? m3 / m2 ** 1.5 : 0;
}

/** The dimension whose histogram has the longest right tail (largest skewness). */
export function mostSkewedDimension(ctx: TeachingContext): Dimension | null {
  if (!ctx.metrics.n) return null;
  let best: Dimension = 'recency';
  for (const d of DIMENSIONS) if (skewness(ctx.metrics[d]) > skewness(ctx.metrics[best])) best = d;
  return best;
}

/** Share of customers with exactly one purchase (the ties that can leave an F score empty). */
export function oneTimeBuyerShare(ctx: TeachingContext): number {
  const { n, frequency } = ctx.metrics;
  if (!n) return 0;
  let c = 0;
  for (let i = 0; i < n; i++) if (frequency[i] <= 1) c++;
  return c / n;
}

/** Whether a dimension's score edges were moved by hand. */
export function edgesMoved(ctx: TeachingContext, d: Dimension): boolean {
  return !ctx.analysis.scores.quantileEdges[d];
}

/** Whether a dimension's score edges differ between two contexts (the learner dragged one). */
export function edgesChanged(a: TeachingContext, b: TeachingContext, d: Dimension): boolean {
  const x = a.analysis.scores.edges[d];
  const y = b.analysis.scores.edges[d];
  return x.length !== y.length || x.some((v, i) => v !== y[i]);
}

/** Customers in "Others" (no segment rule matches), and in Champions (0 when the rule is gone). */
export function othersCount(ctx: TeachingContext): number {
  const c = ctx.analysis.segments.counts;
  return c[c.length - 1] ?? 0;
}

export function othersShare(ctx: TeachingContext): number {
  return ctx.metrics.n ? othersCount(ctx) / ctx.metrics.n : 0;
}

export function championsCount(ctx: TeachingContext): number {
  const i = ctx.analysis.segments.rules.findIndex((r) => r.key === 'champions');
  return i < 0 ? 0 : ctx.analysis.segments.counts[i];
}

/** Monetary values sorted: the live state's own copy, sorted only for a context built without it. */
export function sortedMonetary(ctx: TeachingContext): Float64Array {
  return ctx.sorted?.monetary ?? sortedCopy(ctx.metrics.monetary);
}

/** Share of revenue (0..1) from the top 20 % of customers by monetary value. */
export function top20RevenueShare(ctx: TeachingContext): number {
  return revenueShareOfTop(sortedMonetary(ctx), 0.2);
}

/** Smallest share of customers (best first) that brings `target` of the revenue. */
export function smallestShareFor(ctx: TeachingContext, target: number): number {
  return smallestShareForRevenue(sortedMonetary(ctx), target);
}

/** The pyramid's top tier: its share of customers and of revenue. */
export function topTier(ctx: TeachingContext): { customerShare: number; revenueShare: number } {
  const t = ctx.analysis.pyramid.tiers[0];
  return t ? { customerShare: t.customerShare, revenueShare: t.revenueShare } : { customerShare: 0, revenueShare: 0 };
}

/**
 * How many customers the smallest top tier that brings `target` of the revenue holds. A
 * tier is cut at an amount, so customers tied with the last one needed come in with it.
 */
export function smallestTierFor(ctx: TeachingContext, target: number): number {
  const n = ctx.metrics.n;
  if (!n) return 0;
  const sorted = sortedMonetary(ctx);
  const need = Math.round(smallestShareFor(ctx, target) * n);
  if (need <= 0) return 0;
  const last = sorted[n - need];
  let count = need;
  while (count < n && sorted[n - count - 1] === last) count++;
  return count;
}

/** The top tier is exactly the smallest tier that brings `target` of the revenue: not one customer more. */
export function topTierIsSmallestFor(ctx: TeachingContext, target: number): boolean {
  const n = ctx.metrics.n;
  if (!n) return false;
  const t = topTier(ctx);
  return t.revenueShare >= target - 1e-9 && Math.round(t.customerShare * n) === smallestTierFor(ctx, target);
}

/** Share of customers (0..1) on the high side of a quadrant lens's x line (high value). */
export function quadrantHighXShare(ctx: TeachingContext, lens: 'valuePotential' | 'currentFuture'): number | null {
  const q = ctx.analysis[lens];
  if (!q || !ctx.metrics.n) return null;
  return (q.counts[0] + q.counts[1]) / ctx.metrics.n;
}

/** Share of customers on the high side of the y line (high potential / high future value). */
export function quadrantHighYShare(ctx: TeachingContext, lens: 'valuePotential' | 'currentFuture'): number | null {
  const q = ctx.analysis[lens];
  if (!q || !ctx.metrics.n) return null;
  return (q.counts[0] + q.counts[2]) / ctx.metrics.n;
}

/** Share of customers in one quadrant (code 0..3). */
export function quadrantShare(ctx: TeachingContext, lens: 'valuePotential' | 'currentFuture', code: number): number | null {
  const q = ctx.analysis[lens];
  if (!q || !ctx.metrics.n) return null;
  return q.counts[code] / ctx.metrics.n;
}

/** The course's 30/25/20/25 split of `total`: budget per customer in quadrant `code`. */
export function budgetPerCustomer(ctx: TeachingContext, total: number, code: number): number | null {
  const q = ctx.analysis.valuePotential;
  if (!q) return null;
  return splitBudget(total, q.counts)[code].perCustomer;
}

/** Share of customers silent for more than `churnDays` (the churn stage at that line). */
export function churnShareAt(ctx: TeachingContext, churnDays: number): number {
  const m = ctx.metrics;
  if (!m.n) return 0;
  const r = lifecycleStages(m.recency, m.frequency, m.monetary, m.tenure, { ...ctx.settings.lifecycle, churnDays });
  return r.counts[3] / m.n;
}

/** Share in the churn stage at the live setting. */
export function churnShare(ctx: TeachingContext): number {
  return ctx.metrics.n ? ctx.analysis.lifecycle.counts[3] / ctx.metrics.n : 0;
}

/** Days the analysis date was moved back from the default (negative: forward); null without dates. */
export function daysBack(ctx: TeachingContext): number | null {
  if (ctx.analysisDay === null || ctx.defaultAnalysisDay === null) return null;
  return ctx.defaultAnalysisDay - ctx.analysisDay;
}

/** About a quarter back: 80 to 100 days before the default analysis date. */
export function movedBackAQuarter(ctx: TeachingContext): boolean {
  const d = daysBack(ctx);
  return d !== null && d >= 80 && d <= 100;
}

/**
 * Customers present at both contexts' dates whose class differs, for one lens: what the
 * Movement view's matrix counts off its diagonal. The earlier context goes first.
 */
export function classChanges(
  from: TeachingContext,
  to: TeachingContext,
  lens: CompareLens = 'eight',
): { changed: number; stayed: number; entered: number; left: number; earlyWarnings: number } | null {
  // Each context's own sorted columns, when it has them: re-evaluated per change, this must not sort.
  const a = labelSide(from.metrics, from.settings, lens, from.sorted);
  const b = labelSide(to.metrics, to.settings, lens, to.sorted);
  if (!a || !b) return null;
  let customers = 0;
  for (const i of from.metrics.index) customers = Math.max(customers, i + 1);
  for (const i of to.metrics.index) customers = Math.max(customers, i + 1);
  const c = compareLabellings(lens, a, b, customers);
  return { changed: c.changed, stayed: c.stayed, entered: c.entered, left: c.left, earlyWarnings: sum(c.earlyWarnings.map((e) => e.count)) };
}

/** The earlier of two contexts first (by analysis day), so a move back or forward compares the same way. */
export function inDateOrder(a: TeachingContext, b: TeachingContext): [TeachingContext, TeachingContext] {
  return (a.analysisDay ?? 0) <= (b.analysisDay ?? 0) ? [a, b] : [b, a];
}
