/**
 * Checks shared by the ingest and the preview that decide whether the bytes are a
 * usable text file at all, before any row is read.
 */
import type { IngestFailure } from '../types';
import { binaryKind, looksBinary } from './decode';
import { detectDelimiter, normaliseDelimiter } from './delimiter';
import { emptyFile, fail } from './failures';

/** Checks on the raw bytes (empty, a known binary format), before decoding. */
export function precheck(bytes: Uint8Array, fileName: string): IngestFailure | null {
  if (bytes.length === 0) return emptyFile(fileName);
  const kind = binaryKind(bytes);
  if (kind) {
    return fail('not-text', fileName, null, null, { kind });
  }
  return null;
}

/** Checks on the decoded text: binary data that no magic number caught, or only whitespace. */
export function checkText(text: string, fileName: string): IngestFailure | null {
  if (looksBinary(text)) {
    return fail('not-text', fileName, null, null, { kind: 'binary' });
  }
  if (text.trim() === '') return emptyFile(fileName);
  return null;
}

/** The user's delimiter when given, else the one detected from the text. */
export function chooseDelimiter(given: string | undefined, text: string): string {
  return given ? normaliseDelimiter(given) : detectDelimiter(text);
}
