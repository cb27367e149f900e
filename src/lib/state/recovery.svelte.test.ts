// @vitest-environment jsdom
/**
 * The Recover panel's state over a (fake) IndexedDB: a workspace record that fails the checks
 * is set aside, its dataset left without a workspace; both are listed, downloadable, and
 * restoring brings back the workspace with its data and every usable setting.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ingestBytes } from '../domain/ingest/ingest';
import { withCustomThreshold } from '../domain/models/settings';
import { idbBackend, PersistStore, WorkspaceRepository, type Envelope } from '../persist';
import { sampleFile } from '../../../tests/unit/paths';
import { locale } from '../i18n/locale.svelte';
import { Recovery } from './recovery.svelte';
import { Session } from './session.svelte';
import { Workspace } from './workspace.svelte';
import { validateWorkspaceState } from './workspaceValidation';

function newSession(dbName: string, workspace = new Workspace()) {
  const store = new PersistStore({ backend: idbBackend({ dbName }), debounceMs: 5, validators: { workspace: validateWorkspaceState } });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new Session(store, new WorkspaceRepository<any>(store), workspace);
}

beforeEach(() => {
  locale.set('en', false);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('Recovery', () => {
  it('lists a set-aside workspace and its orphaned data, downloads them, and restores the workspace with its data', async () => {
    const w = new Workspace();
    const seed = newSession('recover-ws', w);
    await seed.start();
    const csv = await ingestBytes(readFileSync(sampleFile('classroom.csv')), { fileName: 'classroom.csv' });
    if (!csv.ok) throw new Error('ingest');
    w.setDataset(csv.dataset, csv.report, 'classroom.csv');
    w.name = 'Class 3B';
    w.updateSettings((s) => withCustomThreshold(s, 'monetary', 1234));
    flushSync();
    await seed.store.flush();
    const id = seed.activeId!;
    seed.stop();
    // The record a hostile tab or an old bug left: one bad setting among good ones.
    const raw = idbBackend({ dbName: 'recover-ws' });
    const env = (await raw.get(`workspace:${id}`)) as Envelope<Record<string, unknown>>;
    const settings = env.data.settings as Record<string, unknown>;
    await raw.set(`workspace:${id}`, { ...env, data: { ...env.data, settings: { ...settings, segmentRules: [null] } } });

    const w2 = new Workspace();
    const next = newSession('recover-ws', w2);
    await next.start();
    expect(next.list.map((x) => x.id)).not.toContain(id);
    const recovery = new Recovery(next);
    await recovery.refresh();
    expect(recovery.items.map((i) => [i.kind, i.originalKey, i.restorable])).toEqual([
      ['quarantined', `workspace:${id}`, true],
      ['orphan', `dataset:${id}`, true],
    ]);
    expect(recovery.items[0].problem).toEqual({ key: 'valid.object', params: { field: 'settings.segmentRules[0]' } });

    const file = await recovery.file(recovery.items[0]);
    expect(file!.name).toMatch(new RegExp(`^recovered-workspace-${id}-.*\\.json$`));
    const downloaded = JSON.parse(file!.text);
    expect(downloaded.originalKey).toBe(`workspace:${id}`);
    expect(downloaded.value.data.name).toBe('Class 3B');
    const orphanFile = JSON.parse((await recovery.file(recovery.items[1]))!.text);
    expect(orphanFile.data.dataset.customer.$typed).toBe('Int32Array');

    await recovery.restore(recovery.items[0]);
    expect(next.activeId).toBe(id);
    expect([w2.name, w2.datasetName, w2.metrics.n]).toEqual(['Class 3B', 'classroom.csv', 40]);
    expect(w2.settings.thresholds.monetary).toEqual({ method: 'custom', value: 1234 });
    expect(w2.settings.segmentRules).toBeNull();
    expect(recovery.message).toEqual({ key: 'recover.restoredPart', params: { name: 'Class 3B', fields: 'settings.segmentRules' } });
    // The data has its workspace again; the set-aside copy stays until the user drops it.
    expect(recovery.items.map((i) => i.kind)).toEqual(['quarantined']);
    await recovery.discard(recovery.items[0]);
    expect(recovery.items).toEqual([]);
    next.stop();
  });

  it('a set-aside dataset that still fails the checks is listed for download only', async () => {
    const s = newSession('recover-ds');
    await s.start();
    const id = s.activeId!;
    const raw = idbBackend({ dbName: 'recover-ds' });
    await raw.set(`dataset:${id}`, { app: 'ccc', kind: 'dataset', version: 2, savedAt: '2024-01-01T00:00:00.000Z', data: { dataset: { shape: 'customers', customerIds: 'not-an-array' }, report: null } });
    s.stop();
    const next = newSession('recover-ds');
    await next.start();
    const recovery = new Recovery(next);
    await recovery.refresh();
    expect(recovery.items.map((i) => [i.kind, i.originalKey, i.restorable])).toEqual([['quarantined', `dataset:${id}`, false]]);
    next.stop();
  });
});
