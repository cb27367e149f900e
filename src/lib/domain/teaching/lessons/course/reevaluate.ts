/** Lesson 8, re-evaluate every quarter: a quarter back, the class changes, a moved customer, a snapshot. */
import { classChanges, daysBack, inDateOrder, movedBackAQuarter } from '../measures';
import { courseDefaults } from '../start';
import type { Lesson } from '../types';
import { hasData, num, onView } from './steps';

export const reevaluateLesson: Lesson = {
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
};
