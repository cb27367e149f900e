// @vitest-environment jsdom
// (the client build of Svelte: deriveds are cached as in the browser; the server build recomputes on every read)
import { describe, expect, it, vi } from 'vitest';
import { computeEight, computePyramid, computeQuadrant } from '../domain/models/analysis';
import { withCustomThreshold, withPyramid, withQuadrant } from '../domain/models/settings';
import { smallDataset } from '../domain/teaching/lessons/fixtures';
import type { IngestReport } from '../domain/types';
import { Workspace } from './workspace.svelte';

// Count the passes over every customer that resolving a mean or a median costs.
const calls = vi.hoisted(() => ({ mean: 0 }));
vi.mock('../domain/models/quantile', async (original) => {
  const actual = await original<typeof import('../domain/models/quantile')>();
  return {
    ...actual,
    mean: (values: ArrayLike<number>) => {
      calls.mean++;
      return actual.mean(values);
    },
  };
});

function loaded(): Workspace {
  const ws = new Workspace();
  ws.setDataset(smallDataset(), { fileName: 'small.csv' } as IngestReport, 'small.csv');
  return ws;
}

describe('a threshold drag only re-labels', () => {
  it('dragging M resolves no other threshold again', () => {
    const ws = loaded();
    expect(ws.eight.thresholds.recency).not.toBeNull(); // R, F and M at their means
    const before = calls.mean;
    ws.beginChange('eight');
    for (const v of [100, 300, 900]) {
      ws.updateSettings((s) => withCustomThreshold(s, 'monetary', v));
      expect(ws.eight.thresholds.monetary).toBe(v);
    }
    ws.endChange('eight');
    expect(calls.mean).toBe(before);
    expect(ws.eight).toEqual(computeEight(ws.metrics, ws.sorted, ws.scores, ws.settings.thresholds));
  });

  it('dragging one quadrant line resolves not the other (potential at its mean)', () => {
    const ws = loaded();
    expect(ws.valuePotential).not.toBeNull();
    const before = calls.mean;
    ws.beginChange('valuePotential');
    for (const x of [50, 150, 700]) {
      ws.updateSettings((s) => withQuadrant(s, 'valuePotential', { x: { method: 'custom', value: x }, y: s.valuePotential.y }));
      expect(ws.valuePotential!.thresholds.x).toBe(x);
    }
    ws.endChange('valuePotential');
    expect(calls.mean).toBe(before);
    expect(ws.valuePotential).toEqual(computeQuadrant(ws.metrics, ws.sorted, 'potential', ws.settings.valuePotential));
  });
});

describe('labels arrays during a drag', () => {
  it('one array per drag: frames reuse it, results from before the drag and after it keep their own', () => {
    const ws = loaded();
    const start = ws.eight;
    const startLabels = Array.from(start.labels);
    ws.beginChange('eight');
    ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 50));
    const frame1 = ws.eight;
    ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 5000));
    const frame2 = ws.eight;
    // A new result every frame (so everything reading it updates), over the same array.
    expect(frame2).not.toBe(frame1);
    expect(frame2.labels).toBe(frame1.labels);
    expect(frame2.labels).not.toBe(start.labels);
    expect(Array.from(start.labels)).toEqual(startLabels);
    expect(frame2).toEqual(computeEight(ws.metrics, ws.sorted, ws.scores, ws.settings.thresholds));
    ws.endChange('eight');
    const last = Array.from(frame2.labels);
    ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 90));
    expect(ws.eight.labels).not.toBe(frame2.labels);
    expect(Array.from(frame2.labels)).toEqual(last);
    expect(ws.eight).toEqual(computeEight(ws.metrics, ws.sorted, ws.scores, ws.settings.thresholds));
  });

  it('the pyramid too, with the totals the metrics hold', () => {
    const ws = loaded();
    const start = ws.pyramid;
    ws.beginChange('pyramid');
    ws.updateSettings((s) => withPyramid(s, { ...s.pyramid, cuts: [0.9, 0.5] }));
    const frame1 = ws.pyramid;
    ws.updateSettings((s) => withPyramid(s, { ...s.pyramid, cuts: [0.7, 0.4] }));
    expect(ws.pyramid.labels).toBe(frame1.labels);
    expect(ws.pyramid.labels).not.toBe(start.labels);
    expect(ws.pyramid).toEqual(computePyramid(ws.metrics, ws.sorted, ws.settings.pyramid));
    ws.endChange('pyramid');
  });
});
