/**
 * The slice loop of pass 1. Rows are read in slices of `chunkSize` characters: after
 * each slice it reports progress and checks the AbortSignal, and every few slices it
 * yields to the event loop, because a Worker only receives a cancel message then.
 */
import type { IngestFailure } from '../types';
import type { IngestOptions } from './options';
import { cancelled } from './failures';

const DEFAULT_CHUNK = 1 << 20;
/** Yield to the event loop after this many chunks. */
const YIELD_EVERY = 4;

function yieldToEventLoop(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

/**
 * Calls `readSlice(limit)` until the reader is done; `readSlice` reads rows while
 * `reader.pos < limit` and returns the rows read so far (for the progress report).
 * Returns the 'cancelled' failure when the signal aborts, else null.
 */
/** What readInSlices needs of a reader: positions in characters (CsvReader) or bytes (ByteCsvReader). */
export interface SliceReader {
  readonly pos: number;
  readonly done: boolean;
  readonly length: number;
}

export async function readInSlices(
  reader: SliceReader, opts: IngestOptions, fileName: string, readSlice: (limit: number) => number,
): Promise<IngestFailure | null> {
  const chunkSize = Math.max(1024, opts.chunkSize ?? DEFAULT_CHUNK);
  const signal = opts.signal;
  const length = reader.length;
  let slices = 0;
  while (!reader.done) {
    const rowsRead = readSlice(reader.pos + chunkSize);
    slices++;
    opts.onProgress?.(Math.min(1, reader.pos / length), rowsRead);
    if (signal?.aborted) return cancelled(fileName);
    if (slices % YIELD_EVERY === 0 && !reader.done) {
      await yieldToEventLoop();
      if (signal?.aborted) return cancelled(fileName);
    }
  }
  return null;
}
