/** The buffers of a dataset, so postMessage can move them instead of copying. */
import type { Dataset } from '../domain/types';

export function datasetTransferables(dataset: Dataset): ArrayBuffer[] {
  const arrays: (ArrayBufferView | undefined)[] =
    dataset.shape === 'transactions'
      ? [dataset.customer, dataset.day, dataset.amount, dataset.order, dataset.purchase]
      : [dataset.recency, dataset.frequency, dataset.monetary, dataset.potential, dataset.futureValue];
  const out = new Set<ArrayBuffer>();
  for (const a of arrays) if (a && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  return [...out];
}
