/** Answer checks and labels shared by every group of exercise kinds, so feedback stays uniform. */
import { EIGHT_CLASS_KEYS } from '../../../models/eightClasses';
import type { Dimension } from '../../../models/scores';
import { msg, type MessageRef } from '../../../messages';
import type { AnswerValue, CheckResult, Choice, ExerciseContext, NumberUnit, Params } from '../types';

export const DIMS: Dimension[] = ['recency', 'frequency', 'monetary'];
export const LETTER: Record<Dimension, string> = { recency: 'R', frequency: 'F', monetary: 'M' };

export const ok = (params: Params = {}): CheckResult => ({ correct: true, feedbackKey: 'ex.fb.correct', params });
export const no = (feedbackKey: string, params: Params = {}): CheckResult => ({ correct: false, feedbackKey, params });

export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const share = (v: unknown) => isNum(v) && v > 0 && v < 1;
export const inRange = (v: unknown, lo: number, hi: number) => isNum(v) && v >= lo && v <= hi;
// What a kind's `validate` returns: the field (a parameter name) and the rule, as references.
export const mustBeOneOf = (field: string, values: readonly (string | number)[]): MessageRef => msg('valid.oneOf', { field, values });
export const mustBeWhole = (field: string, min: number, max: number): MessageRef => msg('valid.wholeIn', { field, min, max });
/** A whole-number parameter's test: null when `v` is a whole number from `min` to `max`, else the problem with `field`. */
export const wholeIn = (field: string, v: unknown, min: number, max: number): MessageRef | null =>
  Number.isInteger(v) && inRange(v, min, max) ? null : mustBeWhole(field, min, max);
export const mustBeBetween = (field: string, min: number, max: number): MessageRef => msg('valid.between', { field, min, max });
export const mustBePoints = (field: string, min: number, max: number): MessageRef => msg('ex.valid.points', { field, min, max });
export const mustBeShare = (field: string): MessageRef => msg('ex.valid.share', { field });
export const oneOf = <T extends string>(v: unknown, list: readonly T[]): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** A known wrong answer and why it is wrong (the reason names the mistake, never the gap). */
export interface Misread {
  value: number;
  key: string;
  params?: Params;
}

/**
 * A number answer compared with `expected` within `tolerance` (same unit). A wrong answer
 * never learns how far off it is (typing back a gap must not pass): the feedback names a
 * known mistake when the answer matches one (a share typed as 0.506 for 50.6 %, customers
 * counted where a share is asked...), else only says it is not right yet.
 */
export function numberCheck(answer: AnswerValue, expected: number, tolerance: number, unit: NumberUnit = 'count', misreads: Misread[] = []): CheckResult {
  if (!isNum(answer)) return no('ex.fb.enterNumber');
  const near = (v: number) => Math.abs(answer - v) <= Math.max(tolerance, 1e-9) + 1e-9;
  if (near(expected)) return ok();
  if (unit === 'percent' && Math.abs(answer) <= 1 && Math.abs(expected) > 1 && Math.abs(answer * 100 - expected) <= tolerance + 1e-9) return no('ex.fb.fractionNotPercent');
  for (const m of misreads) if (Math.abs(m.value - expected) > tolerance + 1e-9 && near(m.value)) return no(m.key, m.params);
  return no('ex.fb.number.wrong');
}

export const classChoices = (): Choice[] => EIGHT_CLASS_KEYS.map((k) => ({ value: k, labelKey: `class.${k}` }));

export const noData = (ctx: ExerciseContext) => ctx.metrics.n === 0;

export type Empty = Record<string, never>;
