/**
 * Named workspaces over a PersistStore. Keys: `settings`, `workspace:<id>`, `dataset:<id>`
 * (the big typed-array dataset, stored apart so threshold changes never rewrite it),
 * `snapshots:<id>`, `progress:<id>`.
 */
import type { LoadResult, Notice, PersistStore, SaveResult } from './store';
import { isPlainObject, type DatasetRecord, type SettingsData, type SnapshotData, type WorkspaceData } from './validate';

export const KEYS = {
  settings: 'settings',
  workspace: (id: string) => `workspace:${id}`,
  dataset: (id: string) => `dataset:${id}`,
  snapshots: (id: string) => `snapshots:${id}`,
  progress: (id: string) => `progress:${id}`,
} as const;

const WORKSPACE_PREFIX = 'workspace:';

export interface WorkspaceSummary {
  id: string;
  name: string;
  savedAt: string;
  version: number;
  /** Written by a newer app version: shown, but not saved to. */
  readOnly: boolean;
}

export interface WorkspaceList {
  workspaces: WorkspaceSummary[];
  /** Records set aside or opened read-only while listing. */
  notices: Notice[];
}

export type CreateWorkspaceResult<W> =
  | { ok: true; id: string; workspace: W; persisted: boolean }
  | { ok: false; notice: Notice };

export interface SettingsLoad {
  settings: SettingsData;
  readOnly: boolean;
  notice: Notice | null;
}

/** Short, sortable, unique enough ids: base36 time + random. */
export function newWorkspaceId(): string {
  const rand =
    typeof crypto !== 'undefined' && 'getRandomValues' in crypto
      ? Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(36).padStart(2, '0')).join('')
      : Math.random().toString(36).slice(2, 14);
  return `${Date.now().toString(36)}-${rand}`;
}

