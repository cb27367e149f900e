/**
 * The workspace check: every hostile value a stored record, a workspace file or a snapshot
 * can carry is refused with its field named; old records (fields missing) still load through
 * withDefaults; and the persistence layer never saves what fails and sets aside on load what
 * fails, so a bad state cannot come back after every reload.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryBackend } from '../persist/backend';
import { APP_ID, CURRENT_VERSION } from '../persist/envelope';
import { exportWorkspaceFile, parseWorkspaceFile } from '../persist/file';
import { PersistStore } from '../persist/store';
import { defaultLensSettings } from '../domain/models/analysis';
import { defaultWorkspaceState, type Snapshot, type WorkspaceState } from './workspaceState';
import { salvageWorkspace, validateWorkspaceState, withDefaults } from './workspaceValidation';
import { hasMessage, translate } from '../i18n/catalog';

/** A problem as the UI words it (keys exist in both catalogs). */
function say(problem: { key: string; params?: Record<string, unknown> } | null, loc: 'en' | 'zh' = 'en'): string | null {
  if (problem === null) return null;
  expect(hasMessage(problem.key, 'en') && hasMessage(problem.key, 'zh'), problem.key).toBe(true);
  return translate(loc, problem.key, problem.params as never);
}

type Patch = (w: Record<string, any>) => void;
function patched(f: Patch): Record<string, any> {
  const w = structuredClone(defaultWorkspaceState('Class')) as Record<string, any>;
  f(w);
  return w;
}
const snapshot = (over: Partial<Snapshot> = {}): Snapshot => ({
  id: 's1',
  name: 'Q1',
  createdAt: '2024-01-01T00:00:00.000Z',
  analysisDay: 19800,
  monetaryMode: 'sum',
  settings: defaultLensSettings(5),
  ...over,
});

const HOSTILE: [string, Patch | unknown, string][] = [
  ['not an object', 'workspace', 'workspace must be an object'],
  ['an array', [], 'workspace must be an object'],
  ['no name', (w: any) => delete w.name, 'name must be text'],
  ['settings "abc"', (w: any) => (w.settings = 'abc'), 'settings must be an object'],
  ['segmentRules [null]', (w: any) => (w.settings.segmentRules = [null]), 'settings.segmentRules[0] must be an object'],
  ['a rule without R/F/M', (w: any) => (w.settings.segmentRules = [{ key: 'x' }]), 'settings.segmentRules[0].R must be a score range {min, max}'],
  ['pyramid.tiers "bogus"', (w: any) => (w.settings.pyramid.tiers = 'bogus'), 'settings.pyramid.tiers must be three or four'],
  ['pyramid cuts as strings', (w: any) => (w.settings.pyramid.cuts = ['0.8', '0.5']), 'settings.pyramid.cuts[0] must be a finite number'],
  ['analysisDay 1e15', (w: any) => (w.analysisDay = 1e15), 'analysisDay must be null or a whole day number from -354285 to 2936550'],
  ['analysisDay 19800.5', (w: any) => (w.analysisDay = 19800.5), 'analysisDay must be null or a whole day number from -354285 to 2936550'],
  ['NaN threshold', (w: any) => (w.settings.thresholds.recency = { method: 'custom', value: NaN }), 'settings.thresholds.recency.value must be a finite number'],
  ['customEdges "abc"', (w: any) => (w.settings.customEdges = 'abc'), 'settings.customEdges must be an object'],
  ['bins 7', (w: any) => (w.settings.bins = 7), 'settings.bins must be 3, 4 or 5'],
  ['view unknown', (w: any) => (w.view = 'admin'), 'view must be data, rfm, pyramid, quadrants, movement, customers, model, learn or trainer'],
  ['rfmMode unknown', (w: any) => (w.rfmMode = 'nine'), 'rfmMode must be eight or segments'],
  ['monetaryMode unknown', (w: any) => (w.monetaryMode = 'max'), 'monetaryMode must be sum or average'],
  ['datasetName a number', (w: any) => (w.datasetName = 3), 'datasetName must be null or text'],
  ['selectedCustomer an object', (w: any) => (w.selectedCustomer = {}), 'selectedCustomer must be null or text'],
  ['snapshots "abc"', (w: any) => (w.snapshots = 'abc'), 'snapshots must be a list'],
  ['snapshots [null]', (w: any) => (w.snapshots = [null]), 'snapshots[0] must be an object'],
  ['a snapshot without an id', (w: any) => (w.snapshots = [snapshot({ id: undefined as never })]), 'snapshots[0].id must be text'],
  ['two snapshots with one id', (w: any) => (w.snapshots = [snapshot(), snapshot()]), "snapshots[1].id repeats an earlier snapshot's id"],
  ['a snapshot on day 1e15', (w: any) => (w.snapshots = [snapshot({ analysisDay: 1e15 })]), 'snapshots[0].analysisDay must be null or a whole day number from -354285 to 2936550'],
  ['a snapshot with bogus tiers', (w: any) => (w.snapshots = [snapshot({ settings: { ...defaultLensSettings(5), pyramid: { tiers: 'bogus' as never, mode: 'percentile', cuts: [0.8, 0.5] } } })]), 'snapshots[0].settings.pyramid.tiers must be three or four'],
  ['a snapshot with settings "abc"', (w: any) => (w.snapshots = [{ ...snapshot(), settings: 'abc' }]), 'snapshots[0].settings must be an object'],
];

