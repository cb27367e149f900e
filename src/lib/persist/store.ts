/**
 * PersistStore: versioned, validated, debounced records over a key-value backend, with an
 * in-memory fallback when IndexedDB is unavailable or full. No Svelte in here: the UI
 * subscribes with `onStatus` and mirrors `status` into its own state.
 */
import type { MessageRef } from '../i18n/catalog';
import {
  CURRENT_VERSION,
  MIGRATIONS,
  envelopeProblem,
  makeEnvelope,
  migrate,
  type Envelope,
  type Migration,
  type RecordKind,
} from './envelope';
import { isDataCloneError, isQuotaError, type KeyValueBackend } from './backend';
import { VALIDATORS, isPlainObject, type Validator } from './validate';
import { typedArrayName } from './typed';

export type StorageStatus = 'ok' | 'unavailable' | 'full';
export type Notice = MessageRef & { params: Record<string, string | number> };
export type StatusListener = (status: StorageStatus, notice: Notice | null) => void;

export type LoadResult<T> =
  | { status: 'missing'; key: string }
  | {
      status: 'ok';
      key: string;
      data: T;
      version: number;
      savedAt: string;
      /** Written by a newer app version: data is as stored (not validated), saves are refused. */
      readOnly: boolean;
      /** The stored version when the data was migrated on load, else null. */
      migratedFrom: number | null;
      notice: Notice | null;
    }
  | { status: 'quarantined'; key: string; quarantineKey: string; reason: string; notice: Notice };

export type SaveResult = { ok: true; key: string; persisted: boolean } | { ok: false; key: string; notice: Notice };

export interface QuarantineRecord {
  originalKey: string;
  reason: string;
  quarantinedAt: string;
  fingerprint: string;
  value: unknown;
}

export interface QuarantineEntry {
  key: string;
  originalKey: string;
  reason: string;
  quarantinedAt: string;
}

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

export const QUARANTINE_PREFIX = 'quarantine:';

const STATUS_NOTICE: Record<StorageStatus, string | null> = {
  ok: null,
  unavailable: 'storage.unavailable',
  full: 'storage.full',
};

type MemoryEntry = { value: unknown } | { deleted: true };

interface Pending {
  kind: RecordKind;
  data: unknown;
  firstAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  waiters: ((r: SaveResult) => void)[];
}

function clone<T>(v: T): T {
  return typeof structuredClone === 'function' ? structuredClone(v) : v;
}

function errorText(e: unknown): string {
  if (e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)) {
    const { name, message } = e as { name?: string; message?: string };
    return name && name !== 'Error' ? `${name}: ${message}` : String(message);
  }
  return String(e);
}

/**
 * A plain deep copy: turns reactive proxies (e.g. Svelte $state) into ordinary objects so
 * they can be structured-cloned; typed arrays, dates, maps, sets and buffers are kept as is.
 */
export function plainCopy(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (
    typedArrayName(value) ||
    value instanceof ArrayBuffer ||
    value instanceof DataView ||
    value instanceof Date ||
    value instanceof Map ||
    value instanceof Set ||
    value instanceof RegExp ||
    (typeof Blob !== 'undefined' && value instanceof Blob)
  )
    return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(plainCopy(v, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = plainCopy(v, seen);
  return out;
}

/** A cheap content fingerprint (FNV-1a over a canonical walk), used to avoid duplicate quarantine copies. */
export function fingerprint(value: unknown): string {
  let h = 0x811c9dc5;
  let n = 0;
  const byte = (b: number) => {
    h ^= b & 0xff;
    h = Math.imul(h, 0x01000193);
    n++;
  };
  const str = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      byte(c);
      byte(c >>> 8);
    }
    byte(0);
  };
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') {
      str(`${typeof v}:${String(v)}`);
      return;
    }
    if (seen.has(v)) {
      str('<cycle>');
      return;
    }
    seen.add(v);
    const t = typedArrayName(v);
    if (t) {
      const view = v as ArrayBufferView;
      str(`${t}:${view.byteLength}`);
      const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
      for (let i = 0; i < bytes.length; i++) byte(bytes[i]);
      return;
    }
    if (Array.isArray(v)) {
      str(`[${v.length}`);
      v.forEach(walk);
      return;
    }
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    str(`{${entries.length}`);
    for (const [k, x] of entries) {
      str(k);
      walk(x);
    }
  };
  walk(value);
  return `${(h >>> 0).toString(16).padStart(8, '0')}-${n.toString(36)}`;
}

