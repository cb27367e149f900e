/**
 * The speculative parse: the Loader starts the full parse with the detected mapping as soon
 * as the mapping step shows, and either follows it when the user confirms that same mapping
 * or cancels it (the worker sends the bytes back with its cancelled outcome).
 */
import type { WorkerIngestOptions, WorkerResponse } from '../workers/protocol';
import type { IngestWorker } from './loaderWorker';

export interface Speculation {
  id: number;
  options: WorkerIngestOptions;
  /** The worker's final answer; null when the worker died or was terminated (the bytes are lost). */
  result: Promise<WorkerResponse | null>;
  settle(response: WorkerResponse | null): void;
  /** Progress so far, shown when the user confirms mid-way. */
  last: { fraction: number; rows: number } | null;
  /** Set once followed: where progress goes from then on. */
  onProgress: ((fraction: number, rows: number) => void) | null;
}

export function startSpeculation(
  channel: IngestWorker,
  worker: Worker,
  id: number,
  bytes: Uint8Array,
  options: WorkerIngestOptions,
): Speculation {
  let settle!: (response: WorkerResponse | null) => void;
  const result = new Promise<WorkerResponse | null>((resolve) => (settle = resolve));
  const spec: Speculation = { id, options, result, settle, last: null, onProgress: null };
  // Transferred, not copied; the outcome brings them back.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  void channel
    .request(worker, { type: 'ingest', id, bytes: own, options }, [own.buffer], (fraction, rows) => {
      spec.last = { fraction, rows };
      spec.onProgress?.(fraction, rows);
    })
    .then(settle);
  return spec;
}

/** Whether a confirm with `b` wants exactly the parse started with `a`. */
export function sameIngestOptions(a: WorkerIngestOptions, b: WorkerIngestOptions): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(o: WorkerIngestOptions): unknown {
  const mapping = Object.entries(o.mapping ?? {}).sort(([x], [y]) => (x < y ? -1 : 1));
  return [o.fileName, o.shape ?? null, mapping, o.dateOrder ?? null, o.encoding ?? null, o.delimiter ?? null, o.chunkSize ?? null];
}
