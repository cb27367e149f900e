/**
 * A lesson is data: steps done on the live charts, each with a goal that is a pure
 * predicate over the live state. Texts are message keys (messages/lessons.ts):
 *   lesson.<id>.title, lesson.<id>.aim,
 *   lesson.<id>.<step>.goal (what to do), lesson.<id>.<step>.done (read after the act),
 *   lesson.<id>.<step>.predict (the question of a predict-then-reveal step).
 * Goal and step texts may link terms to the glossary as `[label](term:<glossary id>)`.
 */
import type { TeachingContext } from '../context';
import type { FigureKey } from '../figures';
import type { AnalysisState } from './start';
import type { SampleKey } from '../exercises/types';

/** What a goal may compare against: the live state when the lesson and the step began. */
export interface Baseline {
  lesson: TeachingContext;
  step: TeachingContext;
}

export type Goal = (ctx: TeachingContext, start?: Baseline) => boolean;

/** A parameter of a live readout, formatted by the UI in the current language. */
export type ReadoutParam =
  | { kind: 'percent'; value: number }
  | { kind: 'number'; value: number }
  | { kind: 'money'; value: number }
  | { kind: 'message'; value: string }
  | { kind: 'text'; value: string };

/** A short live readout of the goal's measure ("M-high share now 23 %"): message key + params. */
export interface Readout {
  key: string;
  params?: Record<string, ReadoutParam>;
}

export type PredictUnit = 'percent' | 'count' | 'money';

interface PredictBase {
  /** Reveal only once the step's goal is met too (the learner predicts, then acts, then sees). */
  revealAfterGoal?: boolean;
  /** Figures on the views that answer the question: hidden until the guess is committed. */
  conceals?: readonly FigureKey[];
}

export interface NumberPredict extends PredictBase {
  kind: 'number';
  /** 'percent': the learner types 0..100 and `answer` returns a fraction 0..1. */
  unit: PredictUnit;
  answer: (ctx: TeachingContext, start?: Baseline) => number | null;
}

export interface ChoicePredict extends PredictBase {
  kind: 'choice';
  /** Values with the message key of their label. */
  choices: readonly { value: string; label: string }[];
  answer: (ctx: TeachingContext, start?: Baseline) => string | null;
}

export type Predict = NumberPredict | ChoicePredict;

export interface LessonStep {
  id: string;
  /** A button that opens the right view (and RFM mode) for the step. */
  action?: { view: string; rfmMode?: 'eight' | 'segments' };
  goal: Goal;
  readout?: (ctx: TeachingContext, start?: Baseline) => Readout | null;
  predict?: Predict;
  /** Glossary ids listed under the step as links. */
  terms?: readonly string[];
  /** A course figure (a `fact.*` key of messages/terms.ts) quoted where it belongs. */
  fact?: string;
  /**
   * On entering the step, the Movement view compares the very dates the previous step's
   * prediction was about: the date the learner set there (before) and the lesson's own
   * starting date (now).
   */
  comparePredictedDates?: boolean;
}

export interface Lesson {
  id: string;
  /** The bundled sample the lesson is written for (absent: the classroom sample); the coach offers to load it. */
  sample?: SampleKey;
  /** The analysis state the lesson is written for: applied on start, the learner's given back on leaving. */
  start: () => AnalysisState;
  steps: readonly LessonStep[];
}
