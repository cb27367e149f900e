/** Messages between the Loader (main thread) and the ingest worker. Plain data only. */
import type { IngestOptions, IngestPreview } from '../domain/ingest';
import type { IngestOutcome } from '../domain/types';

/** Ingest options that can cross the worker boundary (no callbacks, no AbortSignal). */
export type WorkerIngestOptions = Omit<IngestOptions, 'onProgress' | 'signal'>;
export type WorkerPreviewOptions = Omit<IngestOptions, 'onProgress' | 'signal' | 'chunkSize'>;

export type WorkerRequest =
  | { type: 'ingest'; id: number; bytes: Uint8Array; options: WorkerIngestOptions }
  | { type: 'preview'; id: number; bytes: Uint8Array; options: WorkerPreviewOptions }
  | { type: 'cancel'; id: number };

export type WorkerResponse =
  | { type: 'progress'; id: number; fraction: number; rowsRead: number }
  /** `bytes` comes back (transferred) so the mapping step can parse again without re-reading the file. */
  | { type: 'outcome'; id: number; outcome: IngestOutcome; bytes: Uint8Array }
  | { type: 'preview'; id: number; preview: IngestPreview };
