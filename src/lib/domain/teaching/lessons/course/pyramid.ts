/** Lesson 4, the value pyramid and 80/20: the top fifth's revenue, the smallest tier for 80 %, four tiers. */
import { top20RevenueShare, topTier, topTierIsSmallestFor } from '../measures';
import { courseDefaults } from '../start';
import type { Lesson } from '../types';
import { hasData, onView, pct } from './steps';

export const pyramidLesson: Lesson = {
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
};
