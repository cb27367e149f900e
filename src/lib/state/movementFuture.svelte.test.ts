// @vitest-environment jsdom
/**
 * The Movement view's current × future comparison takes its future values where the quadrant
 * view does: the model's estimate, the earlier side from the model fitted as of its own date.
 * Checked against the quadrant view itself (a workspace at each date with its own model), and
 * the fallback when the earlier date's data cannot be fitted.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { labelSide, sideMetrics } from '../domain/models/compare';
import { sortMetrics } from '../domain/models/analysis';
import { isoToDay } from '../domain/days';
import type { DayNumber, IngestReport } from '../domain/types';
import { futureTable } from './futureFixture';
import { directRunner } from './futureRunner';
import { futureOf } from './future.svelte';
import { MovementFuture, type MovementFutureSource } from './movementFuture.svelte';
import { newClassroom } from '../views/testClassroom';

const report = { fileName: 't.csv' } as IngestReport;

/** A classroom on the fixture at `day` (null: the default, 2025-01-01) whose quadrant view has its model estimate. */
async function quadrantAt(day: DayNumber | null) {
  const c = newClassroom();
  c.workspace.setDataset(futureTable(), report, 't.csv');
  c.workspace.setAnalysisDay(day);
  const model = futureOf(c);
  flushSync();
  await expect.poll(() => model.status, { timeout: 10_000 }).toBe('ready');
  return c;
}

function comparing(fromIso: string) {
  const c = newClassroom();
  const ws = c.workspace;
  ws.setDataset(futureTable(), report, 't.csv');
  const fromDay = isoToDay(fromIso)!;
  const fromMetrics = sideMetrics(ws.dataset!, { analysisDay: fromDay, monetaryMode: 'sum' });
  let future!: MovementFuture;
  const stop = $effect.root(() => {
    future = new MovementFuture(c, () => ({ wanted: true, fromDay, fromMetrics, sameAsNow: false }), directRunner);
  });
  flushSync();
  return { c, ws, fromDay, fromMetrics, future, stop };
}

const kind = (s: MovementFutureSource) => s.kind;

describe('MovementFuture', () => {
  it('labels both sides with the model estimate, each as the quadrant view at that date labels it', async () => {
    const { ws, fromDay, fromMetrics, future, stop } = comparing('2024-10-01');
    await expect.poll(() => kind(future.values.source), { timeout: 10_000 }).toBe('model');
    const src = future.values.source as Extract<MovementFutureSource, { kind: 'model' }>;
    // Calibration ends: the day before each side's analysis date (no holdout); horizon 52 weeks.
    expect([src.fromEnd, src.toEnd, src.weeks]).toEqual([isoToDay('2024-09-30'), isoToDay('2024-12-31'), 52]);

    const now = await quadrantAt(null);
    const to = labelSide(ws.metrics, ws.settings, 'currentFuture', ws.sorted, future.values.to)!;
    expect([...to.labels]).toEqual([...now.workspace.currentFuture!.labels]);
    // Not the projection: without the model's values the same customers are labelled otherwise.
    expect([...labelSide(ws.metrics, ws.settings, 'currentFuture', ws.sorted)!.labels]).not.toEqual([...to.labels]);

    const then = await quadrantAt(fromDay);
    const from = labelSide(fromMetrics, ws.settings, 'currentFuture', sortMetrics(fromMetrics), future.values.from)!;
    expect([...from.index]).toEqual([...then.workspace.metrics.index]);
    expect([...from.labels]).toEqual([...then.workspace.currentFuture!.labels]);
    stop();
  });

  it('falls back to the projection on both sides when the earlier date cannot be fitted', async () => {
    // By 2024-01-31 only P and Q have bought, neither twice: nothing to learn about repeat buying.
    const { future, stop } = comparing('2024-02-01');
    await expect.poll(() => kind(future.values.source), { timeout: 10_000 }).toBe('fromFailed');
    const src = future.values.source as Extract<MovementFutureSource, { kind: 'fromFailed' }>;
    expect(src.reason?.key).toBe('future.error.noRepeats');
    expect([future.values.from, future.values.to]).toEqual([null, null]);
    stop();
  });
});
