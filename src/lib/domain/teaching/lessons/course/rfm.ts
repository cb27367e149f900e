/** Lesson 1, RFM: the three questions, the skew of each measure, one-time buyers and moving score edges. */
import { DIMENSIONS, edgesChanged, edgesMoved, mostSkewedDimension, oneTimeBuyerShare } from '../measures';
import { courseDefaults } from '../start';
import type { Lesson } from '../types';
import { hasData, onView, stepStart } from './steps';

const DIM_LETTERS = { recency: 'R', frequency: 'F', monetary: 'M' } as const;

export const rfmLesson: Lesson = {
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
};
