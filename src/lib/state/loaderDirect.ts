/** The Loader's path when no Worker can be started. */
import type { IngestOptions, IngestPreview } from '../domain/ingest';
import type { IngestOutcome } from '../domain/types';
import type { WorkerPreviewOptions } from '../workers/protocol';

/**
 * Runs the ingest in the calling thread: for tests and for browsers without Worker.
 * The ingest module is loaded on demand so the main bundle stays small.
 */
export async function loadBytesDirect(
  bytes: Uint8Array,
  fileName: string,
  options: Omit<IngestOptions, 'fileName'> = {},
): Promise<IngestOutcome> {
  const { ingestBytes } = await import('../domain/ingest');
  return ingestBytes(bytes, { ...options, fileName });
}

export async function previewDirect(bytes: Uint8Array, options: WorkerPreviewOptions): Promise<IngestPreview> {
  const { previewBytes } = await import('../domain/ingest');
  return previewBytes(bytes, options);
}
