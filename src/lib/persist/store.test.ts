import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { idbBackend, memoryBackend, type KeyValueBackend } from './backend';
import { APP_ID, CURRENT_VERSION, type Envelope } from './envelope';
import { PersistStore, fingerprint, plainCopy } from './store';
import { hasMessage } from '../i18n/catalog';

function freshIdb(dbName = 'test') {
  return idbBackend({ factory: new IDBFactory(), dbName });
}

function env(kind: Envelope['kind'], version: number, data: unknown): Envelope {
  return { app: APP_ID, kind, version, savedAt: '2024-01-01T00:00:00.000Z', data };
}

const ws = (name: string, extra: Record<string, unknown> = {}) => ({ name, settings: { k: 5 }, ...extra });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('PersistStore over fake IndexedDB', () => {
  it('round-trips records, typed arrays included', async () => {
    const backend = freshIdb();
    const store = new PersistStore({ backend });
    const dataset = {
      shape: 'customers',
      customerIds: ['a', 'b'],
      recency: new Float64Array([1, 2]),
      frequency: new Float64Array([3, NaN]),
      monetary: new Float64Array([10.5, -1]),
    };
    expect((await store.saveNow('dataset:x', 'dataset', { dataset, report: null })).ok).toBe(true);
    await store.saveNow('workspace:x', 'workspace', ws('Class A'));

    const d = await store.load<{ dataset: typeof dataset }>('dataset:x', 'dataset');
    expect(d.status).toBe('ok');
    if (d.status !== 'ok') return;
    expect(d.data.dataset.frequency).toBeInstanceOf(Float64Array);
    expect(Array.from(d.data.dataset.frequency)).toEqual([3, NaN]);
    expect(d.readOnly).toBe(false);
    expect(d.version).toBe(CURRENT_VERSION);

    // stored as a versioned envelope
    const raw = (await backend.get('workspace:x')) as Envelope;
    expect(raw).toMatchObject({ app: 'ccc', kind: 'workspace', version: CURRENT_VERSION, data: ws('Class A') });
    expect(typeof raw.savedAt).toBe('string');

    expect(await store.load('workspace:none', 'workspace')).toEqual({ status: 'missing', key: 'workspace:none' });
    expect(store.status).toBe('ok');
  });

  it('migrates a v1 record on load (title -> name) without rewriting it', async () => {
    const backend = freshIdb();
    await backend.set('workspace:old', env('workspace', 1, { title: 'Old class', settings: {} }));
    const store = new PersistStore({ backend });
    const r = await store.load<{ name: string }>('workspace:old', 'workspace');
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.data).toEqual({ name: 'Old class', settings: {} });
    expect(r.migratedFrom).toBe(1);
    expect(r.notice).toEqual({ key: 'notice.migrated', params: { from: 1, to: CURRENT_VERSION } });
    expect(((await backend.get('workspace:old')) as Envelope).version).toBe(1);
  });

  it('sets an invalid record aside under quarantine:<key>:<time>, leaves it in place, and does not copy it twice', async () => {
    const backend = freshIdb();
    const bad = env('workspace', CURRENT_VERSION, { name: 42 });
    await backend.set('workspace:bad', bad);
    await backend.set('settings', 'not an envelope');
    const now = new Date('2024-05-01T10:00:00.000Z');
    const store = new PersistStore({ backend, now: () => now });

    const r = await store.load('workspace:bad', 'workspace');
    expect(r.status).toBe('quarantined');
    if (r.status !== 'quarantined') return;
    expect(r.quarantineKey).toBe('quarantine:workspace:bad:2024-05-01T10:00:00.000Z');
    expect(r.reason).toMatch(/name/);
    expect(r.notice.key).toBe('storage.quarantined');
    expect(hasMessage(r.notice.key)).toBe(true);
    expect(await backend.get('workspace:bad')).toEqual(bad); // original untouched
    expect(await backend.get(r.quarantineKey)).toMatchObject({ originalKey: 'workspace:bad', value: bad });

    const again = await store.load('workspace:bad', 'workspace');
    expect(again.status === 'quarantined' && again.quarantineKey).toBe(r.quarantineKey);
    expect((await store.keys('quarantine:')).filter((k) => k.includes('workspace:bad'))).toHaveLength(1);

    const s = await store.load('settings', 'settings');
    expect(s.status).toBe('quarantined');
    const list = await store.listQuarantined();
    expect(list.map((q) => q.originalKey).sort()).toEqual(['settings', 'workspace:bad']);
    expect((await store.getQuarantined(r.quarantineKey))?.value).toEqual(bad);
  });

  it('quarantines a record of the wrong kind and one whose migration fails', async () => {
    const backend = memoryBackend([
      ['workspace:k', env('dataset', CURRENT_VERSION, {})],
      ['workspace:m', env('workspace', 1, { title: 'x', settings: {} })],
    ]);
    const store = new PersistStore({
      backend,
      migrations: [
        {
          from: 1,
          description: 'always fails',
          migrate() {
            throw new Error('boom');
          },
        },
      ],
    });
    const k = await store.load('workspace:k', 'workspace');
    expect(k.status === 'quarantined' && k.reason).toMatch(/kind/);
    const m = await store.load('workspace:m', 'workspace');
    expect(m.status === 'quarantined' && m.reason).toMatch(/boom/);
    expect(backend.map.has('workspace:m')).toBe(true);
  });

  it('opens a newer-version record read-only and refuses to save to it', async () => {
    const backend = freshIdb();
    const future = env('workspace', CURRENT_VERSION + 1, { name: 'Future', settings: {}, newField: [1] });
    await backend.set('workspace:f', future);
    const store = new PersistStore({ backend });
    const r = await store.load('workspace:f', 'workspace');
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.readOnly).toBe(true);
    expect(r.notice?.key).toBe('storage.newerVersion');
    expect(store.isReadOnly('workspace:f')).toBe(true);

    const s1 = await store.saveNow('workspace:f', 'workspace', ws('Overwrite'));
    const s2 = await store.save('workspace:f', 'workspace', ws('Overwrite'));
    for (const s of [s1, s2]) {
      expect(s.ok).toBe(false);
      if (!s.ok) expect(s.notice.key).toBe('storage.readOnlyRefused');
    }
    await store.flush();
    expect(await backend.get('workspace:f')).toEqual(future);
  });

  it('refuses to save data that would not pass validation', async () => {
    const store = new PersistStore({ backend: memoryBackend() });
    const r = await store.saveNow('workspace:v', 'workspace', { name: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.notice.key).toBe('storage.saveFailed');
    const extra = new PersistStore({
      backend: memoryBackend(),
      validators: { workspace: (d) => ((d as { level?: unknown }).level === undefined ? 'level missing' : null) },
    });
    expect((await extra.saveNow('workspace:v', 'workspace', ws('a'))).ok).toBe(false);
    expect((await extra.saveNow('workspace:v', 'workspace', ws('a', { level: 1 }))).ok).toBe(true);
  });

  it('copies reactive proxies into plain data when writing', async () => {
    const backend = memoryBackend();
    const store = new PersistStore({ backend });
    const target = { ...ws('Proxy'), thresholds: { r: 30 } };
    const proxy = new Proxy(target, {});
    expect(() => structuredClone(proxy)).toThrow();
    const r = await store.saveNow('workspace:p', 'workspace', proxy);
    expect(r.ok).toBe(true);
    target.thresholds.r = 99; // later changes do not leak into what was stored
    const l = await store.load<{ thresholds: { r: number } }>('workspace:p', 'workspace');
    expect(l.status === 'ok' && l.data.thresholds.r).toBe(30);
    expect(plainCopy(new Int32Array([1]))).toBeInstanceOf(Int32Array);
  });
});

