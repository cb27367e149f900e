/** The lessons' targets, relative to the data ("about a fifth of customers"), and the budget split. */

/** The budget the value x potential lesson splits (the Budget calculator's default). */
export const LESSON_BUDGET = 100_000;

/** "About a fifth" of customers: M-high classes, high value. */
export const FIFTH = { min: 0.15, max: 0.25 } as const;
/** "About a quarter": high future value. */
export const QUARTER = { min: 0.2, max: 0.3 } as const;
/**
 * A churn line of about two months, in days. Not a quarter: on the classroom sample no
 * customer has been silent for 76 to 188 days, so a line at 90 would change nothing there.
 */
export const TWO_MONTHS_DAYS = { min: 50, max: 70 } as const;
/** "About half a year" of holdout, in weeks. */
export const HALF_YEAR_WEEKS = { min: 20, max: 30 } as const;
