/**
 * The guided lessons: the eight of CURRICULUM.md, one per model, then lesson 9 on the
 * future-value model (issue 11). Targets are relative to the
 * data ("about a fifth of customers"); every answer is computed from the live state by the
 * functions in measures.ts.
 */
import type { TeachingContext } from '../context';
import { EIGHT_CLASS_KEYS } from '../../models/eightClasses';
import {
  budgetPerCustomer,
  championsCount,
  churnShare,
  churnShareAt,
  classChanges,
  daysBack,
  DIMENSIONS,
  edgesChanged,
  edgesMoved,
  inDateOrder,
  largestEightClass,
  medianThresholds,
  mHighRevenueShare,
  mHighShare,
  mostSkewedDimension,
  movedBackAQuarter,
  oneTimeBuyerShare,
  othersCount,
  othersShare,
  quadrantHighXShare,
  quadrantHighYShare,
  quadrantShare,
  top20RevenueShare,
  topTier,
  topTierIsSmallestFor,
} from './measures';
import type { FigureKey } from '../figures';
import { holdoutDirection, holdoutWeeks, moreLikelyAlive } from './futureMeasures';
import { dayToIso } from '../../days';
import { courseDefaults, modelDefaults } from './start';
import type { Baseline, Lesson, LessonStep, ReadoutParam } from './types';

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
const DIM_LETTERS = { recency: 'R', frequency: 'F', monetary: 'M' } as const;

const pct = (value: number): ReadoutParam => ({ kind: 'percent', value });
const num = (value: number): ReadoutParam => ({ kind: 'number', value });
const within = (v: number | null, r: { min: number; max: number }) => v !== null && v >= r.min - 1e-9 && v <= r.max + 1e-9;
const hasData = (ctx: TeachingContext) => ctx.metrics.n > 0;
const onView = (view: string) => (ctx: TeachingContext) => hasData(ctx) && ctx.view === view;
const stepStart = (ctx: TeachingContext, start?: Baseline) => start?.step ?? ctx;

