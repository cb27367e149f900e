/**
 * How a fit of the future-value model is run: in the worker (workers/future.worker.ts) where
 * the browser has one, else on this thread after a yield (tests, old browsers). A run is
 * cancelled by ending its worker: the fit is one synchronous call with nothing to ask
 * between steps, and a fresh worker starts faster than an old fit would finish.
 */
import type { FutureOptions, FutureOutcome, FutureStage } from '../domain/future';
import { msg } from '../domain/messages';
import type { TransactionTable } from '../domain/types';
import type { FutureReply, FutureRequest } from '../workers/future.worker';

export interface FutureRun {
  done: Promise<FutureOutcome>;
  /** Stop the run; `done` then never settles. */
  cancel(): void;
}

export type FutureRunner = (table: TransactionTable, options: FutureOptions, onStage: (stage: FutureStage) => void) => FutureRun;

/** Only the columns the model reads: the customer ids and names stay on the page. */
function modelColumns(t: TransactionTable): TransactionTable {
  return {
    shape: 'transactions',
    customerIds: [],
    customer: t.customer,
    day: t.day,
    amount: t.amount,
    order: new Int32Array(0),
    purchase: t.purchase,
    hasOrderIds: false,
    minDay: t.minDay,
    maxDay: t.maxDay,
  };
}

export const workerRunner: FutureRunner = (table, options, onStage) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../workers/future.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return directRunner(table, options, onStage);
  }
  const done = new Promise<FutureOutcome>((resolve) => {
    worker.onmessage = (e: MessageEvent<FutureReply>) => {
      if (e.data.kind === 'stage') onStage(e.data.stage);
      else {
        resolve(e.data.outcome);
        worker.terminate();
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve({ ok: false, error: msg('future.error.crashed', { message: e.message ?? '' }) });
    };
  });
  worker.postMessage({ table: modelColumns(table), options } satisfies FutureRequest);
  return { done, cancel: () => worker.terminate() };
};

/** The same fit on this thread, after a yield so the caller sees 'running' first. */
export const directRunner: FutureRunner = (table, options, onStage) => {
  let cancelled = false;
  const done = new Promise<FutureOutcome>((resolve) => {
    setTimeout(async () => {
      if (cancelled) return;
      const { predictFuture } = await import('../domain/future');
      if (cancelled) return;
      resolve(predictFuture(table, options, onStage));
    }, 0);
  });
  return { done, cancel: () => (cancelled = true) };
};

/** The worker where there is one. */
export const defaultRunner: FutureRunner = (table, options, onStage) =>
  typeof Worker === 'undefined' ? directRunner(table, options, onStage) : workerRunner(table, options, onStage);
