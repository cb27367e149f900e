/**
 * PersistStore: versioned, validated, debounced records over a key-value backend, with an
 * in-memory fallback when IndexedDB is unavailable or full. No Svelte in here: the UI
 * subscribes with `onStatus` and mirrors `status` into its own state.
 *
 * The parts live in their own modules (status, fallback storage, record checks, quarantine,
 * write queue); this class wires them together and is the public face of them.
 */
import type { KeyValueBackend } from './backend';
import { MIGRATIONS, makeEnvelope, type Migration, type RecordKind } from './envelope';
import { FallbackStorage } from './fallback';
import { errorText, plainCopy } from './helpers';
import { Quarantine, type QuarantineEntry, type QuarantineRecord } from './quarantine';
import { readRecord, recordValidator, type LoadResult, type RecordValidator, type SaveResult } from './records';
import { StatusTracker, type Notice, type StatusListener, type StorageStatus } from './status';
import { problemText, type Validator } from './validate';
import { WriteQueue } from './writeQueue';

export type { StorageStatus, Notice, StatusListener } from './status';
export type { LoadResult, SaveResult } from './records';
export { QUARANTINE_PREFIX, type QuarantineRecord, type QuarantineEntry } from './quarantine';
export { plainCopy, fingerprint } from './helpers';
export { flushOnHide } from './flushOnHide';

export interface PersistStoreOptions {
  /** The persistent backend (normally `idbBackend()`); null = memory only (status 'unavailable'). */
  backend: KeyValueBackend | null;
  /** Quiet time before a `save` is written. Default 400 ms. */
  debounceMs?: number;
  /** A key saved continuously is still written at least this often. Default 2000 ms. */
  maxWaitMs?: number;
  /** Extra validators, run after the built-in structural check of the kind. */
  validators?: Partial<Record<RecordKind, Validator>>;
  migrations?: readonly Migration[];
  now?: () => Date;
}

function refused(key: string): SaveResult {
  return { ok: false, key, notice: { key: 'storage.readOnlyRefused', params: { key } } };
}

export class PersistStore {
  private readonly tracker = new StatusTracker();
  private readonly storage: FallbackStorage;
  private readonly quarantine: Quarantine;
  private readonly queue: WriteQueue;
  private readonly readOnlyKeys = new Set<string>();
  private readonly validate: RecordValidator;
  private readonly migrations: readonly Migration[];
  private readonly now: () => Date;

  constructor(options: PersistStoreOptions) {
    this.validate = recordValidator(options.validators ?? {});
    this.migrations = options.migrations ?? MIGRATIONS;
    this.now = options.now ?? (() => new Date());
    this.storage = new FallbackStorage(options.backend, this.tracker);
    this.quarantine = new Quarantine(this.storage, this.now);
    this.queue = new WriteQueue(
      (key, kind, data) => this.write(key, kind, data),
      options.debounceMs ?? 400,
      options.maxWaitMs ?? 2000,
    );
  }

  // ---- status -------------------------------------------------------------------------

  /** 'ok' until IndexedDB fails to open ('unavailable') or runs out of space ('full'). */
  get status(): StorageStatus {
    return this.tracker.status;
  }

  /** The error behind the current status, for a details view. */
  get lastError(): string | null {
    return this.tracker.lastError;
  }

  /** The notice to show for the current status, or null when all is well. */
  statusNotice(): Notice | null {
    return this.tracker.notice();
  }

  /** Called on every status change; returns an unsubscribe function. */
  onStatus(listener: StatusListener): () => void {
    return this.tracker.subscribe(listener);
  }

  /** Opens the backend once (first use); resolves to the resulting status. */
  ready(): Promise<StorageStatus> {
    return this.storage.ready();
  }

  /**
   * Try the persistent backend again (after 'full' or 'unavailable'): writes what is held in
   * memory back to it. Status returns to 'ok' when everything could be written.
   */
  retry(): Promise<StorageStatus> {
    return this.storage.retry();
  }

  /** All keys (persistent and memory-held), optionally only those starting with `prefix`. */
  keys(prefix = ''): Promise<string[]> {
    return this.storage.keys(prefix);
  }

  // ---- records ------------------------------------------------------------------------

  /** True when `key` was found written by a newer version; saves to it are refused. */
  isReadOnly(key: string): boolean {
    return this.readOnlyKeys.has(key);
  }

  /** Read, migrate and validate a record. A bad record is set aside (copied), never dropped. */
  async load<T>(key: string, kind: RecordKind): Promise<LoadResult<T>> {
    await this.queue.flushKey(key);
    const raw = await this.storage.get(key);
    if (raw === undefined) return { status: 'missing', key };
    const record = readRecord<T>(key, kind, raw, this.validate, this.migrations);
    if (typeof record === 'string' || !('status' in record)) return this.quarantine.setAside(key, raw, record);
    if (record.readOnly) this.readOnlyKeys.add(key);
    else this.readOnlyKeys.delete(key);
    return record;
  }

  /** Records set aside by `load`, newest first. */
  listQuarantined(): Promise<QuarantineEntry[]> {
    return this.quarantine.list();
  }

  /** The full quarantine record (with the original value), e.g. to offer it as a download. */
  getQuarantined(key: string): Promise<QuarantineRecord | null> {
    return this.quarantine.get(key);
  }

  /**
   * Save after `debounceMs` of quiet; later saves of the same key replace earlier pending
   * ones (all their promises resolve with the one write). The data is copied when written,
   * so pass the current state object and keep using it.
   */
  save(key: string, kind: RecordKind, data: unknown): Promise<SaveResult> {
    if (this.readOnlyKeys.has(key)) return Promise.resolve(refused(key));
    return this.queue.schedule(key, kind, data);
  }

  /** Save at once (cancelling a pending debounced save of the same key). */
  saveNow(key: string, kind: RecordKind, data: unknown): Promise<SaveResult> {
    return this.queue.writeNow(key, kind, data);
  }

  /** Checked here too, not only in `save`: `saveNow` skips `save`, and a queued key may turn read-only meanwhile. */
  private async write(key: string, kind: RecordKind, data: unknown): Promise<SaveResult> {
    if (this.readOnlyKeys.has(key)) return refused(key);
    try {
      const copy = plainCopy(data);
      const invalid = this.validate(kind, copy);
      if (invalid) throw new Error(`invalid ${kind}: ${problemText(invalid)}`);
      const persisted = await this.storage.set(key, makeEnvelope(kind, copy, this.now()));
      return { ok: true, key, persisted };
    } catch (e) {
      console.error('[persist] save failed', key, e);
      return { ok: false, key, notice: { key: 'storage.saveFailed', params: { key, reason: errorText(e) } } };
    }
  }

  /** True while a save is waiting or being written. */
  get busy(): boolean {
    return this.queue.busy;
  }

  /** Write every pending save now and wait for all writes (tests, before unload). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** Delete a record; a pending save of it is cancelled (its promise resolves as not saved). */
  async remove(key: string): Promise<void> {
    this.queue.cancel(key);
    await this.queue.settled();
    await this.storage.del(key);
    this.readOnlyKeys.delete(key);
  }
}
