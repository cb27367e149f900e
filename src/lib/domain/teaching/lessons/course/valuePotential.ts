/** Lesson 5, value × potential: the high-value fifth and a budget split per customer. */
import { budgetPerCustomer, quadrantHighXShare } from '../measures';
import { courseDefaults } from '../start';
import type { Lesson } from '../types';
import { onView, pct, within } from './steps';
import { FIFTH, LESSON_BUDGET } from './targets';

export const valuePotentialLesson: Lesson = {
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
};
