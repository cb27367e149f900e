/** The public option and result types of ingestBytes and previewBytes. */
import type { ColumnMapping, ColumnRole, DataShape, DateOrder, Encoding, IngestFailure } from '../types';

export interface IngestOptions {
  fileName: string;
  shape?: DataShape | 'auto';
  /** Overrides auto-detection per role; -1 means "no column for this role". */
  mapping?: ColumnMapping;
  /** Day/month order for year-last dates (12/1/2010); inferred when absent. */
  dateOrder?: DateOrder;
  encoding?: Encoding;
  /** ',', ';', '\t' (or 'tab'), '|'; detected when absent. */
  delimiter?: string;
  onProgress?: (fraction: number, rowsRead: number) => void;
  signal?: AbortSignal;
  /** Units per read slice (default 1 MiB): bytes on the UTF-8 byte path, characters on the decoded-text path; progress and cancellation are checked between slices. */
  chunkSize?: number;
}

export type IngestError = IngestFailure['error'];

/** What the mapping step of the UI shows before the real ingest. */
export interface IngestPreview {
  fileName: string;
  encoding: Encoding;
  delimiter: string;
  headers: string[];
  /** First data rows as text (up to 20). */
  rows: string[][];
  shape: DataShape;
  mapping: ColumnMapping;
  autoDetected: Partial<Record<ColumnRole, boolean>>;
  /** Roles still needed before ingest can work. */
  missingRoles: ColumnRole[];
  /** Guess from the preview rows only; the ingest re-decides from the whole column. */
  dateOrder: DateOrder | null;
  dateOrderCertain: boolean;
  /** Set when the file cannot be used as it stands (same error the ingest would give). */
  failure: IngestError | null;
}
