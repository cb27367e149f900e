/** Pure computations behind the exercises' checks, shared with the tests. */
import { computeMetrics, defaultAnalysisDay } from '../../models/metrics';
import { analyze, sortMetrics, type LensSettings } from '../../models/analysis';
import { compare, moversOf, monthsEarlier, type Comparison } from '../../models/compare';
import { EIGHT_CLASS_KEYS } from '../../models/eightClasses';
import { sortedCopy } from '../../models/quantile';
import { classifySegments, defaultSegmentRules } from '../../models/segments';
import type { Dataset, IngestReport } from '../../types';
import type { ExerciseContext, SampleKey } from './types';

/** File names of the bundled samples (as samples.ts records them as the dataset name). */
export const SAMPLE_FILE: Record<SampleKey, string> = {
  classroom: 'classroom.csv',
  retail: 'retail-transactions.csv',
  'retail-zh': 'retail-transactions-zh-gb18030.csv',
  'customer-table': 'customer-table.csv',
};

/** A plain ExerciseContext from a dataset (tests, and anything outside the live app). */
export function contextFor(
  dataset: Dataset,
  report: IngestReport | null,
  settings: LensSettings,
  options: { datasetName?: string; analysisDay?: number | null; view?: string; rfmMode?: 'eight' | 'segments' } = {},
): ExerciseContext {
  const metrics = computeMetrics(dataset, { analysisDay: options.analysisDay ?? undefined, monetaryMode: 'sum' });
  const defaultDay = defaultAnalysisDay(dataset);
  return {
    view: options.view ?? 'learn',
    rfmMode: options.rfmMode ?? 'eight',
    datasetName: options.datasetName ?? report?.fileName ?? null,
    shape: dataset.shape,
    analysisDay: metrics.analysisDay,
    defaultAnalysisDay: defaultDay,
    settings,
    metrics,
    analysis: analyze(metrics, settings, sortMetrics(metrics)),
    selectedCustomer: null,
    snapshots: 0,
    dataset,
    report,
  };
}

/** Deterministic customer pick: the one at `fraction` of the way through the customer list. */
export function pickCustomer(ctx: ExerciseContext, fraction: number): number {
  const n = ctx.metrics.n;
  if (!n) return -1;
  return Math.min(n - 1, Math.max(0, Math.floor(fraction * (n - 1))));
}

export const round = (v: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** The amount to type as M threshold so that about `share` of customers are M-high (`sorted` ascending). */
export function thresholdForHighShare(sorted: Float64Array, share: number): number {
  const n = sorted.length;
  if (!n) return 0;
  const take = Math.max(1, Math.round(share * n));
  return sorted[n - take];
}

export function mHighShare(ctx: ExerciseContext): { customers: number; revenue: number } {
  const { counts, revenue } = ctx.analysis.eight;
  let c = 0;
  let r = 0;
  let total = 0;
  EIGHT_CLASS_KEYS.forEach((key, i) => {
    total += revenue[i];
    if (key[2] === 'H') {
      c += counts[i];
      r += revenue[i];
    }
  });
  return { customers: ctx.metrics.n ? c / ctx.metrics.n : 0, revenue: total ? r / total : 0 };
}

/** Champions' count under the default rules at the current scores (what "unchanged" means). */
export function defaultChampions(ctx: ExerciseContext): number {
  const s = ctx.analysis.scores;
  const rules = defaultSegmentRules(s.k);
  return classifySegments(rules, { R: s.R.scores, F: s.F.scores, M: s.M.scores }, ctx.metrics.monetary).counts[0];
}

/** Monetary sorted ascending: the live state's copy when the context carries it, so a hint never sorts per change. */
export function sortedMonetary(ctx: ExerciseContext): Float64Array {
  return ctx.sorted?.monetary ?? sortedCopy(ctx.metrics.monetary);
}

// Comparisons over the whole dataset are the one costly step; keep the last few per dataset.
const compareCache = new WeakMap<Dataset, Map<string, Comparison | null>>();

/** The eight classes at `months` before the default analysis date against the default date, at the current settings. */
export function quarterComparison(ctx: ExerciseContext, months: number): Comparison | null {
  const dataset = ctx.dataset;
  if (!dataset || dataset.shape !== 'transactions' || ctx.defaultAnalysisDay === null) return null;
  const to = ctx.defaultAnalysisDay;
  const from = monthsEarlier(to, months);
  const key = `${from}|${to}|${ctx.monetaryMode ?? 'sum'}|${JSON.stringify(ctx.settings)}`;
  let cache = compareCache.get(dataset);
  if (!cache) compareCache.set(dataset, (cache = new Map()));
  if (cache.has(key)) return cache.get(key)!;
  const result = compare(
    dataset,
    { analysisDay: from, monetaryMode: ctx.monetaryMode ?? 'sum', settings: ctx.settings },
    { analysisDay: to, monetaryMode: ctx.monetaryMode ?? 'sum', settings: ctx.settings },
    'eight',
  );
  if (cache.size > 8) cache.clear();
  cache.set(key, result);
  return result;
}

export function classIndex(c: Comparison, key: string): number {
  return c.classes.findIndex((k) => k.key === key);
}

/** Customer ids that moved from `fromKey` to `toKey`, and decoys that started in `fromKey` but did not. */
export function moverCandidates(ctx: ExerciseContext, months: number, fromKey: string, toKey: string, pick: number) {
  const c = quarterComparison(ctx, months);
  if (!c || !ctx.dataset) return { movers: [] as string[], candidates: [] as string[], total: 0 };
  const ids = ctx.dataset.customerIds;
  const from = classIndex(c, fromKey);
  const to = classIndex(c, toKey);
  if (from < 0 || to < 0) return { movers: [], candidates: [], total: 0 };
  const all = moversOf(c, from, to);
  const movers = all.indices.map((i) => ids[i]);
  const decoys: string[] = [];
  for (let i = 0; i < c.customerCount && decoys.length < pick + 3; i++) {
    if (c.fromOf[i] === from && c.toOf[i] !== to) decoys.push(ids[i]);
  }
  const shown = [...movers.slice(0, pick + 1), ...decoys];
  shown.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { movers, candidates: shown, total: all.total };
}

/** Important-value customers a quarter earlier and now (both at the default date's settings). */
export function importantValueThenNow(ctx: ExerciseContext, months: number): { then: number; now: number } | null {
  const c = quarterComparison(ctx, months);
  if (!c) return null;
  const i = classIndex(c, 'HHH');
  return { then: i < 0 ? 0 : c.fromCounts[i], now: i < 0 ? 0 : c.toCounts[i] };
}

export { monthsEarlier };
