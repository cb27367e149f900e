import { describe, expect, it } from 'vitest';
import { defaultLensSettings } from '../../models/analysis';
import { stepChanges } from './describe';

describe('stepChanges', () => {
  it('nothing at the course defaults', () => {
    expect(stepChanges(defaultLensSettings(5))).toEqual([]);
  });
  it('names each setting that differs, with its amount, score cut or method', () => {
    const s = defaultLensSettings(4);
    s.thresholds.monetary = { method: 'custom', value: 250 };
    s.thresholds.recency = { method: 'median' };
    s.thresholds.frequency = { method: 'score', value: 3 };
    s.customEdges.monetary = [10, 20, 30];
    s.pyramid = { tiers: 'four', mode: 'percentile', cuts: [0.99, 0.8, 0.5] };
    s.valuePotential = { ...s.valuePotential, y: { method: 'custom', value: 1.5 } };
    expect(stepChanges(s)).toEqual([
      { key: 'trainer.diff.bins', params: { k: 4 } },
      { key: 'trainer.diff.threshold', params: { dim: 'recency', method: 'median' } },
      { key: 'trainer.diff.threshold', params: { dim: 'frequency', score: 3 } },
      { key: 'trainer.diff.threshold', params: { dim: 'monetary', value: 250 } },
      { key: 'trainer.diff.edges', params: { dim: 'monetary' } },
      { key: 'trainer.diff.pyramid', params: { tiers: 'four' } },
      { key: 'trainer.diff.axis', params: { lens: 'valuePotential', axis: 'y', value: 1.5 } },
    ]);
  });
});