describe('validateWorkspaceState refuses hostile values, naming the field', () => {
  it.each(HOSTILE)('%s', (_what, change, message) => {
    const value = typeof change === 'function' ? patched(change as Patch) : change;
    expect(say(validateWorkspaceState(value))).toBe(message);
  });
});

describe('validateWorkspaceState accepts what the app writes and what it wrote before', () => {
  const VALID: [string, unknown][] = [
    ['the defaults', defaultWorkspaceState('Class')],
    ['a full workspace', patched((w) => Object.assign(w, { analysisDay: 19800, datasetName: 'x.csv', view: 'pyramid', rfmMode: 'segments', selectedCustomer: 'c1', snapshots: [snapshot(), snapshot({ id: 's2', analysisDay: null })] }))],
    ['an old record: a name only', { name: 'Old' }],
    ['an old record: settings without the quadrants and lifecycle', { name: 'Old', settings: { bins: 4, customEdges: {}, thresholds: defaultLensSettings(4).thresholds, segmentRules: null, pyramid: defaultLensSettings(4).pyramid } }],
    ['an old snapshot: settings without the lifecycle', patched((w) => (w.snapshots = [{ ...snapshot(), settings: { ...defaultLensSettings(5), lifecycle: undefined } }]))],
  ];
  it.each(VALID)('%s', (_what, value) => {
    expect(validateWorkspaceState(JSON.parse(JSON.stringify(value)))).toBeNull();
  });

  it('withDefaults fills what old records lack, in the settings and each snapshot', () => {
    const old = { name: 'Old', settings: { bins: 4 }, snapshots: [{ ...snapshot(), settings: { bins: 3 } }] } as unknown as WorkspaceState;
    const full = withDefaults(old, defaultWorkspaceState());
    expect(full.settings).toEqual({ ...defaultLensSettings(5), bins: 4 });
    expect(full.snapshots[0].settings.lifecycle).toEqual(defaultLensSettings(5).lifecycle);
    expect(full.view).toBe('data');
    expect(validateWorkspaceState(full)).toBeNull();
  });
});

