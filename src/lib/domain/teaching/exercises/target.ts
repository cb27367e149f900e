/**
 * The exercise's target state: the data at its default analysis date, M as the sum, and the
 * lens settings the exercise declares. Prompts, solutions and revealed answers are computed
 * here, never in whatever state the learner has left the charts in, so a solution is never
 * a figure of the wrong state ("84.03 %" with M at its mean when the question fixes M-high
 * at a fifth).
 */
import { analyze, defaultLensSettings, sortMetrics, type Analysis, type LensSettings, type SortedMetrics } from '../../models/analysis';
import { computeMetrics } from '../../models/metrics';
import type { CustomerMetrics, Dataset } from '../../types';
import type { ExerciseContext } from './types';

/** The settings every exercise starts from: the tool's defaults with five scores. */
export const baseSettings = (): LensSettings => defaultLensSettings(5);

// One default-date measure per dataset, and a few analyses per measure: a coach re-derives
// its prompt on every drag frame, which must not re-run the lenses each time.
const defaultMetrics = new WeakMap<Dataset, { metrics: CustomerMetrics; sorted: SortedMetrics }>();
const analyses = new WeakMap<CustomerMetrics, Map<string, Analysis>>();

function atDefaultDate(ctx: ExerciseContext): { metrics: CustomerMetrics; sorted: SortedMetrics } {
  const live = { metrics: ctx.metrics, sorted: ctx.sorted ?? sortMetrics(ctx.metrics) };
  const moved = ctx.analysisDay !== ctx.defaultAnalysisDay || (ctx.monetaryMode ?? 'sum') !== 'sum';
  if (!ctx.dataset || !moved) return live;
  let hit = defaultMetrics.get(ctx.dataset);
  if (!hit) {
    const metrics = computeMetrics(ctx.dataset, { analysisDay: ctx.defaultAnalysisDay ?? undefined, monetaryMode: 'sum' });
    hit = { metrics, sorted: sortMetrics(metrics) };
    defaultMetrics.set(ctx.dataset, hit);
  }
  return hit;
}

/** `ctx` moved to the default analysis date with `settings` (the live view, selection and data stay). */
export function contextAt(ctx: ExerciseContext, settings: LensSettings): ExerciseContext {
  const { metrics, sorted } = atDefaultDate(ctx);
  const key = JSON.stringify(settings);
  let cache = analyses.get(metrics);
  if (!cache) analyses.set(metrics, (cache = new Map()));
  let analysis = cache.get(key);
  if (!analysis) {
    analysis = analyze(metrics, settings, sorted);
    if (cache.size > 16) cache.clear();
    cache.set(key, analysis);
  }
  return { ...ctx, analysisDay: ctx.defaultAnalysisDay ?? ctx.analysisDay, monetaryMode: 'sum', settings, metrics, sorted, analysis };
}

/** The default state: the tool's default settings at the default analysis date. */
export const baseContext = (ctx: ExerciseContext): ExerciseContext => contextAt(ctx, baseSettings());
