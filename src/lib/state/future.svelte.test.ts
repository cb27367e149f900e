// @vitest-environment jsdom
/**
 * The future-value model in the classroom: a fit per data and settings, cancelled and
 * replaced when either changes, its last result kept while the next runs; the quadrant takes
 * the model's estimate once there is one. Runs are driven by hand (a fake runner) where the
 * order of events matters, and by the real fit (on this thread) where the figures matter.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { predictFuture, type FutureOptions, type FutureOutcome, type FutureStage } from '../domain/future';
import { futureTable as table } from './futureFixture';
import { withDiscountRate, withFutureWeeks } from '../domain/models/settings';
import { isoToDay } from '../domain/days';
import type { Dataset, IngestReport, TransactionTable } from '../domain/types';
import { FutureModel } from './future.svelte';
import { directRunner, type FutureRunner } from './futureRunner';
import { Workspace } from './workspace.svelte';

const report = { fileName: 't.csv' } as IngestReport;

interface Pending {
  options: FutureOptions;
  cancelled: boolean;
  stage: (s: FutureStage) => void;
  finish: (o: FutureOutcome) => void;
}

/** A runner that does nothing until the test finishes a run (with the real fit's outcome). */
function manualRunner() {
  const runs: Pending[] = [];
  const runner: FutureRunner = (t, options, onStage) => {
    let finish!: (o: FutureOutcome) => void;
    const done = new Promise<FutureOutcome>((r) => (finish = r));
    const run: Pending = { options, cancelled: false, stage: onStage, finish };
    runs.push(run);
    return { done, cancel: () => (run.cancelled = true) };
  };
  return { runs, runner, fit: (run: Pending, t: TransactionTable) => run.finish(predictFuture(t, run.options)) };
}

function setUp(runner: FutureRunner, data: Dataset = table()) {
  const ws = new Workspace();
  let model!: FutureModel;
  const stop = $effect.root(() => {
    model = new FutureModel(ws, runner);
  });
  ws.setDataset(data, report, 't.csv');
  flushSync();
  return { ws, model, stop };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('FutureModel', () => {
  it('fits with the calibration end the day before the analysis date, less the holdout, and reports stages', async () => {
    const { ws, model, runs, fit, stop } = (() => {
      const m = manualRunner();
      return { ...setUp(m.runner), ...m };
    })();
    expect(model.status).toBe('running');
    expect(runs).toHaveLength(1);
    expect(runs[0].options).toEqual({ calibrationEnd: isoToDay('2024-12-31'), horizonWeeks: 52, annualDiscountRate: 0 });
    expect(model.calibrationEnd).toBe(isoToDay('2024-12-31'));
    runs[0].stage('fit');
    expect(model.stage).toBe('fit');

    fit(runs[0], ws.dataset as TransactionTable);
    await settle();
    expect(model.status).toBe('ready');
    expect(model.stage).toBeNull();
    expect(model.current).toBe(true);

    // Two weeks of holdout: the end moves back 14 days, a new run starts, the old result stays.
    ws.updateFuture((f) => withFutureWeeks(f, 'holdoutWeeks', 2));
    flushSync();
    expect(runs).toHaveLength(2);
    expect(runs[1].options.calibrationEnd).toBe(isoToDay('2024-12-17'));
    expect(model.status).toBe('running');
    expect(model.result).not.toBeNull();
    expect(model.current).toBe(false);
    stop();
  });

  it('cancels a fit overtaken by a change and ignores its late answer', async () => {
    const { ws, model, runs, fit, stop } = (() => {
      const m = manualRunner();
      return { ...setUp(m.runner), ...m };
    })();
    ws.updateFuture((f) => withDiscountRate(f, 0.1));
    flushSync();
    expect(runs).toHaveLength(2);
    expect(runs[0].cancelled).toBe(true);
    expect(runs[1].cancelled).toBe(false);

    fit(runs[0], ws.dataset as TransactionTable);
    await settle();
    expect(model.status).toBe('running');
    expect(model.result).toBeNull();

    fit(runs[1], ws.dataset as TransactionTable);
    await settle();
    expect(model.status).toBe('ready');
    expect(model.result!.options.annualDiscountRate).toBe(0.1);

    // Undo is one step back to the settings of the first run.
    ws.undo();
    flushSync();
    expect(ws.future.annualDiscountRate).toBe(0);
    expect(runs).toHaveLength(3);
    stop();
  });

  it('drops the result when the data changes, and says why a customer table has no model', async () => {
    const { ws, model, runs, fit, stop } = (() => {
      const m = manualRunner();
      return { ...setUp(m.runner), ...m };
    })();
    fit(runs[0], ws.dataset as TransactionTable);
    await settle();
    expect(model.result).not.toBeNull();
    ws.setDataset(table(), report, 'other.csv');
    flushSync();
    expect(model.result).toBeNull();
    expect(model.forCustomer('P')).toBeNull();
    expect(model.status).toBe('running');

    const customers: Dataset = {
      shape: 'customers',
      customerIds: ['a', 'b'],
      recency: Float64Array.of(1, 2),
      frequency: Float64Array.of(1, 2),
      monetary: Float64Array.of(1, 2),
    } as Dataset;
    ws.setDataset(customers, report, 'c.csv');
    flushSync();
    expect(runs.at(-2)!.cancelled).toBe(true);
    expect(model.status).toBe('error');
    expect(model.error?.key).toBe('future.error.customerTable');
    expect(model.calibrationEnd).toBeNull();
    stop();
  });

  it("gives each customer's inputs and predictions, and the quadrant the model's future value", async () => {
    const { ws, model, stop } = setUp(directRunner);
    expect(ws.futureSource).toBe('projection');
    await settle();
    await settle();
    expect(model.status).toBe('ready');

    // Inputs worked by hand from the rows (weeks; the calibration ends 2024-12-31).
    const q = model.forCustomer('Q')!;
    expect(q.x).toBe(2);
    expect(q.tx).toBeCloseTo(42 / 7, 12); // 12 Jan to 23 Feb
    expect(q.T).toBeCloseTo(354 / 7, 12); // 12 Jan to 31 Dec
    const s = model.forCustomer('S')!;
    expect([s.x, s.tx]).toEqual([0, 0]);
    expect(s.pAlive).toBe(1); // never repeated: nothing says she left
    expect(model.forCustomer('nobody')).toBeNull();

    // The card's figures are the model's own for that customer.
    const r = model.result!;
    const i = r.summary.customer.indexOf((ws.dataset as TransactionTable).customerIds.indexOf('P'));
    const p = model.forCustomer('P')!;
    expect([p.pAlive, p.expectedTransactions, p.expectedSpend, p.futureValue]).toEqual([r.pAlive[i], r.expectedTransactions[i], r.expectedSpend[i], r.futureValue[i]]);
    // Undiscounted: future value = expected transactions x expected spend.
    expect(p.futureValue).toBeCloseTo(p.expectedTransactions * p.expectedSpend, 9);
    // Q stopped buying 10 months ago after a quick run of purchases: less likely alive than P.
    expect(q.pAlive).toBeLessThan(p.pAlive);

    expect(r.gammaGamma).not.toBeNull();
    flushSync();
    expect(ws.futureSource).toBe('model');
    expect(ws.futureValues![ws.metrics.ids.indexOf('P')]).toBe(p.futureValue);
    stop();
  });
});
