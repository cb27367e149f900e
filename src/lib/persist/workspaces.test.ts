import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { idbBackend } from './backend';
import { APP_ID, CURRENT_VERSION } from './envelope';
import { PersistStore } from './store';
import { KEYS, WorkspaceRepository, nextWorkspaceName } from './workspaces';
import type { TransactionTable } from '../domain/types';

function setup() {
  const backend = idbBackend({ factory: new IDBFactory() });
  const store = new PersistStore({ backend, debounceMs: 20 });
  let n = 0;
  const repo = new WorkspaceRepository(store, () => `id${++n}`);
  return { backend, store, repo };
}

const table: TransactionTable = {
  shape: 'transactions',
  customerIds: ['c1', 'c2'],
  customer: new Int32Array([0, 1, 1]),
  day: new Int32Array([19000, 19001, 19002]),
  amount: new Float64Array([10, 20.5, -3]),
  order: new Int32Array([-1, -1, -1]),
  purchase: new Uint8Array([1, 1, 0]),
  hasOrderIds: false,
  minDay: 19000,
  maxDay: 19002,
};

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('WorkspaceRepository', () => {
  it('creates, lists, renames and deletes workspaces', async () => {
    const { repo, backend } = setup();
    expect((await repo.listWorkspaces()).workspaces).toEqual([]);
    const b = await repo.createWorkspace('  Beta ', { k: 5 });
    const a = await repo.createWorkspace('Alpha');
    expect(b.ok && a.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.workspace).toEqual({ name: 'Beta', settings: { k: 5 } });
    expect((await repo.createWorkspace('   ')).ok).toBe(false);

    let list = await repo.listWorkspaces();
    expect(list.workspaces.map((w) => [w.id, w.name])).toEqual([
      ['id2', 'Alpha'],
      ['id1', 'Beta'],
    ]);
    expect(list.notices).toEqual([]);

    expect((await repo.renameWorkspace('id1', 'Gamma')).ok).toBe(true);
    const loaded = await repo.loadWorkspace('id1');
    expect(loaded.status === 'ok' && loaded.data).toEqual({ name: 'Gamma', settings: { k: 5 } });
    const missing = await repo.renameWorkspace('nope', 'X');
    expect(!missing.ok && missing.notice.key).toBe('storage.workspaceMissing');

    // dataset, snapshots and progress live under their own keys
    expect((await repo.saveDataset('id1', { dataset: table, report: null })).ok).toBe(true);
    await repo.saveSnapshots('id1', [{ id: 's1', label: 'Q1' }]);
    await repo.saveProgress('id1', { exercise: 3 });
    await repo.setActiveWorkspaceId('id1');
    await repo.store.flush();
    expect((await backend.keys()).sort()).toEqual(
      ['dataset:id1', 'progress:id1', 'settings', 'snapshots:id1', 'workspace:id1', 'workspace:id2'].sort(),
    );
    const ds = await repo.loadDataset('id1');
    expect(ds.status === 'ok' && Array.from(ds.data.dataset.shape === 'transactions' ? ds.data.dataset.amount : [])).toEqual([
      10, 20.5, -3,
    ]);
    expect(await repo.getActiveWorkspaceId()).toBe('id1');

    await repo.deleteWorkspace('id1');
    list = await repo.listWorkspaces();
    expect(list.workspaces.map((w) => w.name)).toEqual(['Alpha']);
    await repo.store.flush();
    expect((await backend.keys()).sort()).toEqual(['settings', 'workspace:id2']);
    expect(await repo.getActiveWorkspaceId()).toBeNull();
  });

  it('keeps the active workspace id in settings across instances', async () => {
    const { repo, backend } = setup();
    await repo.setActiveWorkspaceId('abc');
    await repo.updateSettings({ locale: 'zh' });
    await repo.store.flush();
    const again = new WorkspaceRepository(new PersistStore({ backend }));
    const s = await again.loadSettings();
    expect(s.settings).toEqual({ activeWorkspaceId: 'abc', locale: 'zh' });
    expect(await again.getActiveWorkspaceId()).toBe('abc');
  });

  it('reads v1 settings (activeWorkspace -> activeWorkspaceId)', async () => {
    const { repo, backend } = setup();
    await backend.set('settings', { app: APP_ID, kind: 'settings', version: 1, savedAt: '', data: { activeWorkspace: 'w1' } });
    expect(await repo.getActiveWorkspaceId()).toBe('w1');
  });

  it('lists a newer-version workspace read-only and refuses its dataset and snapshot saves', async () => {
    const { repo, backend } = setup();
    await backend.set(KEYS.workspace('f'), {
      app: APP_ID,
      kind: 'workspace',
      version: CURRENT_VERSION + 3,
      savedAt: '2030-01-01T00:00:00.000Z',
      data: { name: 'From the future', somethingNew: true },
    });
    await backend.set(KEYS.workspace('bad'), { hello: 'world' });
    const list = await repo.listWorkspaces();
    expect(list.workspaces).toEqual([
      { id: 'f', name: 'From the future', savedAt: '2030-01-01T00:00:00.000Z', version: CURRENT_VERSION + 3, readOnly: true },
    ]);
    expect(list.notices.map((n) => n.key).sort()).toEqual(['storage.newerVersion', 'storage.quarantined']);
    expect(repo.isReadOnly('f')).toBe(true);
    for (const r of [
      await repo.saveDataset('f', { dataset: table, report: null }),
      await repo.saveSnapshots('f', []),
      await repo.saveWorkspace('f', { name: 'x', settings: {} }),
      await repo.renameWorkspace('f', 'y'),
    ]) {
      expect(!r.ok && r.notice.key).toBe('storage.readOnlyRefused');
    }
    expect(await backend.get(KEYS.dataset('f'))).toBeUndefined();
    // the bad record is still there, and a copy was set aside
    expect(await backend.get(KEYS.workspace('bad'))).toEqual({ hello: 'world' });
    expect((await backend.keys()).some((k) => k.startsWith('quarantine:workspace:bad:'))).toBe(true);
  });

  it('suggests unused default names', () => {
    expect(nextWorkspaceName([], 'Workspace')).toBe('Workspace 1');
    expect(nextWorkspaceName(['Workspace 2', 'x'], 'Workspace')).toBe('Workspace 3');
  });
});
