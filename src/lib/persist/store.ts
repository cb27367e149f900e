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
import { Revisions, storedRevision, type Conflict } from './revisions';
import { StatusTracker, type Notice, type StatusListener, type StorageStatus } from './status';
import { webLocks, type LockRunner, type TabChannel, type TabMessage } from './tabs';
import { problemText, type Validator } from './validate';
import { WriteQueue } from './writeQueue';

export type { Conflict } from './revisions';
export { broadcastTabs, memoryLocks, memoryTabs, webLocks, type LockRunner, type TabChannel, type TabMessage } from './tabs';

/** Another tab wrote (`rev`) or deleted (`rev: null`) `key`, newer than what this store holds. */
export type RemoteListener = (key: string, rev: number | null) => void;

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
  /** How this store hears of other tabs' writes (normally `broadcastTabs()`); none by default. */
  channel?: TabChannel | null;
  /** Exclusive per-key locks across tabs; default Web Locks where the browser has them. */
  lock?: LockRunner;
  /** Names this store's locks; stores of different databases must not share locks. Default 'ccc'. */
  lockPrefix?: string;
}

function refused(key: string): SaveResult {
  return { ok: false, key, notice: { key: 'storage.readOnlyRefused', params: { key } } };
}

function conflicted(key: string, conflict: Conflict): SaveResult {
  const notice = conflict === 'deleted' ? 'storage.deletedElsewhere' : 'storage.changedElsewhere';
  return { ok: false, key, conflict, notice: { key: notice, params: { key } } };
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
  private readonly revisions = new Revisions();
  private readonly remoteListeners = new Set<RemoteListener>();
  private readonly channel: TabChannel | null;
  private readonly lock: LockRunner;
  private readonly lockPrefix: string;
  /** Tells this store's own messages from other tabs'. */
  readonly tabId = Math.random().toString(36).slice(2, 12);

  constructor(options: PersistStoreOptions) {
    this.channel = options.channel ?? null;
    this.lock = options.lock ?? webLocks();
    this.lockPrefix = `${options.lockPrefix ?? 'ccc'}:record:`;
    this.channel?.listen((m) => this.heard(m));
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

  // ---- other tabs ---------------------------------------------------------------------

  private heard(m: TabMessage): void {
    if (m.from === this.tabId || !this.revisions.isNewer(m.key, m.rev)) return;
    for (const l of [...this.remoteListeners]) {
      try {
        l(m.key, m.rev);
      } catch (e) {
        console.error('[persist] remote-change listener failed', e);
      }
    }
  }

  /**
   * Called when another tab wrote or deleted a record this store has read, newer than what
   * it read (it must not be written over now: saves to it are refused as conflicts).
   */
  onRemoteChange(listener: RemoteListener): () => void {
    this.remoteListeners.add(listener);
    return () => this.remoteListeners.delete(listener);
  }

  /** The revision last read or written here (null: seen absent; undefined: never read). */
  knownRevision(key: string): number | null | undefined {
    return this.revisions.get(key);
  }

  /** Stop hearing other tabs (tests; a page never needs it). */
  close(): void {
    this.channel?.close();
  }

  private tell(key: string, rev: number | null): void {
    this.channel?.post({ key, rev, from: this.tabId });
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
    this.revisions.seen(key, storedRevision(raw));
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

  discardQuarantined(key: string): Promise<void> {
    return this.quarantine.discard(key);
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

  /**
   * Read-modify-write of one record under its lock, for records every tab changes a part of
   * (the app settings): `change` gets the stored data (null when missing or unusable) and
   * returns the data to write, so no tab's part is lost to another's.
   */
  async update<T>(key: string, kind: RecordKind, change: (current: T | null) => T): Promise<SaveResult> {
    await this.queue.flushKey(key);
    return this.lock(this.lockPrefix + key, async () => {
      const raw = await this.storage.get(key);
      const record = raw === undefined ? null : readRecord<T>(key, kind, raw, this.validate, this.migrations);
      const current = record && typeof record !== 'string' && 'status' in record && !record.readOnly ? record.data : null;
      if (record && typeof record !== 'string' && 'status' in record && record.readOnly) return refused(key);
      return this.writeChecked(key, kind, change(current), storedRevision(raw));
    });
  }

  /** Checked here too, not only in `save`: `saveNow` skips `save`, and a queued key may turn read-only meanwhile. */
  private write(key: string, kind: RecordKind, data: unknown): Promise<SaveResult> {
    return this.lock(this.lockPrefix + key, async () => {
      if (this.readOnlyKeys.has(key)) return refused(key);
      let stored: number | null;
      try {
        stored = storedRevision(await this.storage.get(key));
      } catch (e) {
        return this.failed(key, e);
      }
      const conflict = this.revisions.conflict(key, stored);
      if (conflict) return conflicted(key, conflict);
      return this.writeChecked(key, kind, data, stored);
    });
  }

  private async writeChecked(key: string, kind: RecordKind, data: unknown, stored: number | null): Promise<SaveResult> {
    if (this.readOnlyKeys.has(key)) return refused(key);
    try {
      const copy = plainCopy(data);
      const invalid = this.validate(kind, copy);
      if (invalid) throw new Error(`invalid ${kind}: ${problemText(invalid)}`);
      const rev = (stored ?? 0) + 1;
      const persisted = await this.storage.set(key, makeEnvelope(kind, copy, this.now(), rev));
      this.revisions.seen(key, rev);
      this.tell(key, rev);
      return { ok: true, key, persisted };
    } catch (e) {
      return this.failed(key, e);
    }
  }

  private failed(key: string, e: unknown): SaveResult {
    console.error('[persist] save failed', key, e);
    return { ok: false, key, notice: { key: 'storage.saveFailed', params: { key, reason: errorText(e) } } };
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
    await this.lock(this.lockPrefix + key, () => this.storage.del(key));
    this.readOnlyKeys.delete(key);
    this.revisions.seen(key, null);
    this.tell(key, null);
  }
}
