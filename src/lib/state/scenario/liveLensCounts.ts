/** Every lens's classes and counts in the live workspace, for freeze-and-compare. */
import type { ClassInfo } from '../../domain/models/compare';
import { EIGHT_CLASS_KEYS } from '../../domain/models/eightClasses';
import { LIFECYCLE_KEYS } from '../../domain/models/lifecycle';
import { CURRENT_FUTURE_KEYS, VALUE_POTENTIAL_KEYS } from '../../domain/models/quadrants';
import { OTHERS_KEY } from '../../domain/models/segments';
import type { Workspace } from '../workspace.svelte';
import type { AllLensCounts } from './freezeLens';

const classesOf = (prefix: string, keys: readonly string[]): ClassInfo[] => keys.map((key) => ({ key, messageKey: `${prefix}.${key}` }));

/** Same class keys as the Movement view's (domain/models/compare.ts labelSide), so the two agree. */
export function liveLensCounts(w: Workspace): AllLensCounts {
  const out: AllLensCounts = {
    eight: { classes: classesOf('class', EIGHT_CLASS_KEYS), counts: [...w.eight.counts] },
    segments: {
      classes: [
        ...w.segments.rules.map((rule) => ({ key: rule.key, messageKey: `segment.${rule.key}`, ...(rule.label ? { label: rule.label } : {}) })),
        { key: OTHERS_KEY, messageKey: `segment.${OTHERS_KEY}` },
      ],
      counts: [...w.segments.counts],
    },
    pyramid: { classes: classesOf('tier', w.pyramid.tiers.map((t) => t.tier)), counts: w.pyramid.tiers.map((t) => t.customers) },
    lifecycle: { classes: classesOf('lifecycle', LIFECYCLE_KEYS), counts: [...w.lifecycle.counts] },
  };
  if (w.valuePotential) out.valuePotential = { classes: classesOf('quadrant', VALUE_POTENTIAL_KEYS), counts: [...w.valuePotential.counts] };
  if (w.currentFuture) out.currentFuture = { classes: classesOf('quadrant', CURRENT_FUTURE_KEYS), counts: [...w.currentFuture.counts] };
  return out;
}
