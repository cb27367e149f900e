/**
 * The speculative parse: the Loader starts the full parse with the detected mapping as soon
 * as the mapping step shows, and either follows it when the user confirms that same mapping
 * or cancels it (the worker sends the bytes back with its cancelled outcome). Nothing of it
 * reaches the workspace before a confirm: the Loader decides when to start one and what a
 * followed one's outcome does; this module keeps track of it.
 */
import type { IngestOutcome } from '../domain/types';
import type { WorkerIngestOptions, WorkerResponse } from '../workers/protocol';
import type { IngestWorker } from './loaderWorker';

/** The Loader's speculative parse: at most one running, and at most one followed after a confirm. */
export class SpeculativeParse {
  /** The parse started with the detected mapping while the mapping step shows. */
  #running: Speculation | null = null;
  /** The speculative parse being followed after a confirm; its bytes come back to this file. */
  #following: Speculation | null = null;
  readonly #channel: IngestWorker;

  constructor(channel: IngestWorker) {
    this.#channel = channel;
  }

  /** Whether one is running (not yet confirmed or dropped). */
  get running(): boolean {
    return this.#running !== null;
  }

  /** Start parsing `bytes` (transferred to the worker) as request `id`. */
  start(worker: Worker, id: number, bytes: Uint8Array, options: WorkerIngestOptions): void {
    this.#running = startSpeculation(this.#channel, worker, id, bytes, options);
  }

  /** The worker died with requests `ids`: a running parse among them will not answer. */
  workerFailed(ids: readonly number[]): void {
    if (this.#running && ids.includes(this.#running.id)) this.#running.settle(null);
  }

  /** Stop the running parse; its answer (and the bytes it carries) is then ignored. */
  drop(): void {
    const spec = this.#running;
    if (!spec) return;
    this.#running = null;
    this.#channel.cancel(spec.id, () => spec.settle(null));
  }

  /** Another file, or none: drop the running parse, and a followed one's bytes no longer belong here. */
  reset(): void {
    this.drop();
    this.#following = null;
  }

  /** The running parse when a confirm with `options` wants exactly it (it is then no longer running: follow it); else null. */
  claim(options: WorkerIngestOptions): Speculation | null {
    const spec = this.#running;
    if (!spec || !sameIngestOptions(spec.options, options)) return null;
    this.#running = null;
    return spec;
  }

  /**
   * Cancel the running parse and wait for the bytes it sends back (null when the worker lost
   * them). `overtaken` when it was dropped or replaced meanwhile.
   */
  async takeBytesBack(): Promise<{ overtaken: boolean; bytes: Uint8Array | null }> {
    const spec = this.#running;
    if (!spec) return { overtaken: false, bytes: null };
    this.#channel.cancel(spec.id, () => spec.settle(null));
    const response = await spec.result;
    if (this.#running !== spec) return { overtaken: true, bytes: null };
    this.#running = null;
    return { overtaken: false, bytes: response?.type === 'outcome' ? response.bytes : null };
  }

  /**
   * Follow a claimed parse: its progress so far and from now on goes to `onProgress`. The
   * outcome comes back (null when the worker lost it), with the bytes when they still
   * belong to the file loaded (no reset since), cancelled or not.
   */
  async follow(
    spec: Speculation,
    onProgress: (fraction: number, rows: number) => void,
  ): Promise<{ outcome: IngestOutcome; bytes: Uint8Array | null } | null> {
    spec.onProgress = onProgress;
    if (spec.last) onProgress(spec.last.fraction, spec.last.rows);
    this.#following = spec;
    const response = await spec.result;
    if (!response || response.type !== 'outcome') return null;
    const ours = this.#following === spec;
    if (ours) this.#following = null;
    return { outcome: response.outcome, bytes: ours ? response.bytes : null };
  }
}

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
