import { dayToIso } from './days';
import { analyze, defaultLensSettings, type Analysis, type LensSettings } from './models/analysis';
import { EIGHT_CLASS_KEYS } from './models/eightClasses';
import { computeMetrics, type MetricsOptions } from './models/metrics';
import { OTHERS_KEY } from './models/segments';
import type { CustomerMetrics, Dataset, IngestReport } from './types';

/** Display names of the default segment keys in the CLI's JSON (COURSE.md's English names). */
export const SEGMENT_NAMES: Record<string, string> = {
  champions: 'Champions',
  potentialLoyalist: 'Potential Loyalist',
  loyal: 'Loyal Customers',
  promising: 'Promising',
  newCustomers: 'New Customers',
  cantLose: "Can't Lose Them",
  atRisk: 'At Risk',
  needAttention: 'Need Attention',
  aboutToSleep: 'About To Sleep',
  lost: 'Lost',
  [OTHERS_KEY]: 'Others',
};

export interface Summary {
  customers: number;
  analysisDate: string | null;
  edges: { recency: number[]; frequency: number[]; monetary: number[] };
  scoreCounts: { R: number[]; F: number[]; M: number[] };
  emptyBins: { R: number[]; F: number[]; M: number[] };
  eightClasses: {
    thresholds: { recency: number | null; frequency: number | null; monetary: number | null };
    counts: Record<string, number>;
    revenue: Record<string, number>;
  };
  segments: Record<string, number>;
  pyramid: { tier: string; minValue: number | null; customers: number; revenueShare: number }[];
  lifecycle: Record<string, number>;
  excluded: { customersWithoutPurchase: number; rowsAfterAnalysisDate: number };
  report: {
    rowsRead: number;
    rowsUsed: number;
    skipped: { reason: string; count: number; lines: number[] }[];
    frequencyRule: string;
    returnRows: number;
    cancelledOrderRows: number;
    zeroAmountRows: number;
    dateOrder: string | null;
    dateOrderCertain: boolean;
    encoding: string;
    delimiter: string;
  };
}

export function summarize(dataset: Dataset, report: IngestReport, options: MetricsOptions & { bins?: number; settings?: LensSettings } = {}): Summary {
  const metrics = computeMetrics(dataset, options);
  const settings = options.settings ?? defaultLensSettings(options.bins ?? 5);
  return summaryOf(metrics, analyze(metrics, settings), report);
}

export function summaryOf(m: CustomerMetrics, a: Analysis, report: IngestReport): Summary {
  const counts: Record<string, number> = {};
  const revenue: Record<string, number> = {};
  EIGHT_CLASS_KEYS.forEach((key, i) => {
    counts[key] = a.eight.counts[i];
    revenue[key] = a.eight.revenue[i];
  });
  const segments: Record<string, number> = {};
  a.segments.rules.forEach((rule, i) => (segments[SEGMENT_NAMES[rule.key] ?? rule.label ?? rule.key] = a.segments.counts[i]));
  segments.Others = a.segments.counts[a.segments.rules.length];
  const lifecycle: Record<string, number> = {};
  ['acquisition', 'growth', 'maturity', 'churn'].forEach((key, i) => (lifecycle[key] = a.lifecycle.counts[i]));
  return {
    customers: m.n,
    analysisDate: m.analysisDay === null ? null : dayToIso(m.analysisDay),
    edges: a.scores.edges,
    scoreCounts: { R: a.scores.R.counts, F: a.scores.F.counts, M: a.scores.M.counts },
    emptyBins: { R: a.scores.R.emptyScores, F: a.scores.F.emptyScores, M: a.scores.M.emptyScores },
    eightClasses: { thresholds: a.eight.thresholds, counts, revenue },
    segments,
    pyramid: a.pyramid.tiers.map((t) => ({ tier: t.tier, minValue: t.minValue, customers: t.customers, revenueShare: t.revenueShare })),
    lifecycle,
    excluded: { customersWithoutPurchase: m.customersWithoutPurchase, rowsAfterAnalysisDate: m.rowsAfterAnalysisDate },
    report: {
      rowsRead: report.rowsRead,
      rowsUsed: report.rowsUsed,
      skipped: report.skipped.map((s) => ({ reason: s.reason, count: s.count, lines: s.lines })),
      frequencyRule: report.frequencyRule,
      returnRows: report.returnRows,
      cancelledOrderRows: report.cancelledOrderRows,
      zeroAmountRows: report.zeroAmountRows,
      dateOrder: report.dateOrder,
      dateOrderCertain: report.dateOrderCertain,
      encoding: report.encoding,
      delimiter: report.delimiter,
    },
  };
}
