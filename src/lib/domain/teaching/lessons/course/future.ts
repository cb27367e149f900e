/** Lesson 9, predicting future value (issue 11): a holdout to check the fit, who is more likely alive, the model in the quadrant. */
import { dayToIso } from '../../../days';
import type { FigureKey } from '../../figures';
import { holdoutDirection, holdoutWeeks, moreLikelyAlive } from '../futureMeasures';
import { modelDefaults } from '../start';
import type { ChoicePredict, Lesson, LessonStep } from '../types';
import { hasData, num, onView, within } from './steps';
import { HALF_YEAR_WEEKS } from './targets';

/** A step of this lesson whose prediction is one of two outcomes, with the fields of that prediction. */
interface EitherOr extends Omit<LessonStep, 'predict'> {
  /** The two outcomes; each is labelled by the message lesson.future.choice.<outcome>. */
  choices: readonly [string, string];
  answer: ChoicePredict['answer'];
  conceals: readonly FigureKey[];
  revealAfterGoal?: true;
}

/** Both of this lesson's predict-then-reveal steps: a step whose question is a choice between two outcomes. */
function eitherOrStep({ choices, answer, conceals, revealAfterGoal, ...step }: EitherOr): LessonStep {
  return {
    ...step,
    predict: {
      kind: 'choice',
      choices: choices.map((value) => ({ value, label: `lesson.future.choice.${value}` })),
      ...(revealAfterGoal ? { revealAfterGoal } : {}),
      answer,
      conceals,
    },
  };
}

export const futureLesson: Lesson = {
  id: 'future',
  // A model needs a few thousand customers: the 40 of the classroom sample are too few.
  sample: 'retail',
  // No holdout to begin with: setting one is the first act.
  start: modelDefaults,
  steps: [
    eitherOrStep({
      id: 'holdout',
      action: { view: 'model' },
      goal: (ctx) => onView('model')(ctx) && within(holdoutWeeks(ctx), HALF_YEAR_WEEKS) && holdoutDirection(ctx) !== null,
      readout: (ctx) => {
        const weeks = holdoutWeeks(ctx);
        if (weeks === null || !ctx.future) return { key: 'lesson.readout.modelWaiting' };
        if (weeks <= 0) return { key: 'lesson.readout.noHoldout' };
        return { key: 'lesson.readout.holdout', params: { weeks: num(weeks), end: { kind: 'text', value: dayToIso(ctx.future.options.calibrationEnd) } } };
      },
      choices: ['more', 'less'],
      // The answer depends on the holdout the learner sets: shown once it is set.
      revealAfterGoal: true,
      answer: holdoutDirection,
      conceals: ['model.holdout'],
      terms: ['bgnbd', 'calibration', 'holdout'],
    }),
    eitherOrStep({
      id: 'alive',
      action: { view: 'customers' },
      goal: (ctx, start) => hasData(ctx) && !!ctx.future && ctx.selectedCustomer !== null && ctx.selectedCustomer !== (start?.step.selectedCustomer ?? null),
      choices: ['frequent', 'rare'],
      answer: moreLikelyAlive,
      conceals: ['future.customer'],
      terms: ['p-alive', 'bgnbd'],
    }),
    {
      id: 'quadrant',
      action: { view: 'quadrants' },
      goal: (ctx) => onView('quadrants')(ctx) && !!ctx.future && ctx.analysis.currentFuture !== null,
      terms: ['future-value', 'gamma-gamma', 'current-value'],
    },
  ],
};