export class PersistStore {
  private primary: KeyValueBackend | null;
  private memory = new Map<string, MemoryEntry>();
  private readOnlyKeys = new Set<string>();
  private pending = new Map<string, Pending>();
  private inflight = new Set<Promise<unknown>>();
  private listeners = new Set<StatusListener>();
  private readyPromise: Promise<void> | null = null;
  private _status: StorageStatus = 'ok';
  private _lastError: string | null = null;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly extraValidators: Partial<Record<RecordKind, Validator>>;
  private readonly migrations: readonly Migration[];
  private readonly now: () => Date;

  constructor(options: PersistStoreOptions) {
    this.primary = options.backend;
    this.debounceMs = options.debounceMs ?? 400;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.extraValidators = options.validators ?? {};
    this.migrations = options.migrations ?? MIGRATIONS;
    this.now = options.now ?? (() => new Date());
  }

  // ---- status -------------------------------------------------------------------------

  /** 'ok' until IndexedDB fails to open ('unavailable') or runs out of space ('full'). */
  get status(): StorageStatus {
    return this._status;
  }

  /** The error behind the current status, for a details view. */
  get lastError(): string | null {
    return this._lastError;
  }

  /** The notice to show for the current status, or null when all is well. */
  statusNotice(): Notice | null {
    const key = STATUS_NOTICE[this._status];
    return key ? { key, params: {} } : null;
  }

