/** Lesson 3, named segments: how many fall to Others, and a catch-all rule that empties it. */
import { championsCount, othersCount, othersShare } from '../measures';
import { courseDefaults } from '../start';
import type { Lesson } from '../types';
import { hasData, num, onRfmMode, stepStart } from './steps';

export const segmentsLesson: Lesson = {
  id: 'segments',
  start: courseDefaults,
  steps: [
    {
      id: 'open',
      action: { view: 'rfm', rfmMode: 'segments' },
      goal: onRfmMode('segments'),
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
};