/** "Workspace 3"-style names: the first `base n` not already used. */
export function nextWorkspaceName(existing: readonly string[], base: string): string {
  const used = new Set(existing);
  for (let n = existing.length + 1; ; n++) {
    const candidate = `${base} ${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export class WorkspaceRepository<W extends WorkspaceData = WorkspaceData> {
  private settingsCache: SettingsData | null = null;

  constructor(
    readonly store: PersistStore,
    private readonly newId: () => string = newWorkspaceId,
  ) {}

  private refused(key: string): SaveResult {
    return { ok: false, key, notice: { key: 'storage.readOnlyRefused', params: { key } } };
  }

  /** True when the workspace (and so its dataset and snapshots) is read-only here. */
  isReadOnly(id: string): boolean {
    return this.store.isReadOnly(KEYS.workspace(id));
  }

  /** Every readable workspace, by name. Bad records are set aside and reported in `notices`. */
  async listWorkspaces(): Promise<WorkspaceList> {
    const workspaces: WorkspaceSummary[] = [];
    const notices: Notice[] = [];
    for (const key of await this.store.keys(WORKSPACE_PREFIX)) {
      const id = key.slice(WORKSPACE_PREFIX.length);
      const r = await this.store.load<W>(key, 'workspace');
      if (r.status === 'quarantined') notices.push(r.notice);
      if (r.status !== 'ok') continue;
      if (r.readOnly && r.notice) notices.push(r.notice);
      const d = r.data as unknown;
      const name = isPlainObject(d) && typeof d.name === 'string' ? d.name : id;
      workspaces.push({ id, name, savedAt: r.savedAt, version: r.version, readOnly: r.readOnly });
    }
    workspaces.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { workspaces, notices };
  }

  /** Create and store a workspace at once. `extra` holds the app's further initial fields. */
  async createWorkspace(
    name: string,
    settings: Record<string, unknown> = {},
    extra: Omit<Partial<W>, 'name' | 'settings'> = {} as Omit<Partial<W>, 'name' | 'settings'>,
  ): Promise<CreateWorkspaceResult<W>> {
    const trimmed = name.trim();
    if (!trimmed) return { ok: false, notice: { key: 'workspace.nameRequired', params: {} } };
    const id = this.newId();
    const workspace = { ...extra, name: trimmed, settings } as W;
    const r = await this.store.saveNow(KEYS.workspace(id), 'workspace', workspace);
    if (!r.ok) return { ok: false, notice: r.notice };
    return { ok: true, id, workspace, persisted: r.persisted };
  }

  async loadWorkspace(id: string): Promise<LoadResult<W>> {
    return this.store.load<W>(KEYS.workspace(id), 'workspace');
  }

  /** Debounced save of the workspace state (thresholds, settings...). */
  saveWorkspace(id: string, workspace: W): Promise<SaveResult> {
    return this.store.save(KEYS.workspace(id), 'workspace', workspace);
  }

  /** Rename in storage (loads the stored workspace, changes only its name, writes at once). */
  async renameWorkspace(id: string, name: string): Promise<SaveResult> {
    const key = KEYS.workspace(id);
    const trimmed = name.trim();
    if (!trimmed) return { ok: false, key, notice: { key: 'workspace.nameRequired', params: {} } };
    const r = await this.loadWorkspace(id);
    if (r.status === 'missing') return { ok: false, key, notice: { key: 'storage.workspaceMissing', params: { key } } };
    if (r.status === 'quarantined') return { ok: false, key, notice: r.notice };
    if (r.readOnly) return this.refused(key);
    return this.store.saveNow(key, 'workspace', { ...r.data, name: trimmed });
  }

  /**
   * Delete a workspace with its dataset, snapshots and progress (the UI asks first). Records
   * set aside in quarantine are kept. Clears the active workspace when it was this one.
   */
  async deleteWorkspace(id: string): Promise<void> {
    await this.store.remove(KEYS.dataset(id));
    await this.store.remove(KEYS.snapshots(id));
    await this.store.remove(KEYS.progress(id));
    await this.store.remove(KEYS.workspace(id));
    if ((await this.getActiveWorkspaceId()) === id) await this.setActiveWorkspaceId(null);
    if (this.store.status === 'full') await this.store.retry();
  }

  // ---- dataset, snapshots, progress ---------------------------------------------------

  async loadDataset(id: string): Promise<LoadResult<DatasetRecord>> {
    return this.store.load<DatasetRecord>(KEYS.dataset(id), 'dataset');
  }

  /** Written at once (a dataset changes only when a file is loaded). */
  async saveDataset(id: string, record: DatasetRecord): Promise<SaveResult> {
    if (this.isReadOnly(id)) return this.refused(KEYS.dataset(id));
    return this.store.saveNow(KEYS.dataset(id), 'dataset', record);
  }

  async deleteDataset(id: string): Promise<void> {
    await this.store.remove(KEYS.dataset(id));
  }

  async loadSnapshots(id: string): Promise<LoadResult<SnapshotData[]>> {
    return this.store.load<SnapshotData[]>(KEYS.snapshots(id), 'snapshot');
  }

  saveSnapshots(id: string, snapshots: SnapshotData[]): Promise<SaveResult> {
    if (this.isReadOnly(id)) return Promise.resolve(this.refused(KEYS.snapshots(id)));
    return this.store.save(KEYS.snapshots(id), 'snapshot', snapshots);
  }

  async loadProgress(id: string): Promise<LoadResult<Record<string, unknown>>> {
    return this.store.load<Record<string, unknown>>(KEYS.progress(id), 'progress');
  }

  saveProgress(id: string, progress: Record<string, unknown>): Promise<SaveResult> {
    if (this.isReadOnly(id)) return Promise.resolve(this.refused(KEYS.progress(id)));
    return this.store.save(KEYS.progress(id), 'progress', progress);
  }

  // ---- settings -----------------------------------------------------------------------

  /** App settings (defaults when missing or set aside). */
  async loadSettings(): Promise<SettingsLoad> {
    const r = await this.store.load<SettingsData>(KEYS.settings, 'settings');
    if (r.status === 'ok') {
      const settings = { ...r.data, activeWorkspaceId: r.data.activeWorkspaceId ?? null };
      this.settingsCache = settings;
      return { settings, readOnly: r.readOnly, notice: r.notice };
    }
    this.settingsCache = { activeWorkspaceId: null };
    return { settings: { ...this.settingsCache }, readOnly: false, notice: r.status === 'quarantined' ? r.notice : null };
  }

  /**
   * Merge `patch` into the stored settings and save at once. Every tab writes its own part
   * (its language, the workspace it opened), so the patch goes onto what is stored now,
   * not onto this tab's older copy: no tab undoes another's change.
   */
  async updateSettings(patch: Partial<SettingsData>): Promise<SaveResult> {
    const mine = this.settingsCache ?? (await this.loadSettings()).settings;
    this.settingsCache = { ...mine, ...patch } as SettingsData;
    return this.store.update<SettingsData>(KEYS.settings, 'settings', (stored) => ({ ...(stored ?? mine), ...patch }) as SettingsData);
  }

  async getActiveWorkspaceId(): Promise<string | null> {
    const s = this.settingsCache ?? (await this.loadSettings()).settings;
    return s.activeWorkspaceId ?? null;
  }

  setActiveWorkspaceId(id: string | null): Promise<SaveResult> {
    return this.updateSettings({ activeWorkspaceId: id });
  }
}
