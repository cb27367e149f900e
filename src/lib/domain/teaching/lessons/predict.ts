/** Grading a committed guess against the answer computed from the data. */
import type { Predict, PredictUnit } from './types';

export interface Grade {
  correct: boolean;
  /** How far the guess was, in the unit shown (percentage points, customers, money); null for choices. */
  off: number | null;
  /** The answer in the unit shown (percent 0..100 for 'percent'), or the choice value. */
  answer: number | string;
}

/** How close counts as right: 5 points of percent, a tenth of a count (at least 1), a tenth of an amount. */
export function tolerance(unit: PredictUnit, shownAnswer: number): number {
  switch (unit) {
    case 'percent':
      return 5;
    case 'count':
      return Math.max(1, Math.round(Math.abs(shownAnswer) * 0.1));
    case 'money':
      return Math.max(0.01, Math.abs(shownAnswer) * 0.1);
  }
}

const PRECISION: Record<PredictUnit, number> = { percent: 0.05, count: 0.5, money: 0.005 };

/** The answer as the learner types it: percent as 0..100, others as they are. */
export function shown(unit: PredictUnit, answer: number): number {
  return unit === 'percent' ? answer * 100 : answer;
}

/** Grade `guess` (as typed: a number in the shown unit, or a choice value). Null when there is no answer (no data). */
export function grade(predict: Predict, guess: number | string, answer: number | string | null): Grade | null {
  if (answer === null) return null;
  if (predict.kind === 'choice') return { correct: guess === answer, off: null, answer };
  const a = shown(predict.unit, answer as number);
  const g = typeof guess === 'number' ? guess : Number(guess);
  if (!Number.isFinite(g)) return { correct: false, off: null, answer: a };
  const raw = Math.abs(g - a);
  // Below the precision shown (0.1 point, one customer, a cent) the guess is exact.
  const off = raw < PRECISION[predict.unit] ? 0 : raw;
  return { correct: off <= tolerance(predict.unit, a) + 1e-9, off, answer: a };
}
