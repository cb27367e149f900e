/**
 * What a step changed from the course defaults, for the step list: each setting that differs,
 * as a message key and its parameters (numbers stay numbers; the component formats them).
 * Pure: compares with defaultLensSettings of the step's own number of scores.
 */
import { defaultLensSettings, type LensSettings } from '../../models/analysis';

export interface StepChange {
  key: string;
  params: Record<string, string | number>;
}

const DIMS = ['recency', 'frequency', 'monetary'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `{how}` of a threshold: its amount when set by hand, its score cut, or its method. */
function how(setting: { method: string; value?: number }): StepChange['params'] {
  if (setting.method === 'custom' && setting.value !== undefined) return { value: setting.value };
  if (setting.method === 'score' && setting.value !== undefined) return { score: setting.value };
  return { method: setting.method };
}

export function stepChanges(s: LensSettings): StepChange[] {
  const d = defaultLensSettings(s.bins);
  const out: StepChange[] = [];
  if (s.bins !== 5) out.push({ key: 'trainer.diff.bins', params: { k: s.bins } });
  for (const dim of DIMS) {
    if (!same(s.thresholds[dim], d.thresholds[dim])) out.push({ key: 'trainer.diff.threshold', params: { dim, ...how(s.thresholds[dim]) } });
    if (s.customEdges[dim]) out.push({ key: 'trainer.diff.edges', params: { dim } });
  }
  if (s.segmentRules !== null && !same(s.segmentRules, d.segmentRules)) out.push({ key: 'trainer.diff.segments', params: {} });
  if (!same(s.pyramid, d.pyramid)) out.push({ key: 'trainer.diff.pyramid', params: { tiers: s.pyramid.tiers } });
  for (const lens of ['valuePotential', 'currentFuture'] as const)
    for (const axis of ['x', 'y'] as const)
      if (!same(s[lens][axis], d[lens][axis])) out.push({ key: 'trainer.diff.axis', params: { lens, axis, ...how(s[lens][axis]) } });
  if (!same(s.lifecycle, d.lifecycle)) out.push({ key: 'trainer.diff.lifecycle', params: {} });
  return out;
}
