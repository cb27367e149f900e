/** Lesson 7, lifecycle stages: churn at 180 days, then a line of about two months. */
import { churnShare, churnShareAt } from '../measures';
import { courseDefaults } from '../start';
import type { Lesson } from '../types';
import { hasData, num, onView, pct, within } from './steps';
import { TWO_MONTHS_DAYS } from './targets';

export const lifecycleLesson: Lesson = {
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
};
