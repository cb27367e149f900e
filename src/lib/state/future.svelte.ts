/**
 * The future-value model (BG/NBD + Gamma-Gamma) fitted to the workspace's transactions and
 * kept current: a change of data, analysis date or model setting cancels the fit under way
 * and starts another. The last result stays readable while the next one runs (the views say
 * it is being updated); it is dropped only when the data itself changes, since its customers
 * then mean nothing. A part of the classroom made on first use (`useFuture`), so the fitting
 * code loads only with a view that shows the model.
 */
import { untrack } from 'svelte';
import { alignToMetrics } from '../domain/future/align';
import type { FutureOptions, FutureResult, FutureStage } from '../domain/future';
import { msg, type MessageRef } from '../domain/messages';
import { calibrationEndFor } from '../domain/models/settings';
import type { CustomerMetrics, DayNumber, TransactionTable } from '../domain/types';
import type { Classroom } from './classroom.svelte';
import { useClassroom } from './context';
import { defaultRunner, type FutureRunner } from './futureRunner';
import type { Workspace } from './workspace.svelte';

export type FutureStatus = 'idle' | 'running' | 'ready' | 'error';

/** One customer's model inputs (weeks) and predictions over the horizon. */
export interface CustomerFuture {
  x: number;
  tx: number;
  T: number;
  pAlive: number;
  expectedTransactions: number;
  /** Expected spend per transaction; NaN without the spend model. */
  expectedSpend: number;
  /** Over the horizon (discounted if set); NaN without the spend model. */
  futureValue: number;
}

export class FutureModel {
  /**
   * `analysisDay`: fit as of another analysis date than the workspace's (the Movement view's
   * earlier side; null from it: no fit wanted now). Without it this is the classroom's model,
   * the one the quadrant view reads.
   */
  constructor(
    private readonly workspace: Workspace,
    private readonly runner: FutureRunner = defaultRunner,
    private readonly analysisDay: (() => DayNumber | null) | null = null,
  ) {
    $effect(() => {
      const table = this.#table;
      const options = this.options;
      return untrack(() => this.#start(table, options));
    });
    if (!analysisDay) workspace.futureEstimate = this;
  }

  status = $state<FutureStatus>('idle');
  /** The step the running fit is on; null when not running. */
  stage = $state<FutureStage | null>(null);
  error = $state.raw<MessageRef | null>(null);
  /** The last finished fit for this data (possibly for earlier settings while `status` is 'running'). */
  result = $state.raw<FutureResult | null>(null);
  /** The table `result` was fitted to. */
  #resultTable = $state.raw<TransactionTable | null>(null);

  #table = $derived.by(() => (this.workspace.dataset?.shape === 'transactions' ? this.workspace.dataset : null));
  /** The calibration end asked for now: the last day before the analysis date, less the holdout. */
  calibrationEnd = $derived.by((): DayNumber | null =>
    this.#table ? calibrationEndFor(this.analysisDay ? this.analysisDay() : this.workspace.effectiveAnalysisDay, this.workspace.future.holdoutWeeks) : null,
  );
  /** What the fit of now is asked for. */
  options = $derived.by((): FutureOptions | null => {
    const end = this.calibrationEnd;
    const { horizonWeeks, annualDiscountRate } = this.workspace.future;
    return end === null ? null : { calibrationEnd: end, horizonWeeks, annualDiscountRate };
  });
  /** Whether `result` is for the data and settings of now. */
  current = $derived(this.result !== null && this.#resultTable === this.#table && sameOptions(this.result.options, this.options));

  /** Model row of each customer id, for the customer card. */
  #rowById = $derived.by(() => {
    const r = this.result;
    const t = this.#resultTable;
    if (!r || !t) return null;
    const rows = new Map<string, number>();
    r.summary.customer.forEach((c, i) => rows.set(t.customerIds[c], i));
    return rows;
  });

  /** Starts a fit for `table` with `options`; returns its cancel. */
  #start(table: TransactionTable | null, options: FutureOptions | null): (() => void) | undefined {
    if (this.#resultTable !== table) {
      this.result = null;
      this.#resultTable = null;
    }
    if (!this.workspace.dataset) return this.#settle('idle', null);
    if (!table) return this.#settle('error', msg('future.error.customerTable'));
    if (!options) return this.#settle('idle', null);
    if (this.current) return this.#settle('ready', null);
    this.status = 'running';
    this.stage = null;
    this.error = null;
    const run = this.runner(table, options, (stage) => (this.stage = stage));
    let live = true;
    run.done.then((outcome) => {
      if (!live) return;
      if (outcome.ok) {
        this.result = outcome.result;
        this.#resultTable = table;
        this.#settle('ready', null);
      } else {
        // A failed fit for other settings does not make the last good one wrong, only old.
        this.#settle('error', outcome.error);
      }
    });
    return () => {
      live = false;
      run.cancel();
    };
  }

  #settle(status: FutureStatus, error: MessageRef | null): undefined {
    this.status = status;
    this.stage = null;
    this.error = error;
    return undefined;
  }

  /** One customer's inputs and predictions, or null (not in the model, or no result yet). */
  forCustomer(id: string): CustomerFuture | null {
    const r = this.result;
    const i = this.#rowById?.get(id);
    if (!r || i === undefined) return null;
    const s = r.summary;
    return {
      x: s.x[i],
      tx: s.tx[i],
      T: s.T[i],
      pAlive: r.pAlive[i],
      expectedTransactions: r.expectedTransactions[i],
      expectedSpend: r.expectedSpend[i],
      futureValue: r.futureValue[i],
    };
  }

  /**
   * Future value per customer of `metrics` (NaN for those first seen after the calibration
   * end), or null when there is no value to give: no result for this data, or no spend model.
   */
  valuesFor(metrics: CustomerMetrics): Float64Array | null {
    const r = this.result;
    if (!r || !r.gammaGamma || this.#resultTable !== this.#table) return null;
    return alignToMetrics(r.futureValue, r.summary.customer, metrics.index);
  }
}

function sameOptions(a: FutureOptions, b: FutureOptions | null): boolean {
  return b !== null && a.calibrationEnd === b.calibrationEnd && a.horizonWeeks === b.horizonWeeks && (a.annualDiscountRate ?? 0) === (b.annualDiscountRate ?? 0);
}

/** The classroom's future-value model, made (and started) on first use; `futureOf` where the context is out of reach (an effect). */
export const futureOf = (classroom: Classroom): FutureModel => classroom.part('future', (c) => new FutureModel(c.workspace));
export const useFuture = (): FutureModel => futureOf(useClassroom());
