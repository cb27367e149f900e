/**
 * Getting a CSV into the workspace: read the bytes, preview them, let the user check the
 * column mapping, parse (in a Web Worker when there is one), then hand the dataset to the
 * workspace. A failure at any step sets `error` and leaves the workspace's current data
 * as it was: bad input never loses data.
 *
 * With a worker, the full parse starts as soon as the mapping step shows, with the detected
 * mapping (a "speculative" parse, see loaderSpeculation.ts): most users confirm what was detected, and
 * the parse then has a head start of however long they looked at the mapping step. A changed
 * mapping cancels it and parses again; nothing of it reaches the workspace before confirming.
 */
import type { IngestPreview } from '../domain/ingest';
import { MAX_DATA_FILE_BYTES, tooLarge } from '../domain/fileSize';
import type {
  ColumnMapping, ColumnRole, DataShape, DateOrder, IngestFailure, IngestOutcome, IngestReport,
} from '../domain/types';
import { sampleById } from '../samples';
import type { WorkerIngestOptions, WorkerPreviewOptions } from '../workers/protocol';
import { loadBytesDirect, previewDirect } from './loaderDirect';
import { assignRole, ingestOptions, markDetected, missingRoles } from './loaderMapping';
import { IngestWorker } from './loaderWorker';
import { SpeculativeParse, type Speculation } from './loaderSpeculation';
import type { Workspace } from './workspace.svelte';

export { ALL_ROLES, ROLES_BY_SHAPE, assignRole, explicitMapping, missingRoles, roleOfColumn } from './loaderMapping';
export { loadBytesDirect } from './loaderDirect';

/** The largest file the browser loads (domain/fileSize.ts says why); a larger one is refused before a byte of it is read. */
export const MAX_FILE_BYTES = MAX_DATA_FILE_BYTES;

/** What a preview reads: 256 KB, and one byte more so it knows the file goes on. */
const HEAD_BYTES = 256 * 1024 + 1;

export type LoaderPhase = 'idle' | 'reading' | 'preview' | 'parsing' | 'error' | 'done';
export type LoaderError = IngestFailure['error'];

function failure(key: string, fileName: string, params?: Record<string, string | number>): LoaderError {
  return { key, fileName, line: null, column: null, params };
}

export class Loader {
  phase = $state<LoaderPhase>('idle');
  /** 0..1 while parsing. */
  progress = $state(0);
  rowsRead = $state(0);
  fileName = $state<string | null>(null);
  /** Where the bytes came from: a sample skips the mapping step. */
  source = $state<'sample' | 'file' | null>(null);
  preview = $state.raw<IngestPreview | null>(null);
  /** The mapping being edited in the mapping step. */
  mapping = $state<ColumnMapping>({});
  shape = $state<DataShape>('transactions');
  dateOrder = $state<DateOrder | null>(null);
  /** True once the user picked the date order; otherwise the ingest decides from the whole column. */
  dateOrderChosen = $state(false);
  error = $state.raw<LoaderError | null>(null);
  /** A short status such as "loading was cancelled" (not an error: nothing went wrong). */
  notice = $state.raw<{ key: string; params?: Record<string, string | number> } | null>(null);
  lastReport = $state.raw<IngestReport | null>(null);

  /** Roles the edited mapping still lacks. */
  missing = $derived(missingRoles(this.shape, this.mapping));
  busy = $derived(this.phase === 'reading' || this.phase === 'parsing');
  /** The mapping step can be shown again after a failed parse of a file. */
  canEditMapping = $derived(this.preview !== null && this.source === 'file' && this.preview.headers.length > 0);

  private bytes: Uint8Array | null = null;
  /** The first bytes of the file, for previews (the whole bytes may be in the worker). */
  private head: Uint8Array | null = null;
  /** The file the bytes came from, to read again if the worker lost them. */
  private file: File | null = null;
  /** The whole file while it is still being read (the mapping step shows before that ends). */
  private pendingBytes: Promise<Uint8Array> | null = null;
  private nextId = 1;
  /** Id of the request whose answers still count; anything else is stale. */
  private current = 0;
  private abortDirect: (() => void) | null = null;
  private readonly worker = new IngestWorker((ids, message) => {
    this.speculation.workerFailed(ids);
    if (ids.includes(this.current) && this.fileName) {
      this.fail(failure('worker-failed', this.fileName, { reason: message || '' }));
    }
  });
  /** The parse started with the detected mapping while the mapping step shows, and followed after a confirm. */
  private readonly speculation = new SpeculativeParse(this.worker);