describe('fallback to memory', () => {
  it('IndexedDB missing (indexedDB undefined): status unavailable, everything works in memory', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = new PersistStore({ backend: idbBackend({ dbName: 'none' }) });
    const seen: string[] = [];
    store.onStatus((s, notice) => seen.push(`${s}:${notice?.key}`));
    expect(await store.ready()).toBe('unavailable');
    expect(seen).toEqual(['unavailable:storage.unavailable']);
    const r = await store.saveNow('workspace:m', 'workspace', ws('Memory'));
    expect(r).toEqual({ ok: true, key: 'workspace:m', persisted: false });
    const l = await store.load<{ name: string }>('workspace:m', 'workspace');
    expect(l.status === 'ok' && l.data.name).toBe('Memory');
    expect(await store.keys()).toEqual(['workspace:m']);
    expect(store.statusNotice()).toEqual({ key: 'storage.unavailable', params: {} });
  });

  it('IndexedDB open throws (private mode / blocked): status unavailable', async () => {
    const throwing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = new PersistStore({ backend: idbBackend({ factory: throwing }) });
    expect(await store.ready()).toBe('unavailable');
    expect(store.lastError).toMatch(/SecurityError/);
    expect((await store.saveNow('progress:a', 'progress', { done: 1 })).ok).toBe(true);
  });

  it('an open that never completes times out as unavailable', async () => {
    const hanging = { open: () => ({}) } as unknown as IDBFactory;
    const store = new PersistStore({ backend: idbBackend({ factory: hanging, openTimeoutMs: 20 }) });
    expect(await store.ready()).toBe('unavailable');
  });

  it('no backend at all: unavailable', async () => {
    const store = new PersistStore({ backend: null });
    expect(await store.ready()).toBe('unavailable');
  });

  it('QuotaExceededError on set: status full, writes kept in memory, nothing stored is deleted, retry recovers', async () => {
    const real = freshIdb();
    await real.set('workspace:keep', env('workspace', CURRENT_VERSION, ws('Keep')));
    let full = true;
    const backend: KeyValueBackend = {
      ...real,
      set: async (k, v) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        return real.set(k, v);
      },
    };
    const store = new PersistStore({ backend });
    const statuses: string[] = [];
    store.onStatus((s) => statuses.push(s));

    await store.saveNow('workspace:keep', 'workspace', ws('Changed'));
    const r = await store.saveNow('workspace:new', 'workspace', ws('New'));
    expect(statuses).toEqual(['full']);
    expect(store.status).toBe('full');
    expect(r).toEqual({ ok: true, key: 'workspace:new', persisted: false });

    // reads see the in-memory state, the stored record is untouched
    const l = await store.load<{ name: string }>('workspace:keep', 'workspace');
    expect(l.status === 'ok' && l.data.name).toBe('Changed');
    expect(((await real.get('workspace:keep')) as Envelope<{ name: string }>).data.name).toBe('Keep');
    expect(await store.keys('workspace:')).toEqual(['workspace:keep', 'workspace:new']);

    expect(await store.retry()).toBe('full');
    full = false;
    expect(await store.retry()).toBe('ok');
    expect(statuses).toEqual(['full', 'ok']);
    expect(((await real.get('workspace:keep')) as Envelope<{ name: string }>).data.name).toBe('Changed');
    expect(((await real.get('workspace:new')) as Envelope<{ name: string }>).data.name).toBe('New');
  });
});