describe('the persistence layer never saves or uses an invalid workspace', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  const bad = patched((w) => (w.settings.pyramid.tiers = 'bogus'));
  const env = (data: unknown, version = CURRENT_VERSION) => ({ app: APP_ID, kind: 'workspace', version, savedAt: '2024-01-01T00:00:00.000Z', data });

  it('refuses to write it (save and saveNow) and keeps the last good record', async () => {
    const backend = memoryBackend();
    const store = new PersistStore({ backend, debounceMs: 1, validators: { workspace: validateWorkspaceState } });
    expect((await store.saveNow('workspace:a', 'workspace', defaultWorkspaceState('A'))).ok).toBe(true);
    for (const r of [await store.saveNow('workspace:a', 'workspace', bad), await store.save('workspace:a', 'workspace', bad)]) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.notice.key).toBe('storage.saveFailed');
        expect(String(r.notice.params.reason)).toContain('settings.pyramid.tiers must be three or four');
        expect(translate('zh', r.notice.key, r.notice.params)).toContain('settings.pyramid.tiers must be three or four');
      }
    }
    const kept = await store.load<WorkspaceState>('workspace:a', 'workspace');
    expect(kept.status === 'ok' && kept.data.settings.pyramid.tiers).toBe('three');
  });

  it('sets a stored bad record aside on load (with a notice naming the field) and leaves it in place', async () => {
    const backend = memoryBackend();
    await backend.set('workspace:b', env(bad));
    const store = new PersistStore({ backend, validators: { workspace: validateWorkspaceState } });
    const r = await store.load('workspace:b', 'workspace');
    expect(r.status).toBe('quarantined');
    if (r.status !== 'quarantined') return;
    expect(r.notice.key).toBe('storage.quarantined');
    // The copy keeps an English reason; the notice carries the reference, shown in the UI's language.
    expect(r.reason).toBe('settings.pyramid.tiers must be three or four');
    expect(r.notice.params.reason).toEqual({ key: 'valid.oneOf', params: { field: 'settings.pyramid.tiers', values: ['three', 'four'] } });
    expect(translate('zh', r.notice.key, r.notice.params)).toContain('原因：settings.pyramid.tiers 必须是 three或four');
    expect(await backend.get('workspace:b')).toEqual(env(bad));
  });

  it('does not use an invalid record written by a newer version either', async () => {
    const backend = memoryBackend();
    await backend.set('workspace:n', env(bad, CURRENT_VERSION + 1));
    await backend.set('workspace:ok', env({ ...defaultWorkspaceState('Next'), newField: 1 }, CURRENT_VERSION + 1));
    const store = new PersistStore({ backend, validators: { workspace: validateWorkspaceState } });
    const n = await store.load('workspace:n', 'workspace');
    expect(n.status === 'quarantined' && n.reason).toMatch(/newer version .*settings\.pyramid\.tiers must be three or four/);
    const ok = await store.load('workspace:ok', 'workspace');
    expect(ok.status === 'ok' && ok.readOnly).toBe(true);
  });

  it('refuses a workspace file carrying it, naming the field', () => {
    const text = exportWorkspaceFile(bad as never, null);
    const parsed = parseWorkspaceFile(text, 'bad.ccc.json', { validateWorkspace: validateWorkspaceState });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.key).toBe('file.badField');
    expect(parsed.error.params).toMatchObject({ field: 'data.workspace', reason: { key: 'valid.oneOf', params: { field: 'settings.pyramid.tiers', values: ['three', 'four'] } } });
    expect(parsed.error.message).toBe('The file bad.ccc.json has an unusable field "data.workspace": settings.pyramid.tiers must be three or four');
    expect(translate('zh', parsed.error.key, parsed.error.params)).toBe('文件 bad.ccc.json 的字段“data.workspace”无法使用：settings.pyramid.tiers 必须是 three或four');
  });
});

describe('salvageWorkspace', () => {
  it('keeps every usable field, setting and snapshot of a set-aside workspace and names what it dropped', () => {
    const d = defaultWorkspaceState('Default');
    const good = { id: 's1', name: 'Before', createdAt: '2024-01-01', analysisDay: null, monetaryMode: 'sum', settings: defaultLensSettings(5) };
    const bad = {
      name: 'Class 3B',
      datasetName: 'classroom.csv',
      analysisDay: 1e15,
      view: 'pyramid',
      settings: { bins: 4, pyramid: { tiers: 'bogus', mode: 'percentile', cuts: [0.8, 0.5] }, thresholds: { ...defaultLensSettings(4).thresholds, monetary: { method: 'custom', value: 1234 } }, segmentRules: [null] },
      snapshots: [good, { id: 's2', name: 'Broken' }],
    };
    const { state, dropped } = salvageWorkspace(bad, d);
    expect(dropped).toEqual(['analysisDay', 'settings.segmentRules', 'settings.pyramid', 'snapshots[1]']);
    expect(state.name).toBe('Class 3B');
    expect(state.datasetName).toBe('classroom.csv');
    expect(state.view).toBe('pyramid');
    expect(state.analysisDay).toBeNull();
    expect(state.settings.bins).toBe(4);
    expect(state.settings.thresholds.monetary).toEqual({ method: 'custom', value: 1234 });
    expect(state.settings.pyramid).toEqual(d.settings.pyramid);
    expect(state.snapshots.map((s) => s.id)).toEqual(['s1']);
    expect(validateWorkspaceState(state)).toBeNull();
  });

  it('something that is not a workspace at all gives the defaults', () => {
    expect(salvageWorkspace('nope')).toEqual({ state: defaultWorkspaceState(), dropped: ['workspace'] });
  });
});
