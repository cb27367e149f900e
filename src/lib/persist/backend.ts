/**
 * Key-value backends. `idbBackend` is the only code in the app that opens IndexedDB (through
 * idb-keyval); `memoryBackend` is the in-memory stand-in used as fallback and in tests.
 */
import { del as idbDel, get as idbGet, keys as idbKeys, promisifyRequest, set as idbSet, type UseStore } from 'idb-keyval';
import { clone } from './helpers';

export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export interface IdbBackendOptions {
  dbName?: string;
  storeName?: string;
  /** IndexedDB factory; default the global `indexedDB` (read when first used). */
  factory?: IDBFactory;
  /** Give up opening after this long (a blocked open never settles). Default 5000 ms. */
  openTimeoutMs?: number;
}

export const DEFAULT_DB_NAME = 'customer-classification-classroom';
export const DEFAULT_STORE_NAME = 'records';

/** IndexedDB through idb-keyval, with a store opened lazily, a timeout and `onblocked` handled. */
export function idbBackend(options: IdbBackendOptions = {}): KeyValueBackend {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const storeName = options.storeName ?? DEFAULT_STORE_NAME;
  const timeout = options.openTimeoutMs ?? 5000;
  let dbp: Promise<IDBDatabase> | undefined;

  const open = (): Promise<IDBDatabase> => {
    if (dbp) return dbp;
    dbp = new Promise<IDBDatabase>((resolve, reject) => {
      const factory = options.factory ?? (typeof indexedDB !== 'undefined' ? indexedDB : undefined);
      if (!factory) throw new DOMException('IndexedDB is not available', 'NotSupportedError');
      const request = factory.open(dbName);
      const timer = setTimeout(() => reject(new DOMException('Opening IndexedDB timed out', 'TimeoutError')), timeout);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onblocked = () => {
        clearTimeout(timer);
        reject(new DOMException('Opening IndexedDB is blocked', 'BlockedError'));
      };
      promisifyRequest(request).then(
        (db) => {
          clearTimeout(timer);
          db.onclose = () => (dbp = undefined);
          db.onversionchange = () => {
            db.close();
            dbp = undefined;
          };
          resolve(db);
        },
        (e) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });
    dbp.catch(() => (dbp = undefined));
    return dbp;
  };

  const store: UseStore = (txMode, callback) =>
    open().then((db) => callback(db.transaction(storeName, txMode).objectStore(storeName)));

  return {
    get: async (key) => idbGet(key, store),
    set: async (key, value) => idbSet(key, value, store),
    del: async (key) => idbDel(key, store),
    keys: async () => (await idbKeys(store)).filter((k): k is string => typeof k === 'string'),
  };
}

/** In-memory backend with IndexedDB's copy-on-write semantics (values are structured-cloned). */
export function memoryBackend(initial?: Iterable<[string, unknown]>): KeyValueBackend & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  if (initial) for (const [k, v] of initial) map.set(k, clone(v));
  return {
    map,
    get: async (key) => clone(map.get(key)),
    set: async (key, value) => void map.set(key, clone(value)),
    del: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

/** True for "storage is full" errors across browsers. */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const name = (e as { name?: unknown }).name;
  const code = (e as { code?: unknown }).code;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** True when the value itself cannot be stored (a bug, not a storage problem). */
export function isDataCloneError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'DataCloneError';
}
