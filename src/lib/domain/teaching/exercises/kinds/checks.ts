/** Answer checks and labels shared by every group of exercise kinds, so feedback stays uniform. */
import { EIGHT_CLASS_KEYS } from '../../../models/eightClasses';
import type { Dimension } from '../../../models/scores';
import { msg, type MessageRef } from '../../../messages';
import { round } from '../helpers';
import type { AnswerValue, CheckResult, Choice, ExerciseContext, Params } from '../types';

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
export const mustBeBetween = (field: string, min: number, max: number): MessageRef => msg('valid.between', { field, min, max });
export const mustBePoints = (field: string, min: number, max: number): MessageRef => msg('ex.valid.points', { field, min, max });
export const mustBeShare = (field: string): MessageRef => msg('ex.valid.share', { field });
export const oneOf = <T extends string>(v: unknown, list: readonly T[]): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** A number answer compared with `expected` within `tolerance` (same unit). */
export function numberCheck(answer: AnswerValue, expected: number, tolerance: number): CheckResult {
  if (!isNum(answer)) return no('ex.fb.enterNumber');
  const diff = answer - expected;
  if (Math.abs(diff) <= tolerance + 1e-9) return ok({ expected: round(expected) });
  return no(diff > 0 ? 'ex.fb.tooHigh' : 'ex.fb.tooLow', { diff: round(Math.abs(diff)) });
}

export const classChoices = (): Choice[] => EIGHT_CLASS_KEYS.map((k) => ({ value: k, labelKey: `class.${k}` }));

export const noData = (ctx: ExerciseContext) => ctx.metrics.n === 0;

export type Empty = Record<string, never>;
