/// <reference lib="webworker" />
/**
 * Parses CSV bytes off the main thread so the page stays responsive on large files.
 * One ingest at a time per request id; a 'cancel' aborts it between chunks (the ingest
 * yields to the event loop every few chunks, which is when this message gets through).
 */
import { ingestBytes, previewBytes } from '../domain/ingest';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { datasetTransferables } from './transfer';

declare const self: DedicatedWorkerGlobalScope;

const running = new Map<number, AbortController>();

function post(message: WorkerResponse, transfer: Transferable[] = []) {
  self.postMessage(message, transfer);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'cancel':
      running.get(msg.id)?.abort();
      return;
    case 'preview':
      post({ type: 'preview', id: msg.id, preview: previewBytes(msg.bytes, msg.options) });
      return;
    case 'ingest': {
      const controller = new AbortController();
      running.set(msg.id, controller);
      let lastPost = 0;
      const outcome = await ingestBytes(msg.bytes, {
        ...msg.options,
        signal: controller.signal,
        onProgress: (fraction, rowsRead) => {
          // Throttled: a message per chunk is plenty, but not more than ~20 a second.
          const now = Date.now();
          if (fraction < 1 && now - lastPost < 50) return;
          lastPost = now;
          post({ type: 'progress', id: msg.id, fraction, rowsRead });
        },
      });
      running.delete(msg.id);
      const transfer: Transferable[] = [msg.bytes.buffer as ArrayBuffer];
      if (outcome.ok) transfer.push(...datasetTransferables(outcome.dataset));
      post({ type: 'outcome', id: msg.id, outcome, bytes: msg.bytes }, transfer);
      return;
    }
  }
};
