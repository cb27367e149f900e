/**
 * The future-value model as the exercises see it: fitted on the exercise's own target
 * (the data up to the default analysis date minus a holdout the exercise fixes), never on
 * the learner's model settings, so an answer does not move when the learner changes them.
 * A fit on a few thousand customers takes a noticeable moment, and a coach asks for the
 * prompt on every change: one fit per dataset and holdout is kept.
 */
import { predictFuture, type FutureResult } from '../../future';
import type { Dataset, DayNumber, TransactionTable } from '../../types';
import type { ExerciseContext } from './types';

/** The horizon when there is no holdout (P(alive) does not depend on it). */
const NO_HOLDOUT_HORIZON = 26;

export interface ExerciseModel {
  calibrationEnd: DayNumber;
  result: FutureResult;
}

const fits = new WeakMap<Dataset, Map<number, ExerciseModel | null>>();

/** The model fitted up to the default analysis date's last counted day minus `holdoutWeeks` weeks; null without transactions or a fit. */
export function exerciseModel(ctx: ExerciseContext, holdoutWeeks: number): ExerciseModel | null {
  const dataset = ctx.dataset;
  const day = ctx.defaultAnalysisDay;
  if (!dataset || dataset.shape !== 'transactions' || day === null) return null;
  let byHoldout = fits.get(dataset);
  if (!byHoldout) fits.set(dataset, (byHoldout = new Map()));
  if (byHoldout.has(holdoutWeeks)) return byHoldout.get(holdoutWeeks)!;
  // As the workspace's model does it: the last day counted (the day before the analysis date) minus the holdout.
  const calibrationEnd = (day - 1 - 7 * holdoutWeeks) as DayNumber;
  const out = predictFuture(dataset as TransactionTable, { calibrationEnd, horizonWeeks: holdoutWeeks > 0 ? holdoutWeeks : NO_HOLDOUT_HORIZON });
  const model = out.ok ? { calibrationEnd, result: out.result } : null;
  byHoldout.set(holdoutWeeks, model);
  return model;
}
