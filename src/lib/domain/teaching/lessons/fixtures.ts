/** Test fixtures: TeachingContexts built from a dataset with the same functions the live state uses. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TeachingContext } from '../context';
import { analyze, defaultLensSettings, type LensSettings } from '../../models/analysis';
import { computeMetrics, defaultAnalysisDay } from '../../models/metrics';
import { transactionTable } from '../../models/testTable';
import { ingestBytes } from '../../ingest/ingest';
import type { Dataset, DayNumber } from '../../types';
import { predictFuture } from '../../future';

export interface CtxOptions {
  view?: string;
  rfmMode?: 'eight' | 'segments';
  analysisDay?: DayNumber | null;
  settings?: (s: LensSettings) => void;
  selectedCustomer?: string | null;
  snapshots?: number;
}

export function contextOf(dataset: Dataset, o: CtxOptions = {}): TeachingContext {
  const settings = defaultLensSettings(5);
  o.settings?.(settings);
  const def = defaultAnalysisDay(dataset);
  const day = o.analysisDay ?? def;
  const metrics = computeMetrics(dataset, { analysisDay: day ?? undefined });
  return {
    view: o.view ?? 'rfm',
    rfmMode: o.rfmMode ?? 'eight',
    datasetName: 'test',
    shape: dataset.shape,
    analysisDay: day,
    defaultAnalysisDay: def,
    settings,
    metrics,
    analysis: analyze(metrics, settings),
    selectedCustomer: o.selectedCustomer ?? null,
    snapshots: o.snapshots ?? 0,
  };
}

/**
 * Ten customers, default analysis date 2024-07-01 (the day after the last row).
 *   id  purchases (amount each)            M     F  R (days to 2024-07-01)
 *   A   5 x 100, last 2024-06-29           500   5  2
 *   B   1 x 1000 on 2024-06-30             1000  1  1
 *   C   1 x 20 on 2024-01-10               20    1  173
 *   D   50 on 2024-03-01, 50 on 2024-06-01 100   2  30
 *   E   1 x 30 on 2024-02-01               30    1  151
 *   F   200 on 04-01, 05-01, 06-15         600   3  16
 *   G   1 x 10 on 2024-06-20               10    1  11
 *   H   1 x 5000 on 2023-12-01             5000  1  213
 *   I   40 on 05-10 and 05-20              80    2  42
 *   J   1 x 60 on 2024-03-15               60    1  108
 * Total 7400, mean M 740 (M high: B, H = 20 %), median M 90 (M high: 5 = 50 %).
 * Top 20 % (H, B) bring 6000 / 7400; one-time buyers 6 of 10; silent > 180 days: H only.
 */
export function smallDataset(): Dataset {
  const rows: { customer: string; date: string; amount: number }[] = [];
  const add = (customer: string, amount: number, ...dates: string[]) => dates.forEach((date) => rows.push({ customer, date, amount }));
  add('A', 100, '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-29');
  add('B', 1000, '2024-06-30');
  add('C', 20, '2024-01-10');
  add('D', 50, '2024-03-01', '2024-06-01');
  add('E', 30, '2024-02-01');
  add('F', 200, '2024-04-01', '2024-05-01', '2024-06-15');
  add('G', 10, '2024-06-20');
  add('H', 5000, '2023-12-01');
  add('I', 40, '2024-05-10', '2024-05-20');
  add('J', 60, '2024-03-15');
  return transactionTable(rows);
}

export async function classroomDataset(): Promise<Dataset> {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../samples/classroom.csv');
  const outcome = await ingestBytes(readFileSync(file), { fileName: 'classroom.csv' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.dataset;
}

export async function retailDataset(): Promise<Dataset> {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../samples/retail-transactions.csv');
  const outcome = await ingestBytes(readFileSync(file), { fileName: 'retail-transactions.csv' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.dataset;
}

/**
 * `ctx` with the future-value model the workspace would fit at a holdout of `holdoutWeeks`
 * (calibration end: the day before the analysis date, less the holdout) and a horizon of a
 * year, as the live state carries it; null when the model refuses the data.
 */
export function withFuture(ctx: TeachingContext, dataset: Dataset, holdoutWeeks: number, horizonWeeks = 52): TeachingContext {
  if (dataset.shape !== 'transactions' || ctx.analysisDay === null) return { ...ctx, future: null };
  const out = predictFuture(dataset, { calibrationEnd: (ctx.analysisDay - 1 - 7 * holdoutWeeks) as DayNumber, horizonWeeks });
  return { ...ctx, future: out.ok ? out.result : null };
}
