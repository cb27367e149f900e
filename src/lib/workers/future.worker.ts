/**
 * Fits the future-value model off the main thread: the page sends the transaction columns
 * the model reads (copies: the page keeps its dataset) and gets back the fit and the
 * per-customer arrays (moved, not copied). Progress is by stage: the fit has no natural
 * fraction, and a bar that creeps dishonestly would be worse than three named steps.
 */
import { predictFuture, type FutureOptions, type FutureOutcome, type FutureStage } from '../domain/future';
import type { TransactionTable } from '../domain/types';

export type FutureRequest = { table: TransactionTable; options: FutureOptions };
export type FutureReply = { kind: 'stage'; stage: FutureStage } | { kind: 'done'; outcome: FutureOutcome };

self.onmessage = (e: MessageEvent<FutureRequest>) => {
  const post = (reply: FutureReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);
  const outcome = predictFuture(e.data.table, e.data.options, (stage) => post({ kind: 'stage', stage }));
  const transfer: Transferable[] = [];
  if (outcome.ok) {
    const r = outcome.result;
    for (const a of [r.pAlive, r.expectedTransactions, r.expectedSpend, r.futureValue, r.summary.customer, r.summary.x, r.summary.tx, r.summary.T, r.summary.m, r.summary.holdoutDays]) {
      transfer.push(a.buffer as ArrayBuffer);
    }
  }
  post({ kind: 'done', outcome }, transfer);
};
