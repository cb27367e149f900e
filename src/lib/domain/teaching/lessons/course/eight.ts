/** Lesson 2, the eight classes: the largest class, medians instead of means, the M-high fifth and its revenue. */
import { EIGHT_CLASS_KEYS } from '../../../models/eightClasses';
import { largestEightClass, medianThresholds, mHighRevenueShare, mHighShare } from '../measures';
import { courseDefaults } from '../start';
import type { Lesson } from '../types';
import { hasData, num, onRfmMode, onView, pct, within } from './steps';
import { FIFTH } from './targets';

export const eightLesson: Lesson = {
  id: 'eight',
  start: courseDefaults,
  steps: [
    {
      id: 'largest',
      action: { view: 'rfm', rfmMode: 'eight' },
      goal: onRfmMode('eight'),
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
};
