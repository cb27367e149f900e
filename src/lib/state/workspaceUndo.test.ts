// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { withBins, withCustomThreshold, withDiscountRate, withFutureWeeks } from '../domain/models/settings';
import { defaultLensSettings } from '../domain/models/analysis';
import { smallDataset } from '../domain/teaching/lessons/fixtures';
import type { IngestReport } from '../domain/types';
import { Workspace } from './workspace.svelte';
import { resetViewFuture, resetViewState } from './viewReset';

function loaded(): Workspace {
  const ws = new Workspace();
  ws.setDataset(smallDataset(), { fileName: 'small.csv' } as IngestReport, 'small.csv');
  return ws;
}

const monetary = (ws: Workspace) => ws.settings.thresholds.monetary;

describe('undo and redo of settings', () => {
  it('each change is a step; undo walks back, redo forward; a new change drops the redo', () => {
    const ws = loaded();
    const start = ws.settings;
    expect([ws.canUndo, ws.canRedo]).toEqual([false, false]);
    ws.updateSettings((s) => withBins(s, 4));
    ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 250));
    ws.setMonetaryMode('average');
    expect([ws.settings.bins, ws.monetaryMode]).toEqual([4, 'average']);
    ws.undo();
    expect(ws.monetaryMode).toBe('sum');
    ws.undo();
    expect(ws.settings.bins).toBe(4);
    expect(monetary(ws)).toEqual(start.thresholds.monetary);
    ws.undo();
    expect(ws.settings).toBe(start);
    expect([ws.canUndo, ws.canRedo]).toEqual([false, true]);
    ws.redo();
    expect(ws.settings.bins).toBe(4);
    ws.setRfmMode('segments');
    expect(ws.canRedo).toBe(false);
    ws.undo();
    expect(ws.rfmMode).toBe('eight');
    expect(ws.settings.bins).toBe(4);
  });

  it('a drag is one step, however many frames it has', () => {
    const ws = loaded();
    const start = ws.settings;
    ws.beginChange('eight');
    for (const v of [100, 300, 900]) ws.updateSettings((s) => withCustomThreshold(s, 'monetary', v));
    ws.endChange('eight');
    ws.beginChange('eight');
    for (const v of [950, 1000]) ws.updateSettings((s) => withCustomThreshold(s, 'monetary', v));
    ws.endChange('eight');
    ws.undo();
    expect(monetary(ws)).toMatchObject({ value: 900 });
    ws.undo();
    expect(ws.settings).toBe(start);
    expect(ws.canUndo).toBe(false);
  });

  it('the analysis date and a combined reset are steps; a change to the same value is none', () => {
    const ws = loaded();
    const day = ws.defaultAnalysisDay!;
    ws.setAnalysisDay(day - 90);
    ws.setAnalysisDay(day - 90);
    ws.changeSettings({ settings: defaultLensSettings(5), analysisDay: null });
    expect(ws.analysisDay).toBeNull();
    ws.undo();
    expect(ws.analysisDay).toBe(day - 90);
    ws.undo();
    expect(ws.analysisDay).toBeNull();
    expect(ws.canUndo).toBe(false);
  });

  // Key presses on a handle stay one "drag" until the keys rest 1.5 s; a trainer who clicks
  // "Reset to course defaults" (or presses Ctrl+Z) inside that window must still get each step back.
  it('a reset made while a drag is still open is a step of its own, and so is what the drag does after it', () => {
    const ws = loaded();
    const start = ws.settings;
    ws.beginChange('eight');
    for (const v of [100, 300]) ws.updateSettings((s) => withCustomThreshold(s, 'monetary', v));
    ws.changeSettings({ settings: defaultLensSettings(5) });
    expect(monetary(ws)).toEqual(start.thresholds.monetary);
    ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 500));
    ws.endChange('eight');
    ws.undo();
    expect(monetary(ws)).toEqual(start.thresholds.monetary);
    ws.undo();
    expect(monetary(ws)).toMatchObject({ value: 300 });
    ws.undo();
    expect(ws.settings).toBe(start);
    expect(ws.canUndo).toBe(false);
  });

  it('a drag that goes on after an undo records a new step and drops the redo', () => {
    const ws = loaded();
    const start = ws.settings;
    ws.beginChange('eight');
    ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 100));
    ws.undo();
    expect(ws.settings).toBe(start);
    ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 200));
    ws.endChange('eight');
    expect([ws.canUndo, ws.canRedo]).toEqual([true, false]);
    ws.undo();
    expect(ws.settings).toBe(start);
  });

  // The header's ⟲ on the model check (trainer/SettingsUndo.svelte) passes resetViewFuture to changeSettings.
  it("the model check's reset puts holdout, horizon and discount back at the defaults as one undo step; other views' resets keep them", () => {
    const ws = loaded();
    ws.updateFuture((f) => withFutureWeeks(f, 'holdoutWeeks', 26));
    ws.updateFuture((f) => withFutureWeeks(f, 'horizonWeeks', 39));
    ws.updateFuture((f) => withDiscountRate(f, 0.1));
    const set = ws.future;
    ws.changeSettings({ future: resetViewFuture(ws.future, 'quadrants') });
    expect(ws.future).toBe(set);
    ws.changeSettings({ future: resetViewFuture(ws.future, 'model') });
    expect(ws.future).toEqual({ holdoutWeeks: 0, horizonWeeks: 52, annualDiscountRate: 0 });
    ws.undo();
    expect(ws.future).toBe(set);
    // The error boundary's reset of the same view does the same on the stored state.
    expect(resetViewState(ws.toState(), 'model').future).toEqual({ holdoutWeeks: 0, horizonWeeks: 52, annualDiscountRate: 0 });
    expect(resetViewState(ws.toState(), 'rfm').future).toEqual({ holdoutWeeks: 26, horizonWeeks: 39, annualDiscountRate: 0.1 });
  });

  it('other data starts a fresh history', () => {
    const ws = loaded();
    ws.updateSettings((s) => withBins(s, 3));
    ws.setDataset(smallDataset(), { fileName: 'small.csv' } as IngestReport, 'small.csv');
    expect([ws.canUndo, ws.canRedo]).toEqual([false, false]);
  });
});