  /** Called on every status change; returns an unsubscribe function. */
  onStatus(listener: StatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setStatus(status: StorageStatus, error?: unknown): void {
    if (error !== undefined) this._lastError = errorText(error);
    if (status === this._status) return;
    this._status = status;
    const notice = this.statusNotice();
    for (const l of [...this.listeners]) {
      try {
        l(status, notice);
      } catch (e) {
        console.error('[persist] status listener failed', e);
      }
    }
  }

  private fail(e: unknown): void {
    if (isQuotaError(e)) {
      if (this._status === 'ok') this.setStatus('full', e);
    } else {
      this.setStatus('unavailable', e);
    }
  }

  /** Opens the backend once (first use); resolves to the resulting status. */
  ready(): Promise<StorageStatus> {
    if (!this.readyPromise) {
      this.readyPromise = (async () => {
        if (!this.primary) {
          this.setStatus('unavailable', 'no persistent storage');
          return;
        }
        try {
          await this.primary.keys();
        } catch (e) {
          this.setStatus('unavailable', e);
        }
      })();
    }
    return this.readyPromise.then(() => this._status);
  }

  /**
   * Try the persistent backend again (after 'full' or 'unavailable'): writes what is held in
   * memory back to it. Status returns to 'ok' when everything could be written.
   */
  async retry(): Promise<StorageStatus> {
    await this.ready();
    if (this._status === 'ok' || !this.primary) return this._status;
    try {
      await this.primary.keys();
    } catch (e) {
      this.setStatus('unavailable', e);
      return this._status;
    }
    const entries = [...this.memory.entries()].sort(([, a], [, b]) => Number('value' in a) - Number('value' in b));
    try {
      for (const [key, entry] of entries) {
        if ('value' in entry) await this.primary.set(key, entry.value);
        else await this.primary.del(key);
        this.memory.delete(key);
      }
    } catch (e) {
      this.setStatus(isQuotaError(e) ? 'full' : 'unavailable', e);
      return this._status;
    }
    this._lastError = null;
    this.setStatus('ok');
    return this._status;
  }

  // ---- raw access with fallback -------------------------------------------------------

  private async rawGet(key: string): Promise<unknown> {
    await this.ready();
    const m = this.memory.get(key);
    if (m) return 'value' in m ? clone(m.value) : undefined;
    if (this.primary && this._status !== 'unavailable') {
      try {
        return await this.primary.get(key);
      } catch (e) {
        this.fail(e);
      }
    }
    return undefined;
  }

  /** Returns true when written to the persistent backend, false when kept in memory only. */
  private async rawSet(key: string, value: unknown): Promise<boolean> {
    await this.ready();
    if (this.primary && this._status === 'ok') {
      try {
        await this.primary.set(key, value);
        this.memory.delete(key);
        return true;
      } catch (e) {
        if (isDataCloneError(e)) throw e;
        this.fail(e);
      }
    }
    this.memory.set(key, { value: clone(value) });
    return false;
  }

  private async rawDel(key: string): Promise<void> {
    await this.ready();
    if (this.primary && this._status !== 'unavailable') {
      try {
        await this.primary.del(key);
        this.memory.delete(key);
        return;
      } catch (e) {
        this.fail(e);
      }
    }
    if (this.primary && this._status === 'full') this.memory.set(key, { deleted: true });
    else this.memory.delete(key);
  }

  /** All keys (persistent and memory-held), optionally only those starting with `prefix`. */
  async keys(prefix = ''): Promise<string[]> {
    await this.ready();
    const out = new Set<string>();
    if (this.primary && this._status !== 'unavailable') {
      try {
        for (const k of await this.primary.keys()) out.add(k);
      } catch (e) {
        this.fail(e);
      }
    }
    for (const [k, entry] of this.memory) {
      if ('value' in entry) out.add(k);
      else out.delete(k);
    }
    return [...out].filter((k) => k.startsWith(prefix)).sort();
  }

  // ---- records ------------------------------------------------------------------------

  /** True when `key` was found written by a newer version; saves to it are refused. */
  isReadOnly(key: string): boolean {
    return this.readOnlyKeys.has(key);
  }

  private validate(kind: RecordKind, data: unknown): string | null {
    return VALIDATORS[kind](data) ?? this.extraValidators[kind]?.(data) ?? null;
  }

  /** Read, migrate and validate a record. A bad record is set aside (copied), never dropped. */
  async load<T>(key: string, kind: RecordKind): Promise<LoadResult<T>> {
    await this.flushKey(key);
    const raw = await this.rawGet(key);
    if (raw === undefined) return { status: 'missing', key };
    const problem = envelopeProblem(raw);
    if (problem) return this.quarantine(key, raw, problem);
    const env = raw as Envelope;
    if (env.kind !== kind) return this.quarantine(key, raw, `kind is "${env.kind}", expected "${kind}"`);
    if (env.version > CURRENT_VERSION) {
      this.readOnlyKeys.add(key);
      return {
        status: 'ok',
        key,
        data: env.data as T,
        version: env.version,
        savedAt: env.savedAt,
        readOnly: true,
        migratedFrom: null,
        notice: { key: 'storage.newerVersion', params: { key, version: env.version, current: CURRENT_VERSION } },
      };
    }
    let data = env.data;
    let migratedFrom: number | null = null;
    if (env.version < CURRENT_VERSION) {
      try {
        data = migrate(kind, data, env.version, this.migrations);
        migratedFrom = env.version;
      } catch (e) {
        return this.quarantine(key, raw, `migration from version ${env.version} failed: ${errorText(e)}`);
      }
    }
    const invalid = this.validate(kind, data);
    if (invalid) return this.quarantine(key, raw, invalid);
    this.readOnlyKeys.delete(key);
    return {
      status: 'ok',
      key,
      data: data as T,
      version: env.version,
      savedAt: env.savedAt,
      readOnly: false,
      migratedFrom,
      notice:
        migratedFrom === null ? null : { key: 'notice.migrated', params: { from: migratedFrom, to: CURRENT_VERSION } },
    };
  }

  private async quarantine<T>(key: string, raw: unknown, reason: string): Promise<LoadResult<T>> {
    const fp = fingerprint(raw);
    const prefix = `${QUARANTINE_PREFIX}${key}:`;
    let quarantineKey: string | null = null;
    for (const k of await this.keys(prefix)) {
      const existing = await this.rawGet(k);
      if (isPlainObject(existing) && existing.fingerprint === fp) {
        quarantineKey = k;
        break;
      }
    }
    if (!quarantineKey) {
      const at = this.now().toISOString();
      quarantineKey = `${prefix}${at}`;
      const taken = new Set(await this.keys(prefix));
      for (let i = 2; taken.has(quarantineKey); i++) quarantineKey = `${prefix}${at}-${i}`;
      const record: QuarantineRecord = { originalKey: key, reason, quarantinedAt: at, fingerprint: fp, value: raw };
      try {
        await this.rawSet(quarantineKey, record);
      } catch (e) {
        console.error('[persist] could not copy a bad record aside', key, e);
      }
    }
    console.warn(`[persist] record "${key}" set aside as "${quarantineKey}": ${reason}`);
    return {
      status: 'quarantined',
      key,
      quarantineKey,
      reason,
      notice: { key: 'storage.quarantined', params: { key, copy: quarantineKey, reason } },
    };
  }

  /** Records set aside by `load`, newest first. */
  async listQuarantined(): Promise<QuarantineEntry[]> {
    const out: QuarantineEntry[] = [];
    for (const k of await this.keys(QUARANTINE_PREFIX)) {
      const r = await this.rawGet(k);
      if (!isPlainObject(r)) continue;
      out.push({
        key: k,
        originalKey: String(r.originalKey),
        reason: String(r.reason),
        quarantinedAt: String(r.quarantinedAt),
      });
    }
    return out.sort((a, b) => (a.quarantinedAt < b.quarantinedAt ? 1 : -1));
  }

  /** The full quarantine record (with the original value), e.g. to offer it as a download. */
  async getQuarantined(key: string): Promise<QuarantineRecord | null> {
    if (!key.startsWith(QUARANTINE_PREFIX)) return null;
    const r = await this.rawGet(key);
    return isPlainObject(r) ? (r as unknown as QuarantineRecord) : null;
  }

  private refused(key: string): SaveResult {
    return { ok: false, key, notice: { key: 'storage.readOnlyRefused', params: { key } } };
  }

  /**
   * Save after `debounceMs` of quiet; later saves of the same key replace earlier pending
   * ones (all their promises resolve with the one write). The data is copied when written,
   * so pass the current state object and keep using it.
   */
  save(key: string, kind: RecordKind, data: unknown): Promise<SaveResult> {
    if (this.readOnlyKeys.has(key)) return Promise.resolve(this.refused(key));
    const now = Date.now();
    let p = this.pending.get(key);
    if (p) {
      clearTimeout(p.timer);
      p.kind = kind;
      p.data = data;
    } else {
      p = { kind, data, firstAt: now, timer: undefined, waiters: [] };
      this.pending.set(key, p);
    }
    const wait = Math.max(0, Math.min(this.debounceMs, p.firstAt + this.maxWaitMs - now));
    p.timer = setTimeout(() => void this.writePending(key), wait);
    const entry = p;
    return new Promise((resolve) => entry.waiters.push(resolve));
  }

  /** Save at once (cancelling a pending debounced save of the same key). */
  async saveNow(key: string, kind: RecordKind, data: unknown): Promise<SaveResult> {
    const p = this.pending.get(key);
    if (p) {
      clearTimeout(p.timer);
      this.pending.delete(key);
    }
    const result = await this.track(this.write(key, kind, data));
    for (const w of p?.waiters ?? []) w(result);
    return result;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inflight.add(promise);
    void promise.finally(() => this.inflight.delete(promise));
    return promise;
  }

  private async writePending(key: string): Promise<void> {
    const p = this.pending.get(key);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(key);
    const result = await this.track(this.write(key, p.kind, p.data));
    for (const w of p.waiters) w(result);
  }

  private async write(key: string, kind: RecordKind, data: unknown): Promise<SaveResult> {
    if (this.readOnlyKeys.has(key)) return this.refused(key);
    try {
      const copy = plainCopy(data);
      const invalid = this.validate(kind, copy);
      if (invalid) throw new Error(`invalid ${kind}: ${invalid}`);
      const persisted = await this.rawSet(key, makeEnvelope(kind, copy, this.now()));
      return { ok: true, key, persisted };
    } catch (e) {
      console.error('[persist] save failed', key, e);
      return { ok: false, key, notice: { key: 'storage.saveFailed', params: { key, reason: errorText(e) } } };
    }
  }

  private async flushKey(key: string): Promise<void> {
    if (this.pending.has(key)) await this.writePending(key);
  }

  /** True while a save is waiting or being written. */
  get busy(): boolean {
    return this.pending.size > 0 || this.inflight.size > 0;
  }

  /** Write every pending save now and wait for all writes (tests, before unload). */
  async flush(): Promise<void> {
    while (this.pending.size > 0 || this.inflight.size > 0) {
      await Promise.all([...this.pending.keys()].map((k) => this.writePending(k)));
      await Promise.all([...this.inflight]);
    }
  }

  /** Delete a record; a pending save of it is cancelled (its promise resolves as not saved). */
  async remove(key: string): Promise<void> {
    const p = this.pending.get(key);
    if (p) {
      clearTimeout(p.timer);
      this.pending.delete(key);
      for (const w of p.waiters) w({ ok: false, key, notice: { key: 'storage.saveCancelled', params: { key } } });
    }
    await Promise.all([...this.inflight]);
    await this.rawDel(key);
    this.readOnlyKeys.delete(key);
  }
}

/**
 * Flush pending saves when the page is hidden or unloaded (IndexedDB transactions started
 * then normally complete). Returns a function that removes the listeners.
 */
export function flushOnHide(store: PersistStore, target: Window | undefined = globalThis.window): () => void {
  if (!target) return () => {};
  const onHide = () => void store.flush();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') void store.flush();
  };
  target.addEventListener('pagehide', onHide);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
