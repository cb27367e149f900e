/**
 * The exercise model: an ExerciseSpec (kind + parameters + optional texts) is what a pack
 * stores; `buildExercise` turns it into an Exercise whose prompt, answer form, check and
 * hints are pure functions of the live ExerciseContext.
 */
import type { TeachingContext } from '../context';
import type { Dataset, IngestReport } from '../../types';
import type { LensSettings } from '../../models/analysis';
import type { FigureKey } from '../figures';
import type { MessageRef as Problem } from '../../messages';

/** The live state plus what the dataset-level exercises need (the data and its cleaning report). */
export interface ExerciseContext extends TeachingContext {
  dataset: Dataset | null;
  report: IngestReport | null;
}

export type ExerciseKind =
  | 'reachTarget'
  | 'classifyByHand'
  | 'scoreByHand'
  | 'pyramidShare'
  | 'findMovers'
  | 'matchActions'
  | 'splitBudget'
  | 'readChart'
  | 'editRules'
  | 'predictDirection'
  | 'explainEmptyBin'
  | 'lifecycleChurn'
  | 'pareto'
  | 'connectLenses'
  | 'overTime'
  | 'realFiles'
  | 'readPAlive'
  | 'holdoutDirection';

export type SampleKey = 'classroom' | 'retail' | 'retail-zh' | 'customer-table';

export type Params = Record<string, string | number>;

export interface ExerciseTexts {
  title?: string;
  prompt?: string;
}

/** One exercise as data: what a trainer composes and a pack carries. */
export interface ExerciseSpec {
  id: string;
  kind: ExerciseKind;
  /** The sample it is meant for (defaults to the kind's); the coach offers to load it. */
  sample?: SampleKey;
  params?: Record<string, unknown>;
  /** Let a seeded variant draw the kind's parameters per workspace (absent: fixed as given). */
  vary?: boolean;
  texts?: { en?: ExerciseTexts; zh?: ExerciseTexts };
}

export interface Choice {
  value: string;
  labelKey: string;
  params?: Params;
}

/** `ratio`: how many times one amount is another (shown with × / 倍). */
export type NumberUnit = 'count' | 'percent' | 'money' | 'score' | 'ratio';

export type AnswerSpec =
  | { type: 'number'; unit: NumberUnit }
  | { type: 'choice'; options: Choice[] }
  | { type: 'customers'; candidates: string[]; pick: number }
  | { type: 'mapping'; rows: Choice[]; options: Choice[] }
  | { type: 'numbers'; fields: (Choice & { unit: NumberUnit })[] }
  | { type: 'state' }
  | { type: 'stateNumber'; unit: NumberUnit };

export type AnswerValue = number | string | string[] | Record<string, string | number> | null;

export interface CheckResult {
  correct: boolean;
  feedbackKey: string;
  params: Params;
  /** Options or customers this wrong answer ruled out (recorded and shown crossed out). */
  ruledOut?: string[];
}

export interface MessageRef {
  key: string;
  params?: Params;
  /** A trainer's own text per locale (with the same {placeholders}); used instead of `key` when present. */
  custom?: { en?: string; zh?: string };
}

/**
 * A kind's behaviour; P is its parameter object. `t` is the exercise's TARGET state (the
 * default analysis date with the settings `target` declares), `live` the learner's state:
 * prompts, expected answers and solutions read `t` only, so they never depend on what the
 * learner has changed; a state goal's check reads `live`.
 */
export interface KindDef<P extends object = Record<string, unknown>> {
  kind: ExerciseKind;
  sample: SampleKey;
  /** The view where the learner works on it. */
  view: string;
  defaults: P;
  /** null when fine, else the problem as a message reference naming the parameter. */
  validate(params: P): Problem | null;
  /**
   * The lens settings of the target state, from the default state `base` (absent: the
   * defaults). The coach also starts the exercise in `start` (absent: the target, or the
   * defaults for a state goal the learner must reach).
   */
  target?(base: ExerciseContext, p: P): LensSettings;
  /** Figures on the page that would give the answer away: hidden until the exercise is solved or revealed. */
  conceals?: FigureKey[];
  /** True when the learner must reach the target state on the charts (the exercise starts at the defaults). */
  stateGoal?: boolean;
  /** The parameter sets a seeded variant draws from (absent: the kind has none to vary). */
  variants?: Partial<P>[];
  promptParams(t: ExerciseContext, p: P): Params;
  answer(t: ExerciseContext, p: P): AnswerSpec;
  /** The right answer in the target state (for reveal and tests); null for a state-only goal. */
  expected(t: ExerciseContext, p: P): AnswerValue;
  check(live: ExerciseContext, p: P, answer: AnswerValue, t: ExerciseContext): CheckResult;
  /** Parameters of the pointer hint and the solution (`live` for a direction from where the learner is). */
  hintParams(t: ExerciseContext, p: P, live: ExerciseContext): Params;
}

export interface Exercise {
  id: string;
  kind: ExerciseKind;
  sample: SampleKey;
  view: string;
  spec: ExerciseSpec;
  /** A message key, or custom text in `spec.texts`. */
  title(ctx: ExerciseContext | null): MessageRef;
  prompt(ctx: ExerciseContext): MessageRef;
  answer(ctx: ExerciseContext): AnswerSpec;
  expected(ctx: ExerciseContext): AnswerValue;
  check(ctx: ExerciseContext, answer: AnswerValue): CheckResult;
  /** level 1 nudge, 2 pointer, 3 solution (computed in the target state). */
  hint(ctx: ExerciseContext, level: 1 | 2 | 3): MessageRef;
  /** The target state's context (for tests and the coach's start). */
  targetContext(ctx: ExerciseContext): ExerciseContext;
  /** The settings the coach applies when the exercise starts. */
  startSettings(ctx: ExerciseContext): LensSettings;
  /** The resolved parameters (after a seeded variant, if any). */
  params: Record<string, unknown>;
}
