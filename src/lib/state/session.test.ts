// @vitest-environment jsdom
/**
 * The live workspace survives a "reload": one Session saves to (fake) IndexedDB, a second
 * Session over the same database restores data, thresholds and view. A record that fails
 * validation is set aside with a notice and left in place, never overwritten.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../domain/ingest/ingest';
import { idbBackend, memoryLocks, memoryTabs, PersistStore, WorkspaceRepository, type LockRunner, type TabChannel } from '../persist';
import { sampleFile } from '../../../tests/unit/paths';
import { Session } from './session.svelte';
import { Workspace } from './workspace.svelte';
import { validateWorkspaceState } from './workspaceValidation';
import { withCustomThreshold } from '../domain/models/settings';

/** A session over database `dbName` with its own fresh workspace: a new page, as after a reload. */
function newSession(dbName: string, workspace = new Workspace(), tabs: { channel?: TabChannel; lock?: LockRunner } = {}) {
  const store = new PersistStore({ backend: idbBackend({ dbName }), debounceMs: 10, validators: { workspace: validateWorkspaceState }, ...tabs });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new Session(store, new WorkspaceRepository<any>(store), workspace);
}

describe('Session', () => {
  it('restores the dataset, thresholds and view after a reload', async () => {
    const workspace = new Workspace();
    const first = newSession('session-restore', workspace);
    await first.start();
    const outcome = await ingestBytes(readFileSync(sampleFile('classroom.csv')), { fileName: 'classroom.csv' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    workspace.setDataset(outcome.dataset, outcome.report, 'classroom.csv');
    workspace.updateSettings((s) => withCustomThreshold(s, 'monetary', 1234));
    workspace.view = 'rfm';
    flushSync();
    await first.store.flush();
    const counts = [...workspace.eight.counts];
    first.stop();

    const reloaded = new Workspace();
    expect(reloaded.metrics.n).toBe(0);

    const second = newSession('session-restore', reloaded);
    await second.start();
    expect(second.activeId).toBe(first.activeId);
    expect(reloaded.datasetName).toBe('classroom.csv');
    expect(reloaded.metrics.n).toBe(40);
    expect(reloaded.settings.thresholds.monetary).toEqual({ method: 'custom', value: 1234 });
    expect(reloaded.view).toBe('rfm');
    expect(reloaded.eight.counts).toEqual(counts);
  });

  it('sets aside a workspace record that fails validation and never overwrites it', async () => {
    const seed = newSession('session-quarantine');
    await seed.start();
    const id = seed.activeId!;
    const bad = { app: 'ccc', kind: 'workspace', version: 2, savedAt: new Date().toISOString(), data: { name: 'Broken', settings: { bins: 9 } } };
    await seed.store.flush();
    seed.stop();
    const raw = idbBackend({ dbName: 'session-quarantine' });
    await raw.set(`workspace:${id}`, bad);

    const next = newSession('session-quarantine');
    await next.start();
    expect(next.notices.some((n) => n.key === 'storage.quarantined')).toBe(true);
    const keys = await raw.keys();
    expect(keys.some((k) => String(k).startsWith(`quarantine:workspace:${id}`))).toBe(true);
    expect(await raw.get(`workspace:${id}`)).toEqual(bad);
  });

  describe('two tabs on one workspace', () => {
    async function classroomCsv() {
      const outcome = await ingestBytes(readFileSync(sampleFile('classroom.csv')), { fileName: 'classroom.csv' });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
      return outcome;
    }

    /** Tab A and tab B: one database, one channel hub, shared locks. */
    async function twoTabs(dbName: string) {
      const hub = memoryTabs();
      const lock = memoryLocks();
      const wa = new Workspace();
      const wb = new Workspace();
      const a = newSession(dbName, wa, { channel: hub(), lock });
      await a.start();
      const csv = await classroomCsv();
      wa.setDataset(csv.dataset, csv.report, 'classroom.csv');
      flushSync();
      await a.store.flush();
      const b = newSession(dbName, wb, { channel: hub(), lock });
      await b.start();
      expect(b.activeId).toBe(a.activeId);
      return { a, b, wa, wb };
    }

    const settle = async (...sessions: Session[]) => {
      flushSync();
      for (const s of sessions) await s.store.flush();
      await new Promise((r) => setTimeout(r, 0));
    };

    it("B's change makes A out of date; A's later change is not saved over it; reloading shows B's", async () => {
      const { a, b, wa, wb } = await twoTabs('tabs-change');
      expect(a.outOfDate).toBeNull();
      wb.updateSettings((s) => withCustomThreshold(s, 'monetary', 999));
      await settle(b);
      expect(a.outOfDate).toBe('changed');
      wa.updateSettings((s) => withCustomThreshold(s, 'frequency', 7));
      await settle(a);
      const stored = await a.repo.loadWorkspace(a.activeId!);
      expect(stored.status === 'ok' && stored.data.settings.thresholds).toMatchObject({ monetary: { method: 'custom', value: 999 }, frequency: { method: 'mean' } });
      await a.reloadOutOfDate();
      expect(a.outOfDate).toBeNull();
      expect(wa.settings.thresholds.monetary).toEqual({ method: 'custom', value: 999 });
      // A writes again once it has caught up.
      wa.updateSettings((s) => withCustomThreshold(s, 'frequency', 7));
      await settle(a);
      const after = await b.repo.loadWorkspace(a.activeId!);
      expect(after.status === 'ok' && after.data.settings.thresholds.frequency).toEqual({ method: 'custom', value: 7 });
      a.stop();
      b.stop();
    });

    it('opening a workspace in B writes nothing, so A is not made out of date by it', async () => {
      const { a, b } = await twoTabs('tabs-open');
      await settle(a, b);
      expect(a.outOfDate).toBeNull();
      a.stop();
      b.stop();
    });

    it('B loads another file: A never names one file while holding another, before or after reloading', async () => {
      const { a, b, wa, wb } = await twoTabs('tabs-file');
      const other = await ingestBytes(new TextEncoder().encode('customer,date,amount\nx,2024-01-02,10\ny,2024-01-03,20\n'), { fileName: 'two.csv' });
      if (!other.ok) throw new Error(JSON.stringify(other.error));
      wb.setDataset(other.dataset, other.report, 'two.csv');
      await settle(b);
      expect(a.outOfDate).toBe('changed');
      // A keeps what it shows together (nothing of it is written now).
      wa.view = 'rfm';
      await settle(a);
      expect([wa.datasetName, wa.metrics.n]).toEqual(['classroom.csv', 40]);
      const stored = await b.repo.loadWorkspace(b.activeId!);
      expect(stored.status === 'ok' && stored.data.datasetName).toBe('two.csv');
      await a.reloadOutOfDate();
      expect([wa.datasetName, wa.metrics.n]).toEqual(['two.csv', 2]);
      a.stop();
      b.stop();
    });

    it('B deletes the workspace: A does not bring it back, and can keep its version as a copy', async () => {
      const { a, b, wa } = await twoTabs('tabs-delete');
      const id = a.activeId!;
      await b.deleteWorkspace(id);
      await settle(b);
      expect(a.outOfDate).toBe('deleted');
      wa.updateSettings((s) => withCustomThreshold(s, 'monetary', 5));
      await settle(a);
      expect((await a.repo.loadWorkspace(id)).status).toBe('missing');
      expect((await a.repo.loadDataset(id)).status).toBe('missing');
      await a.keepOutOfDateCopy();
      expect(a.activeId).not.toBe(id);
      expect(a.outOfDate).toBeNull();
      expect([wa.name, wa.datasetName, wa.metrics.n]).toEqual([`${wa.name.replace(/ \(copy\)$/, '')} (copy)`, 'classroom.csv', 40]);
      expect(wa.settings.thresholds.monetary).toEqual({ method: 'custom', value: 5 });
      expect(a.list.some((w) => w.id === id)).toBe(false);
      a.stop();
      b.stop();
    });
  });
});
