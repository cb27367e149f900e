/**
 * What lesson 9 measures on the future-value model: the holdout the learner set, whether the
 * customers bought more or fewer times in it than the model expected, and which of two
 * described histories the fitted model thinks more likely still buying. All read the
 * model of the live state (`ctx.future`, present only when it is for the data and settings of now).
 */
import { pAlive } from '../../future';
import type { TeachingContext } from '../context';

/** The holdout in weeks that the live model was fitted with (0: none); null without a model. */
export function holdoutWeeks(ctx: TeachingContext): number | null {
  const f = ctx.future;
  if (!f || ctx.analysisDay === null) return null;
  // The calibration end is the last counted day (the day before the analysis date) less the holdout.
  return (ctx.analysisDay - 1 - f.options.calibrationEnd) / 7;
}

/** 'more' when the customers made more repeat purchases in the holdout than the model expected; null without a holdout. */
export function holdoutDirection(ctx: TeachingContext): 'more' | 'less' | null {
  const h = ctx.future?.holdout;
  if (!h || !Number.isFinite(h.expectedTransactions)) return null;
  return h.actualTransactions > h.expectedTransactions ? 'more' : 'less';
}

/**
 * The two histories of the P(alive) question, in weeks: both first bought 60 weeks before the
 * calibration end and last bought 20 weeks before it; the frequent buyer came back on 10 days,
 * the rare one on 1.
 */
export const TWO_HISTORIES = { frequent: { x: 10, tx: 40, T: 60 }, rare: { x: 1, tx: 40, T: 60 } } as const;

/** Which of the two histories the live model gives the higher P(alive); null without a model. */
export function moreLikelyAlive(ctx: TeachingContext): 'frequent' | 'rare' | null {
  const p = ctx.future?.bgnbd.params;
  if (!p) return null;
  const of = (h: { x: number; tx: number; T: number }) => pAlive(p, h.x, h.tx, h.T);
  return of(TWO_HISTORIES.frequent) > of(TWO_HISTORIES.rare) ? 'frequent' : 'rare';
}