export const LESSONS: readonly Lesson[] = [
  {
    id: 'rfm',
    start: courseDefaults,
    steps: [
      {
        id: 'customer',
        action: { view: 'customers' },
        goal: (ctx) => hasData(ctx) && ctx.selectedCustomer !== null,
        terms: ['rfm', 'recency', 'frequency', 'monetary', 'analysis-date'],
        fact: 'fact.acquisitionCost',
      },
      {
        id: 'skew',
        action: { view: 'rfm' },
        goal: onView('rfm'),
        predict: {
          kind: 'choice',
          choices: DIMENSIONS.map((d) => ({ value: d, label: `term.${d}` })),
          answer: mostSkewedDimension,
        },
        terms: ['recency', 'frequency', 'monetary'],
      },
      {
        id: 'oneTime',
        action: { view: 'rfm' },
        goal: onView('rfm'),
        predict: {
          kind: 'number',
          unit: 'percent',
          answer: (ctx) => (hasData(ctx) ? oneTimeBuyerShare(ctx) : null),
          conceals: ['rfm.frequencyCounts'],
        },
        terms: ['score', 'quantile'],
      },
      {
        id: 'edge',
        action: { view: 'rfm' },
        goal: (ctx) => hasData(ctx) && DIMENSIONS.some((d) => edgesMoved(ctx, d)),
        // The counts of every dimension whose edges the learner moved in this step, so the
        // readout follows the handle being dragged (R, F or M).
        readout: (ctx, start) => {
          if (!hasData(ctx)) return null;
          const moved = DIMENSIONS.filter((d) => edgesChanged(stepStart(ctx, start), ctx, d));
          if (!moved.length) return { key: 'lesson.readout.scoresNone' };
          const counts = moved.map((d) => `${DIM_LETTERS[d]}: ${ctx.analysis.scores[DIM_LETTERS[d]].counts.join(' · ')}`).join('; ');
          return { key: 'lesson.readout.scores', params: { counts: { kind: 'text', value: counts } } };
        },
        terms: ['score', 'quantile', 'threshold'],
      },
    ],
  },
  {
    id: 'eight',
    start: courseDefaults,
    steps: [
      {
        id: 'largest',
        action: { view: 'rfm', rfmMode: 'eight' },
        goal: (ctx) => onView('rfm')(ctx) && ctx.rfmMode === 'eight',
        predict: {
          kind: 'choice',
          choices: EIGHT_CLASS_KEYS.map((k) => ({ value: k, label: `class.${k}` })),
          answer: largestEightClass,
          conceals: ['eight.grid', 'eight.table'],
        },
        terms: ['eight-classes', 'threshold', 'mean'],
      },
      {
        id: 'median',
        action: { view: 'rfm', rfmMode: 'eight' },
        goal: (ctx) => hasData(ctx) && medianThresholds(ctx) === 3,
        readout: (ctx) => ({ key: 'lesson.readout.medians', params: { n: num(medianThresholds(ctx)) } }),
        terms: ['median', 'mean'],
      },
      {
        id: 'mHigh',
        action: { view: 'rfm', rfmMode: 'eight' },
        goal: (ctx) => hasData(ctx) && within(mHighShare(ctx), FIFTH),
        readout: (ctx) => ({ key: 'lesson.readout.mHigh', params: { share: pct(mHighShare(ctx)) } }),
        terms: ['threshold', 'class-important-value', 'class-important-win-back'],
      },
      {
        id: 'revenue',
        action: { view: 'rfm', rfmMode: 'eight' },
        goal: onView('rfm'),
        predict: {
          kind: 'number',
          unit: 'percent',
          answer: (ctx) => (hasData(ctx) ? mHighRevenueShare(ctx) : null),
          conceals: ['eight.table'],
        },
        terms: ['eight-classes'],
      },
    ],
  },
  {
    id: 'segments',
    start: courseDefaults,
    steps: [
      {
        id: 'open',
        action: { view: 'rfm', rfmMode: 'segments' },
        goal: (ctx) => onView('rfm')(ctx) && ctx.rfmMode === 'segments',
        predict: { kind: 'number', unit: 'percent', answer: (ctx) => (hasData(ctx) ? othersShare(ctx) : null), conceals: ['segments.table'] },
        terms: ['segments', 'seg-champions', 'seg-others', 'score'],
      },
      {
        id: 'others',
        action: { view: 'rfm', rfmMode: 'segments' },
        goal: (ctx, start) => hasData(ctx) && othersCount(ctx) === 0 && championsCount(ctx) === championsCount(stepStart(ctx, start)),
        readout: (ctx, start) => ({
          key: 'lesson.readout.others',
          params: { others: num(othersCount(ctx)), champions: num(championsCount(ctx)), was: num(championsCount(stepStart(ctx, start))) },
        }),
        terms: ['seg-others', 'seg-champions', 'seg-lost'],
      },
    ],
  },
  {
    id: 'pyramid',
    start: courseDefaults,
    steps: [
      {
        id: 'top20',
        action: { view: 'pyramid' },
        goal: onView('pyramid'),
        predict: { kind: 'number', unit: 'percent', answer: (ctx) => (hasData(ctx) ? top20RevenueShare(ctx) : null), conceals: ['pyramid.revenue'] },
        terms: ['pareto', 'pyramid'],
        fact: 'fact.pareto',
      },
      {
        id: 'for80',
        action: { view: 'pyramid' },
        goal: (ctx) => topTierIsSmallestFor(ctx, 0.8),
        readout: (ctx) => {
          const t = topTier(ctx);
          return { key: 'lesson.readout.topTier', params: { customers: pct(t.customerShare), revenue: pct(t.revenueShare) } };
        },
        terms: ['pareto', 'tier-high'],
      },
      {
        id: 'four',
        action: { view: 'pyramid' },
        goal: (ctx) => hasData(ctx) && ctx.settings.pyramid.tiers === 'four',
        terms: ['tier-platinum', 'tier-gold', 'tier-iron', 'tier-lead', 'differentiated-service'],
      },
    ],
  },
  {
    id: 'valuePotential',
    start: courseDefaults,
    steps: [
      {
        id: 'open',
        action: { view: 'quadrants' },
        goal: (ctx) => onView('quadrants')(ctx) && ctx.analysis.valuePotential !== null,
        terms: ['quadrants', 'potential', 'value'],
      },
      {
        id: 'value20',
        action: { view: 'quadrants' },
        goal: (ctx) => within(quadrantHighXShare(ctx, 'valuePotential'), FIFTH),
        readout: (ctx) => {
          const s = quadrantHighXShare(ctx, 'valuePotential');
          return s === null ? null : { key: 'lesson.readout.highValue', params: { share: pct(s) } };
        },
        terms: ['quadrants', 'pyramid'],
      },
      {
        id: 'budget',
        action: { view: 'quadrants' },
        goal: (ctx) => onView('quadrants')(ctx) && ctx.analysis.valuePotential !== null,
        predict: { kind: 'number', unit: 'money', answer: (ctx) => budgetPerCustomer(ctx, LESSON_BUDGET, 0), conceals: ['quadrants.budget'] },
        terms: ['resource-split'],
      },
    ],
  },
  {
    id: 'currentFuture',
    start: courseDefaults,
    steps: [
      {
        id: 'open',
        action: { view: 'quadrants' },
        goal: (ctx) => onView('quadrants')(ctx) && ctx.analysis.currentFuture !== null,
        predict: { kind: 'number', unit: 'percent', answer: (ctx) => quadrantShare(ctx, 'currentFuture', 1), conceals: ['quadrants.currentFuture'] },
        terms: ['clv', 'future-value', 'current-value'],
      },
      {
        id: 'future',
        action: { view: 'quadrants' },
        goal: (ctx) => within(quadrantHighYShare(ctx, 'currentFuture'), QUARTER),
        readout: (ctx) => {
          const s = quadrantHighYShare(ctx, 'currentFuture');
          return s === null ? null : { key: 'lesson.readout.highFuture', params: { share: pct(s) } };
        },
        terms: ['future-value', 'quadrants'],
      },
    ],
  },
  {
    id: 'lifecycle',
    start: courseDefaults,
    steps: [
      {
        id: 'churn180',
        action: { view: 'quadrants' },
        goal: onView('quadrants'),
        predict: { kind: 'number', unit: 'percent', answer: (ctx) => (hasData(ctx) ? churnShareAt(ctx, 180) : null), conceals: ['lifecycle.table'] },
        terms: ['lifecycle', 'stage-acquisition', 'stage-growth', 'stage-maturity', 'stage-churn'],
      },
      {
        id: 'earlier',
        action: { view: 'quadrants' },
        goal: (ctx) => hasData(ctx) && within(ctx.settings.lifecycle.churnDays, TWO_MONTHS_DAYS),
        readout: (ctx) => ({ key: 'lesson.readout.churn', params: { days: num(ctx.settings.lifecycle.churnDays), share: pct(churnShare(ctx)) } }),
        terms: ['stage-churn', 'tenure'],
        fact: 'fact.retentionProfit',
      },
    ],
  },
  {
    id: 'reevaluate',
    start: courseDefaults,
    steps: [
      {
        id: 'moveBack',
        action: { view: 'data' },
        goal: (ctx) => hasData(ctx) && movedBackAQuarter(ctx),
        readout: (ctx) => {
          const d = daysBack(ctx);
          return d === null ? { key: 'lesson.readout.noDates' } : { key: 'lesson.readout.daysBack', params: { days: num(d) } };
        },
        predict: {
          kind: 'number',
          unit: 'count',
          revealAfterGoal: true,
          answer: (ctx, start) => {
            const base = start?.step;
            if (!base || !hasData(ctx)) return null;
            const [from, to] = inDateOrder(base, ctx);
            return classChanges(from, to)?.changed ?? null;
          },
        },
        terms: ['analysis-date', 're-evaluation'],
        fact: 'fact.quarterly',
      },
      {
        id: 'movement',
        action: { view: 'movement' },
        comparePredictedDates: true,
        goal: onView('movement'),
        terms: ['dynamic-classification', 'trigger', 'class-important-value', 'class-important-win-back'],
      },
      {
        id: 'customer',
        action: { view: 'movement' },
        goal: (ctx, start) => hasData(ctx) && ctx.selectedCustomer !== null && ctx.selectedCustomer !== (start?.step.selectedCustomer ?? null),
        terms: ['trigger'],
      },
      {
        id: 'snapshot',
        action: { view: 'movement' },
        goal: (ctx, start) => hasData(ctx) && ctx.snapshots > (start?.step.snapshots ?? 0),
        terms: ['re-evaluation', 'dynamic-classification'],
        fact: 'fact.quarterly',
      },
    ],
  },
  {
    id: 'future',
    // A model needs a few thousand customers: the 40 of the classroom sample are too few.
    sample: 'retail',
    // No holdout to begin with: setting one is the first act.
    start: modelDefaults,
    steps: [
      {
        id: 'holdout',
        action: { view: 'model' },
        goal: (ctx) => onView('model')(ctx) && within(holdoutWeeks(ctx), HALF_YEAR_WEEKS) && holdoutDirection(ctx) !== null,
        readout: (ctx) => {
          const weeks = holdoutWeeks(ctx);
          if (weeks === null || !ctx.future) return { key: 'lesson.readout.modelWaiting' };
          if (weeks <= 0) return { key: 'lesson.readout.noHoldout' };
          return { key: 'lesson.readout.holdout', params: { weeks: num(weeks), end: { kind: 'text', value: dayToIso(ctx.future.options.calibrationEnd) } } };
        },
        predict: {
          kind: 'choice',
          choices: [
            { value: 'more', label: 'lesson.future.choice.more' },
            { value: 'less', label: 'lesson.future.choice.less' },
          ],
          // The answer depends on the holdout the learner sets: shown once it is set.
          revealAfterGoal: true,
          answer: holdoutDirection,
          conceals: ['model.holdout'],
        },
        terms: ['bgnbd', 'calibration', 'holdout'],
      },
      {
        id: 'alive',
        action: { view: 'customers' },
        goal: (ctx, start) => hasData(ctx) && !!ctx.future && ctx.selectedCustomer !== null && ctx.selectedCustomer !== (start?.step.selectedCustomer ?? null),
        predict: {
          kind: 'choice',
          choices: [
            { value: 'frequent', label: 'lesson.future.choice.frequent' },
            { value: 'rare', label: 'lesson.future.choice.rare' },
          ],
          answer: moreLikelyAlive,
          conceals: ['future.customer'],
        },
        terms: ['p-alive', 'bgnbd'],
      },
      {
        id: 'quadrant',
        action: { view: 'quadrants' },
        goal: (ctx) => onView('quadrants')(ctx) && !!ctx.future && ctx.analysis.currentFuture !== null,
        terms: ['future-value', 'gamma-gamma', 'current-value'],
      },
    ],
  },
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** The view a lesson starts on (its first step's action), for the Start button. */
export function firstView(lesson: Lesson, step = 0): string {
  for (let i = Math.min(step, lesson.steps.length - 1); i >= 0; i--) {
    const v = lesson.steps[i].action?.view;
    if (v) return v;
  }
  return 'learn';
}

/** Every message key a lesson uses (for the completeness test). */
export function lessonMessageKeys(lesson: Lesson): string[] {
  const keys = [`lesson.${lesson.id}.title`, `lesson.${lesson.id}.aim`];
  for (const s of lesson.steps) {
    keys.push(`lesson.${lesson.id}.${s.id}.goal`, `lesson.${lesson.id}.${s.id}.done`);
    if (s.predict) keys.push(`lesson.${lesson.id}.${s.id}.predict`);
    if (s.predict?.kind === 'choice') keys.push(...s.predict.choices.map((c) => c.label));
    if (s.fact) keys.push(s.fact);
  }
  return keys;
}

/**
 * The figures a lesson step hides: those its prediction names, until the guess is
 * committed (and, for a step that reveals after its goal, until the goal is met too).
 */
export function concealedFigures(step: LessonStep | undefined, committed: boolean, goalMet: boolean): readonly FigureKey[] {
  const p = step?.predict;
  if (!p?.conceals?.length) return [];
  return committed && (!p.revealAfterGoal || goalMet) ? [] : p.conceals;
}