  constructor(private readonly target: Workspace) {}

  /** Load one of the bundled samples; the columns are detected, so there is no mapping step. */
  async loadSample(id: string): Promise<void> {
    const sample = sampleById(id);
    if (!sample) return;
    const ticket = this.begin(sample.fileName, 'sample');
    let bytes: Uint8Array;
    try {
      const response = await fetch(sample.url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (e) {
      if (ticket !== this.current) return;
      this.fail(failure('fetch-failed', sample.fileName, { reason: e instanceof Error ? e.message : String(e) }));
      return;
    }
    if (ticket !== this.current) return;
    await this.parse(bytes, { fileName: sample.fileName, shape: 'auto' });
  }

  /** Read a chosen or dropped file and go to the mapping step. */
  async loadFile(file: File): Promise<void> {
    const ticket = this.begin(file.name, 'file');
    const over = tooLarge(file.size, MAX_FILE_BYTES);
    if (over) {
      this.fail(failure('too-large', file.name, over));
      return;
    }
    this.file = file;
    // The mapping step needs only the first 256 KB: preview those while the whole file is
    // still being read (reading 48 MB takes longer than the preview and its rendering).
    const whole = file.arrayBuffer().then((b) => new Uint8Array(b));
    whole.catch(() => {}); // a failure is reported where it is awaited
    this.pendingBytes = whole;
    const readFailed = (e: unknown) => {
      if (ticket === this.current) this.fail(failure('read-failed', file.name, { reason: e instanceof Error ? e.message : String(e) }));
    };
    let head: Uint8Array;
    try {
      head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    } catch (e) {
      readFailed(e);
      return;
    }
    if (ticket !== this.current) return;
    if (!(await this.showPreview(head, file.name))) return;
    let bytes: Uint8Array;
    try {
      bytes = await whole;
    } catch (e) {
      readFailed(e);
      return;
    }
    if (ticket !== this.current || this.pendingBytes !== whole) return;
    this.pendingBytes = null;
    this.bytes = bytes;
    this.speculate();
  }

  /** Bytes already in memory (a file, a test): preview them and show the mapping step. */
  async loadBytes(bytes: Uint8Array, fileName: string): Promise<void> {
    if (this.phase !== 'reading' || this.fileName !== fileName) this.begin(fileName, 'file');
    const over = tooLarge(bytes.length, MAX_FILE_BYTES);
    if (over) {
      this.fail(failure('too-large', fileName, over));
      return;
    }
    this.bytes = bytes;
    if (await this.showPreview(bytes.subarray(0, HEAD_BYTES), fileName)) this.speculate();
  }

  /** Preview the head of the file and show the mapping step; false when the file cannot be used at all. */
  private async showPreview(head: Uint8Array, fileName: string): Promise<boolean> {
    this.head = head;
    const preview = await this.runPreview({ fileName, shape: 'auto' });
    if (!preview) return false;
    // Files that are not usable at all stop here; a missing column is fixed in the mapping step.
    if (preview.failure && preview.headers.length === 0) {
      this.fail(preview.failure);
      return false;
    }
    this.applyPreview(preview, true);
    this.phase = 'preview';
    return true;
  }

  /** Switch between transactions and customer table: the roles are detected again for that shape. */
  async setShape(shape: DataShape): Promise<void> {
    if (!this.head || !this.fileName) return;
    this.shape = shape;
    const preview = await this.runPreview({ fileName: this.fileName, shape });
    if (preview) this.applyPreview(preview, true);
  }

  /** Give a column a role (null: not used). */
  setRole(column: number, role: ColumnRole | null): void {
    this.mapping = assignRole(this.mapping, column, role);
  }

  setDateOrder(order: DateOrder): void {
    this.dateOrder = order;
    this.dateOrderChosen = true;
  }

  /** Parse the whole file with the mapping, shape and date order of the mapping step. */
  async confirmMapping(): Promise<void> {
    if ((!this.bytes && !this.speculation.running && !this.pendingBytes) || !this.fileName) return;
    if (this.missing.length > 0) return;
    const options = ingestOptions(this.fileName, this);
    const spec = this.speculation.claim(options);
    if (spec) {
      // The parse already running is the one wanted: follow it instead of starting again.
      this.begin(this.fileName, 'file', true);
      this.current = spec.id;
      await this.follow(spec);
      return;
    }
    const ticket = this.begin(this.fileName, 'file', true);
    const bytes = await this.takeBytesBack();
    if (ticket !== this.current) return;
    if (!bytes) {
      this.fail(failure('worker-failed', this.fileName, { reason: '' }));
      return;
    }
    await this.parse(bytes, options);
  }

  /** Stop reading or parsing. The workspace keeps its data; a file goes back to its mapping step. */
  cancel(): void {
    const id = this.current;
    const wasParsing = this.phase === 'parsing';
    if (!this.busy && this.phase !== 'preview') return;
    this.current = this.nextId++; // every answer to the old request is now stale
    this.abortDirect?.();
    this.abortDirect = null;
    this.worker.cancel(id, () => {
      if (!this.bytes && !this.file && this.phase === 'preview') {
        this.forget();
        this.phase = 'idle';
      }
    });
    this.progress = 0;
    this.rowsRead = 0;
    if (this.phase !== 'preview') this.notice = { key: 'ingest.error.cancelled', params: { file: this.fileName ?? '' } };
    if (wasParsing && this.source === 'file' && this.preview) {
      this.phase = 'preview';
    } else {
      this.forget();
      this.phase = 'idle';
    }
  }

  /** Close the error and go back to where the user can act. */
  dismissError(): void {
    this.error = null;
    if (this.phase === 'error') this.phase = this.canEditMapping && (this.bytes || this.speculation.running || this.file) ? 'preview' : 'idle';
  }

  /** Start the worker ahead of a pick, so the first preview does not wait for it to boot. */
  warmUp(): void {
    this.worker.ensure();
  }

  /** Stop the worker for good (tests, page teardown). */
  dispose(): void {
    this.worker.reset();
  }

  // ---- internals ----

  private begin(fileName: string, source: 'sample' | 'file', keepPreview = false): number {
    if (!keepPreview) this.speculation.reset();
    this.current = this.nextId++;
    this.fileName = fileName;
    this.source = source;
    this.error = null;
    this.notice = null;
    this.progress = 0;
    this.rowsRead = 0;
    if (!keepPreview) {
      this.pendingBytes = null;
      this.preview = null;
      this.bytes = null;
      this.head = null;
      this.file = null;
    }
    this.phase = keepPreview ? 'parsing' : 'reading';
    return this.current;
  }

  private forget() {
    this.speculation.reset();
    this.pendingBytes = null;
    this.bytes = null;
    this.head = null;
    this.file = null;
    this.preview = null;
  }

  /** Start parsing with the detected mapping while the user looks at the mapping step. */
  private speculate() {
    if (!this.bytes || !this.fileName || this.missing.length > 0 || this.source !== 'file' || this.phase !== 'preview') return;
    const worker = this.worker.ensure();
    if (!worker) return;
    const bytes = this.bytes;
    this.bytes = null;
    this.speculation.start(worker, this.nextId++, bytes, ingestOptions(this.fileName, this));
  }

  /**
   * The whole bytes, here: from the speculative parse (cancelled, it sends them back), or
   * read again from the file when the worker lost them. Null when they cannot be had.
   */
  private async takeBytesBack(): Promise<Uint8Array | null> {
    const pending = this.pendingBytes;
    if (pending) {
      // Still being read: the bytes go to this parse (no speculative parse was started).
      let bytes: Uint8Array;
      try {
        bytes = await pending;
      } catch {
        return null;
      }
      if (this.pendingBytes === pending) this.pendingBytes = null;
      this.bytes ??= bytes;
    }
    if (this.speculation.running) {
      const back = await this.speculation.takeBytesBack();
      if (back.overtaken) return null;
      if (back.bytes) this.bytes = back.bytes;
    }
    if (!this.bytes && this.file) {
      try {
        this.bytes = new Uint8Array(await this.file.arrayBuffer());
      } catch {
        return null;
      }
    }
    return this.bytes;
  }

  /** Make a confirmed speculative parse the current one: its progress shows, its outcome lands. */
  private async follow(spec: Speculation): Promise<void> {
    const ticket = spec.id;
    this.phase = 'parsing';
    const answer = await this.speculation.follow(spec, (fraction, rows) => {
      if (ticket !== this.current) return;
      this.progress = fraction;
      this.rowsRead = rows;
    });
    if (!answer) return;
    // Cancelled or not, the bytes belong to this file while it is still the one loaded.
    if (answer.bytes && !this.bytes) this.bytes = answer.bytes;
    if (ticket !== this.current) return;
    this.finish(answer.outcome, spec.options.fileName);
  }

  private fail(error: LoaderError) {
    this.error = error;
    this.phase = 'error';
    this.progress = 0;
  }

  private applyPreview(preview: IngestPreview, resetMapping: boolean) {
    this.preview = preview;
    this.shape = preview.shape;
    if (resetMapping) this.mapping = { ...preview.mapping };
    this.dateOrder = preview.dateOrder;
    this.dateOrderChosen = false;
  }

  private async runPreview(options: WorkerPreviewOptions): Promise<IngestPreview | null> {
    const bytes = this.head;
    if (!bytes) return null;
    const ticket = this.current;
    let preview: IngestPreview;
    const worker = this.worker.ensure();
    if (!worker) {
      preview = await previewDirect(bytes, options);
    } else {
      // The preview reads at most 256 KB; a small copy keeps the full bytes here.
      const head = bytes.slice();
      const id = this.nextId++;
      const response = await this.worker.request(worker, { type: 'preview', id, bytes: head, options }, [head.buffer]);
      if (response.type !== 'preview') return null;
      preview = response.preview;
    }
    if (ticket !== this.current) return null;
    return preview;
  }

  private async parse(bytes: Uint8Array, options: WorkerIngestOptions): Promise<void> {
    const ticket = this.current;
    this.phase = 'parsing';
    const onProgress = (fraction: number, rows: number) => {
      if (ticket !== this.current) return;
      this.progress = fraction;
      this.rowsRead = rows;
    };
    let outcome: IngestOutcome;
    const worker = this.worker.ensure();
    if (!worker) {
      // Main-thread fallback: the ingest yields between chunks, so a cancel can still abort it.
      const controller = new AbortController();
      this.abortDirect = () => controller.abort();
      outcome = await loadBytesDirect(bytes, options.fileName, { ...options, onProgress, signal: controller.signal });
      if (ticket === this.current) this.abortDirect = null;
    } else {
      // Transferred, and sent back with the outcome so the mapping step can parse again.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      this.bytes = null;
      const response = await this.worker.request(worker, { type: 'ingest', id: ticket, bytes: own, options }, [own.buffer], onProgress);
      if (response.type !== 'outcome') return;
      if (ticket === this.current || this.bytes === null) this.bytes = response.bytes;
      outcome = response.outcome;
    }
    if (ticket !== this.current) return;
    this.finish(outcome, options.fileName);
  }

  private finish(outcome: IngestOutcome, fileName: string) {
    if (!outcome.ok) {
      if (outcome.error.key === 'cancelled') {
        this.notice = { key: 'ingest.error.cancelled', params: { file: fileName } };
        this.phase = this.canEditMapping ? 'preview' : 'idle';
        return;
      }
      this.fail(outcome.error);
      return;
    }
    const report = this.source === 'file' ? markDetected(outcome.report, this.preview) : outcome.report;
    this.target.setDataset(outcome.dataset, report, fileName);
    this.lastReport = report;
    // A file keeps its bytes so its mapping can be changed and parsed again; a sample need not.
    if (this.source === 'sample') this.forget();
    this.progress = 1;
    this.rowsRead = outcome.report.rowsRead;
    this.phase = 'done';
  }
}

