/**
 * The Loader's side of the ingest worker protocol: one lazily started worker, requests
 * matched to answers by id, and the cancel backstop. Which answers still count is the
 * Loader's decision, so it learns of a crash through `onCrash` with the ids that were lost.
 */
import type { WorkerRequest, WorkerResponse } from '../workers/protocol';

/** How long a cancel may take before the worker is terminated outright. */
const CANCEL_BACKSTOP_MS = 1500;

export class IngestWorker {
  private worker: Worker | null = null;
  private pending = new Map<number, (r: WorkerResponse) => void>();

  constructor(private readonly onCrash: (ids: number[], message: string) => void) {}

  /** The running worker, started on first use; null where Worker is missing or refuses to start. */
  ensure(): Worker | null {
    if (typeof Worker === 'undefined') return null;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL('../workers/ingest.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const msg = event.data;
        const handler = this.pending.get(msg.id);
        if (handler) handler(msg);
      };
      worker.onerror = (event) => {
        // A crashed worker: fail whatever it was doing and start a fresh one next time.
        event.preventDefault();
        const ids = [...this.pending.keys()];
        this.reset();
        this.onCrash(ids, event.message);
      };
      this.worker = worker;
      return worker;
    } catch {
      return null;
    }
  }

  reset() {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }

  /**
   * Ask the worker to stop request `id`. `onTerminated` runs only if the backstop had to
   * terminate the worker, since the bytes the worker held are then lost.
   */
  cancel(id: number, onTerminated: () => void): void {
    const handler = this.pending.get(id);
    const worker = this.worker;
    if (worker && handler) {
      worker.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
      // Backstop: a worker stuck in a long synchronous step is terminated (its copy of the bytes is lost).
      const timer = setTimeout(() => {
        if (this.worker !== worker || !this.pending.has(id)) return;
        this.reset();
        onTerminated();
      }, CANCEL_BACKSTOP_MS);
      this.pending.set(id, (response) => {
        if (response.type !== 'progress') clearTimeout(timer);
        handler(response);
      });
    }
  }

  /** Send a request and resolve with its final answer (progress goes to `onProgress`). */
  request(
    worker: Worker,
    message: WorkerRequest,
    transfer: Transferable[],
    onProgress?: (fraction: number, rows: number) => void,
  ): Promise<WorkerResponse> {
    return new Promise((resolve) => {
      this.pending.set(message.id, (response) => {
        if (response.type === 'progress') {
          onProgress?.(response.fraction, response.rowsRead);
          return;
        }
        this.pending.delete(message.id);
        resolve(response);
      });
      worker.postMessage(message, transfer);
    });
  }
}
