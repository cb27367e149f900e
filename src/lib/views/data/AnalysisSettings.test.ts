// @vitest-environment jsdom
/**
 * The Data page's score-bin selector once wrote k directly: a score cut "M ≥ 5" then matched
 * nobody at k = 3 and dragged edges of the old k stayed stored. It now takes the same path
 * as the RFM view. Ten customers with M = 10, 20, …, 100: at k = 5 the top M score (M > 82)
 * holds 90 and 100; at k = 3 it is M > 70: 80, 90 and 100 (worked by hand, numpy-linear edges).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AnalysisSettings from './AnalysisSettings.svelte';
import { defaultLensSettings } from '../../domain/models/analysis';
import { withEdge, withScoreCut } from '../../domain/models/settings';
import type { CustomerTable, IngestReport } from '../../domain/types';
import { newClassroom, renderIn } from '../testClassroom';

function load() {
  const n = 10;
  const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  const dataset: CustomerTable = {
    shape: 'customers',
    customerIds: Array.from({ length: n }, (_, i) => `c${i + 1}`),
    recency: col((i) => i + 1),
    frequency: col((i) => (i % 3) + 1),
    monetary: col((i) => 10 * (i + 1)),
  };
  workspace.setDataset(dataset, { frequencyRule: 'given', warnings: [], skipped: [] } as unknown as IngestReport, 'ten.csv');
}

const mHighCount = () => workspace.eight.counts.slice(0, 4).reduce((a, b) => a + b, 0);

// A fresh classroom per test: nothing to reset between tests.
let classroom = newClassroom();
let { workspace } = classroom;
beforeEach(() => {
  classroom = newClassroom();
  ({ workspace } = classroom);
});

describe('score bins on the Data page', () => {
  beforeEach(() => {
    workspace.settings = defaultLensSettings(5);
    load();
  });
  afterEach(cleanup);

  it('keeps a top-score cut meaningful and drops the old edges when k changes', async () => {
    workspace.updateSettings((s) => withScoreCut(s, 'monetary', 5));
    workspace.updateSettings((s) => withEdge(s, 'frequency', workspace.scores.edges.frequency, 0, 1.5));
    expect(mHighCount()).toBe(2);
    expect(workspace.settings.customEdges.frequency).toHaveLength(4);

    renderIn(classroom, AnalysisSettings);
    await fireEvent.change(screen.getByLabelText(/score bins|评分档数|bins/i), { target: { value: '3' } });

    expect(workspace.settings.bins).toBe(3);
    expect(workspace.settings.thresholds.monetary).toEqual({ method: 'score', value: 3 });
    expect(workspace.settings.customEdges).toEqual({});
    expect(mHighCount()).toBe(3);
  });
});
