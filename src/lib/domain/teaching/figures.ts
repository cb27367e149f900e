/**
 * Figures on the analysis views that can answer an open question. While a lesson's
 * prediction (or an exercise) is open, the figures it names are taken off the page, not
 * just blurred: the learner commits first, then sees the figure appear.
 */
export const FIGURES = [
  /** Customers per F score (lesson 1: how many bought once). */
  'rfm.frequencyCounts',
  /** The eight classes' grid and class table (lesson 2: largest class, revenue of M high). */
  'eight.grid',
  'eight.table',
  /** The named segments table, Others included (lesson 3). */
  'segments.table',
  /** The 80/20 readout, the Pareto curve, the tiers' revenue shares (lesson 4). */
  'pyramid.revenue',
  /** The budget calculator's amounts (lesson 5). */
  'quadrants.budget',
  /** The current x future quadrant table (lesson 6). */
  'quadrants.currentFuture',
  /** The lifecycle stage table (lesson 7: churned share). */
  'lifecycle.table',
  /** Each class's action beside it (exercise 6 asks for them). */
  'eight.actions',
  /** Why a score is empty, in the empty-score warning (exercise 11 asks why). */
  'rfm.emptyReason',
  /** The share of customers that brings 80 % of revenue, readout and chart mark (exercise 13). */
  'pyramid.for80',
  /** The customer card's model figures: P(alive), expected transactions, future value (exercise 17, lesson 9). */
  'future.customer',
  /** The model check's holdout: actual after the calibration end, and actual against expected (exercise 18, lesson 9). */
  'model.holdout',
] as const;

export type FigureKey = (typeof FIGURES)[number];
