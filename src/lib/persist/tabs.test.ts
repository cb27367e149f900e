/**
 * Two tabs on one IndexedDB: two stores over one fake database, a shared in-process channel
 * hub (the BroadcastChannel) and shared per-key locks (the Web Locks).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { idbBackend } from './backend';
import { APP_ID, type Envelope } from './envelope';
import { memoryLocks, memoryTabs, PersistStore } from './store';
import { WorkspaceRepository } from './workspaces';

const ws = (name: string, extra: Record<string, unknown> = {}) => ({ name, settings: {}, ...extra });

function twoTabs() {
  const factory = new IDBFactory();
  const hub = memoryTabs();
  const lock = memoryLocks();
  const make = () => new PersistStore({ backend: idbBackend({ factory, dbName: 'tabs' }), channel: hub(), lock, debounceMs: 5, maxWaitMs: 20 });
  const a = make();
  const b = make();
  const heardByA: [string, number | null][] = [];
  a.onRemoteChange((key, rev) => heardByA.push([key, rev]));
  return { a, b, heardByA, raw: idbBackend({ factory, dbName: 'tabs' }) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('two tabs on one database', () => {
  it('every write carries the next revision; a record from before revisions counts as 0', async () => {
    const { a, raw } = twoTabs();
    await raw.set('workspace:x', { app: APP_ID, kind: 'workspace', version: 2, savedAt: '2024-01-01T00:00:00.000Z', data: ws('old') } satisfies Envelope);
    expect((await a.load('workspace:x', 'workspace')).status).toBe('ok');
    expect(a.knownRevision('workspace:x')).toBe(0);
    await a.saveNow('workspace:x', 'workspace', ws('one'));
    await a.saveNow('workspace:x', 'workspace', ws('two'));
    expect(((await raw.get('workspace:x')) as Envelope).rev).toBe(2);
  });

  it("a tab that read revision 1 never writes over another tab's revision 2, and hears of it", async () => {
    const { a, b, heardByA, raw } = twoTabs();
    await a.saveNow('workspace:x', 'workspace', ws('start'));
    await b.load('workspace:x', 'workspace');
    expect((await b.saveNow('workspace:x', 'workspace', ws('B threshold'))).ok).toBe(true);
    await tick();
    expect(heardByA).toEqual([['workspace:x', 2]]);
    const r = await a.saveNow('workspace:x', 'workspace', ws('A threshold'));
    expect(r).toMatchObject({ ok: false, conflict: 'changed', notice: { key: 'storage.changedElsewhere' } });
    expect(((await raw.get('workspace:x')) as Envelope).data).toEqual(ws('B threshold'));
    // Reading again takes the other tab's revision: this tab may write again.
    await a.load('workspace:x', 'workspace');
    expect((await a.saveNow('workspace:x', 'workspace', ws('A again'))).ok).toBe(true);
    expect(((await raw.get('workspace:x')) as Envelope).rev).toBe(3);
  });

  it('a debounced save is refused the same way (the check is at write time)', async () => {
    const { a, b, raw } = twoTabs();
    await a.saveNow('workspace:x', 'workspace', ws('start'));
    await b.load('workspace:x', 'workspace');
    const pending = a.save('workspace:x', 'workspace', ws('A late'));
    await b.saveNow('workspace:x', 'workspace', ws('B first'));
    expect(await pending).toMatchObject({ ok: false, conflict: 'changed' });
    expect(((await raw.get('workspace:x')) as Envelope).data).toEqual(ws('B first'));
  });

  it('a workspace deleted in one tab is not brought back by the other', async () => {
    const { a, b, heardByA, raw } = twoTabs();
    await a.saveNow('workspace:x', 'workspace', ws('start'));
    await b.load('workspace:x', 'workspace');
    await b.remove('workspace:x');
    await tick();
    expect(heardByA).toEqual([['workspace:x', null]]);
    expect(await a.saveNow('workspace:x', 'workspace', ws('A'))).toMatchObject({ ok: false, conflict: 'deleted', notice: { key: 'storage.deletedElsewhere' } });
    expect(await raw.get('workspace:x')).toBeUndefined();
  });

  it('two tabs writing the same revision at once: exactly one wins, the other is refused', async () => {
    const { a, b, raw } = twoTabs();
    await a.saveNow('workspace:x', 'workspace', ws('start'));
    await b.load('workspace:x', 'workspace');
    const [ra, rb] = await Promise.all([a.saveNow('workspace:x', 'workspace', ws('A')), b.saveNow('workspace:x', 'workspace', ws('B'))]);
    expect([ra.ok, rb.ok].sort()).toEqual([false, true]);
    const winner = ra.ok ? ws('A') : ws('B');
    expect(await raw.get('workspace:x')).toMatchObject({ rev: 2, data: winner });
  });

  it("settings: each tab's part is merged onto what is stored, so neither undoes the other", async () => {
    const { a, b } = twoTabs();
    const repoA = new WorkspaceRepository(a);
    const repoB = new WorkspaceRepository(b);
    await repoA.loadSettings();
    await repoB.loadSettings();
    await repoA.updateSettings({ language: 'zh' });
    await repoB.setActiveWorkspaceId('y');
    const stored = await b.load('settings', 'settings');
    expect(stored).toMatchObject({ status: 'ok', data: { language: 'zh', activeWorkspaceId: 'y' } });
  });

  it("a tab hears nothing of its own writes, nor of keys it never read", async () => {
    const { a, b, heardByA } = twoTabs();
    await a.saveNow('workspace:x', 'workspace', ws('mine'));
    await b.saveNow('workspace:other', 'workspace', ws('theirs'));
    await tick();
    expect(heardByA).toEqual([]);
  });
});
