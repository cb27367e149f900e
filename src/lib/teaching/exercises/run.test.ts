/**
 * Settings must not leak between exercises and the learner's own work: an exercise starts in
 * its declared state and the learner's settings (and analysis date) come back on leaving.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { newClassroom } from '../../views/testClassroom';
import { ExerciseRunner } from './run.svelte';
import { loadSampleData } from '../../domain/teaching/exercises/fixtures';
import { builtinById } from '../../domain/teaching/exercises';
import { defaultLensSettings } from '../../domain/models/analysis';

const root = resolve(__dirname, '../../../..');

async function setup() {
  const c = newClassroom();
  const { dataset, report } = await loadSampleData(root, 'classroom');
  c.workspace.setDataset(dataset, report, 'classroom.csv');
  // The learner's own state: M at a typed amount, churn at 60 days, the date a quarter back.
  c.workspace.updateSettings((s) => ({ ...s, thresholds: { ...s.thresholds, monetary: { method: 'custom', value: 999 } }, lifecycle: { ...s.lifecycle, churnDays: 60 } }));
  if (dataset.shape !== 'transactions') throw new Error('the classroom sample has transactions');
  c.workspace.setAnalysisDay(dataset.maxDay + 1 - 92);
  const own = { settings: c.workspace.settings, day: c.workspace.analysisDay };
  return { c, runner: new ExerciseRunner(c.teaching, c.workspace, c.loader), own };
}

describe('an exercise’s starting state', () => {
  it('a state goal starts at the defaults; leaving restores the learner’s settings and date', async () => {
    const { c, runner, own } = await setup();
    runner.enter(builtinById('b12-churn')!, 'b12|0');
    expect(c.workspace.settings).toEqual(defaultLensSettings(5));
    expect(c.workspace.analysisDay).toBeNull();
    // The next exercise starts in its own state again; the learner's state is still the one kept.
    c.workspace.updateSettings((s) => ({ ...s, lifecycle: { ...s.lifecycle, churnDays: 240 } }));
    runner.enter(builtinById('b01-reach-m-high')!, 'b01|0');
    expect(c.workspace.settings.lifecycle.churnDays).toBe(180);
    runner.leave();
    expect(c.workspace.settings).toEqual(own.settings);
    expect(c.workspace.analysisDay).toBe(own.day);
  });

  it('an exercise read in its target state starts there, once per variant', async () => {
    const { c, runner } = await setup();
    const ex = builtinById('b03-score-r')!;
    runner.enter(ex, 'b03|0');
    expect(c.workspace.settings).toEqual(ex.startSettings(runner.exerciseContext()));
    // Entering again with the same key changes nothing the learner did since.
    c.workspace.updateSettings((s) => ({ ...s, bins: 4 }));
    runner.enter(ex, 'b03|0');
    expect(c.workspace.settings.bins).toBe(4);
  });
});
