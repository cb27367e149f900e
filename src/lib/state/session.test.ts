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
import { idbBackend, PersistStore, WorkspaceRepository } from '../persist';
import { sampleFile } from '../../../tests/unit/paths';
import { Session } from './session.svelte';
import { Workspace } from './workspace.svelte';
import { validateWorkspaceState } from './workspaceValidation';
import { withCustomThreshold } from '../domain/models/settings';

/** A session over database `dbName` with its own fresh workspace: a new page, as after a reload. */
function newSession(dbName: string, workspace = new Workspace()) {
  const store = new PersistStore({ backend: idbBackend({ dbName }), debounceMs: 10, validators: { workspace: validateWorkspaceState } });
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
});