describe('debounced writes', () => {
  function counting() {
    const inner = memoryBackend();
    const writes: [string, unknown][] = [];
    const backend: KeyValueBackend = {
      ...inner,
      set: async (k, v) => {
        writes.push([k, v]);
        return inner.set(k, v);
      },
    };
    return { backend, writes };
  }

  it('coalesces saves per key and writes the latest once', async () => {
    vi.useFakeTimers();
    const { backend, writes } = counting();
    const store = new PersistStore({ backend, debounceMs: 400 });
    await store.ready();
    const results = [1, 2, 3, 4, 5].map((i) => store.save('workspace:d', 'workspace', ws(`v${i}`)));
    const other = store.save('workspace:e', 'workspace', ws('e'));
    await vi.advanceTimersByTimeAsync(399);
    expect(writes).toHaveLength(0);
    expect(store.busy).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    const all = await Promise.all(results);
    expect(all.every((r) => r.ok && r.persisted)).toBe(true);
    await other;
    expect(writes.map(([k]) => k).sort()).toEqual(['workspace:d', 'workspace:e']);
    expect((writes.find(([k]) => k === 'workspace:d')![1] as Envelope<{ name: string }>).data.name).toBe('v5');
    expect(store.busy).toBe(false);
  });

  it('a continuously saved key is still written every maxWaitMs', async () => {
    vi.useFakeTimers();
    const { backend, writes } = counting();
    const store = new PersistStore({ backend, debounceMs: 400, maxWaitMs: 1000 });
    await store.ready();
    for (let i = 0; i < 12; i++) {
      void store.save('workspace:d', 'workspace', ws(`v${i}`));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(writes.length).toBeGreaterThanOrEqual(2);
  });

  it('flush() writes pending saves at once; load sees a pending save', async () => {
    const { backend, writes } = counting();
    const store = new PersistStore({ backend, debounceMs: 10_000 });
    const p = store.save('workspace:f', 'workspace', ws('pending'));
    const l = await store.load<{ name: string }>('workspace:f', 'workspace');
    expect(l.status === 'ok' && l.data.name).toBe('pending');
    void store.save('progress:f', 'progress', { step: 2 });
    await store.flush();
    expect((await p).ok).toBe(true);
    expect(writes.map(([k]) => k)).toEqual(['workspace:f', 'progress:f']);
  });

  it('remove() cancels a pending save so it cannot resurrect the record', async () => {
    const { backend, writes } = counting();
    const store = new PersistStore({ backend, debounceMs: 50 });
    const p = store.save('workspace:g', 'workspace', ws('gone'));
    await store.remove('workspace:g');
    const r = await p;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.notice.key).toBe('storage.saveCancelled');
    await store.flush();
    expect(writes).toHaveLength(0);
    expect(await store.load('workspace:g', 'workspace')).toEqual({ status: 'missing', key: 'workspace:g' });
  });
});

describe('fingerprint', () => {
  it('is stable for equal content and differs for different typed-array content', () => {
    const a = { x: 1, y: new Float64Array([1, 2]) };
    expect(fingerprint(a)).toBe(fingerprint({ y: new Float64Array([1, 2]), x: 1 }));
    expect(fingerprint(a)).not.toBe(fingerprint({ x: 1, y: new Float64Array([1, 3]) }));
    expect(fingerprint('1')).not.toBe(fingerprint(1));
  });
});
