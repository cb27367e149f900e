/** Lesson 6, current × future value: the high-future quarter. */
import { quadrantHighYShare, quadrantShare } from '../measures';
import { courseDefaults } from '../start';
import type { Lesson } from '../types';
import { onView, pct, within } from './steps';
import { QUARTER } from './targets';

export const currentFutureLesson: Lesson = {
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
};
