/**
 * Keeps the live workspace in IndexedDB: restores it on start, saves every change
 * (debounced by the store), and manages several named workspaces. When IndexedDB is
 * unavailable or full the app goes on in memory and says so; nothing stored is destroyed.
 */
import { untrack } from 'svelte';
import { locale } from '../i18n/locale.svelte';
import { isLocaleCode } from '../i18n/catalog';
import {
  broadcastTabs,
  exportWorkspaceFile,
  KEYS,
  flushOnHide,
  idbBackend,
  nextWorkspaceName,
  parseWorkspaceFile,
  PersistStore,
  WorkspaceRepository,
  type Notice,
  type SaveResult,
  type StorageStatus,
  type WorkspaceData,
  type WorkspaceFileError,
  type WorkspaceSummary,
} from '../persist';
import type { Dataset, IngestReport } from '../domain/types';
import type { JsonRead } from '../domain/json/readJson';
import type { Workspace } from './workspace.svelte';
import { defaultWorkspaceState, type WorkspaceState } from './workspaceState';
import { validateWorkspaceState, withDefaults } from './workspaceValidation';

type StoredWorkspace = WorkspaceState & WorkspaceData;

export class Session {
  ready = $state(false);
  status = $state<StorageStatus>('ok');
  statusNotice = $state<Notice | null>(null);
  /** Quarantined records, read-only workspaces, failed saves: shown until dismissed. */
  notices = $state<Notice[]>([]);
  list = $state<WorkspaceSummary[]>([]);
  activeId = $state<string | null>(null);
  /** How many times a workspace was opened: a reopen of the same one (out of date) reads its progress again too. */
  openings = $state(0);
  readOnly = $state(false);
  /** Why the open workspace is read-only (written by a newer version), shown once in its banner. */
  readOnlyNotice = $state<Notice | null>(null);
  /**
   * Another tab changed or deleted the open workspace: what this tab shows is out of date and
   * nothing more is saved from it until it is reloaded (or kept as a copy).
   */
  outOfDate = $state<'changed' | 'deleted' | null>(null);
  importError = $state<WorkspaceFileError | null>(null);

  /** The dataset object last written, so a settings change never rewrites the big record. */
  private savedDataset: Dataset | null = null;
  /** The workspace state as last read or written: an unchanged state is not written again (another tab would see a change). */
  private savedState: string | null = null;
  private stopAutosave: (() => void) | null = null;
  private stopListening: (() => void) | null = null;

  constructor(
    readonly store: PersistStore,
    readonly repo: WorkspaceRepository<StoredWorkspace>,
    private readonly workspace: Workspace,
  ) {}

  /** The same notice is shown once, however many times it is reported (listing, then opening). */
  private notify(notice: Notice | null | undefined) {
    if (!notice) return;
    const same = JSON.stringify([notice.key, notice.params]);
    if (this.notices.some((n) => JSON.stringify([n.key, n.params]) === same)) return;
    this.notices = [...this.notices, notice];
  }

  /**
   * What every save of the open workspace's records reports to: a failed save says why; a
   * conflict means another tab moved on, which the out-of-date banner says.
   */
  afterSave(r: SaveResult) {
    if (r.ok || r.notice.key === 'storage.saveCancelled') return;
    if (r.conflict) this.outOfDate = r.conflict === 'deleted' && r.key === KEYS.workspace(this.activeId ?? '') ? 'deleted' : (this.outOfDate ?? r.conflict);
    else this.notify(r.notice);
  }

  /** Another tab wrote or deleted a record this tab had read. */
  private remoteChange(key: string, rev: number | null) {
    if (key.startsWith('workspace:')) void this.refreshList();
    const id = this.activeId;
    if (!id) return;
    if (key === KEYS.workspace(id) && rev === null) this.outOfDate = 'deleted';
    else if ([KEYS.workspace(id), KEYS.dataset(id), KEYS.snapshots(id), KEYS.progress(id)].includes(key)) this.outOfDate ??= 'changed';
  }

  /** The workspace list again (names and deletions from other tabs); read-only ones are marked in the list itself. */
  async refreshList() {
    const listed = await this.repo.listWorkspaces();
    listed.notices.filter((n) => n.key !== 'storage.newerVersion').forEach((n) => this.notify(n));
    this.list = listed.workspaces;
  }

  dismiss(index: number) {
    this.notices = this.notices.filter((_, i) => i !== index);
  }

  async start() {
    this.stopListening = this.store.onRemoteChange((key, rev) => this.remoteChange(key, rev));
    this.store.onStatus((status, notice) => {
      this.status = status;
      this.statusNotice = notice;
    });
    flushOnHide(this.store);
    await this.store.ready();
    this.status = this.store.status;
    this.statusNotice = this.store.statusNotice();

    const settings = await this.repo.loadSettings();
    this.notify(settings.notice);
    const urlLang = typeof location !== 'undefined' && new URLSearchParams(location.search).has('lang');
    const storedLang = settings.settings.language;
    if (!urlLang && isLocaleCode(storedLang)) locale.set(storedLang, false);

    await this.refreshList();
    let id = settings.settings.activeWorkspaceId ?? null;
    if (!id || !this.list.some((w) => w.id === id)) id = this.list[0]?.id ?? null;
    if (id) await this.open(id);
    else await this.createWorkspace();
    this.startAutosave();
    this.ready = true;
  }

  /** Load workspace `id` into the live state. */
  async open(id: string) {
    await this.store.flush();
    const loaded = await this.repo.loadWorkspace(id);
    const defaults = defaultWorkspaceState();
    if (loaded.status === 'quarantined') this.notify(loaded.notice);
    const state = loaded.status === 'ok' ? withDefaults(loaded.data, defaults) : { ...defaults, name: this.list.find((w) => w.id === id)?.name ?? defaults.name };
    // A newer record set aside is protected too: autosave must not try (and fail) on every change.
    this.readOnly = (loaded.status === 'ok' && loaded.readOnly) || this.repo.isReadOnly(id);
    this.readOnlyNotice = loaded.status === 'ok' && loaded.readOnly ? loaded.notice : null;
    if (loaded.status === 'ok' && !loaded.readOnly) this.notify(loaded.notice);

    const record = await this.repo.loadDataset(id);
    if (record.status === 'quarantined') this.notify(record.notice);
    const dataset = record.status === 'ok' ? record.data.dataset : null;
    this.savedDataset = dataset;
    this.workspace.dataset = dataset;
    this.workspace.report = record.status === 'ok' ? record.data.report : null;
    this.workspace.applyState(state);
    this.savedState = loaded.status === 'ok' ? JSON.stringify(this.workspace.toState()) : null;
    this.activeId = id;
    this.openings++;
    this.outOfDate = null;
    await this.repo.setActiveWorkspaceId(id);
  }

  /** Out of date: read the open workspace again from storage (or another one, when it was deleted). */
  async reloadOutOfDate() {
    await this.refreshList();
    const id = this.activeId;
    if (id && this.list.some((w) => w.id === id)) await this.open(id);
    else if (this.list.length) await this.open(this.list[0].id);
    else await this.createWorkspace();
  }

  /** Out of date: keep what this tab shows as a new workspace, so nothing made here is lost. */
  async keepOutOfDateCopy() {
    const state = this.workspace.toState();
    const names = this.list.map((w) => w.name);
    const wanted = locale.t('tabs.copyName', { name: state.name });
    const name = names.includes(wanted) ? nextWorkspaceName(names, wanted) : wanted;
    const data = this.workspace.dataset ? { dataset: this.workspace.dataset, report: this.workspace.report } : null;
    await this.createWorkspace(name, { ...state, name }, data);
  }

  private startAutosave() {
    this.stopAutosave?.();
    this.stopAutosave = $effect.root(() => {
      $effect(() => {
        const state = this.workspace.toState();
        const id = this.activeId;
        if (!id || this.readOnly || this.outOfDate) return;
        const json = JSON.stringify(state);
        if (json === this.savedState) return;
        this.savedState = json;
        void this.repo.saveWorkspace(id, state as StoredWorkspace).then((r) => this.afterSave(r));
        // The list is read untracked: this effect writes it, and must not re-run because of it.
        const name = state.name;
        untrack(() => {
          if (this.list.some((w) => w.id === id && w.name !== name)) this.list = this.list.map((w) => (w.id === id ? { ...w, name } : w));
        });
      });
      $effect(() => {
        const dataset = this.workspace.dataset;
        const report = this.workspace.report;
        const id = this.activeId;
        if (!id || this.readOnly || this.outOfDate || dataset === this.savedDataset) return;
        this.savedDataset = dataset;
        if (dataset) void this.repo.saveDataset(id, { dataset, report }).then((r) => this.afterSave(r));
        else void this.repo.deleteDataset(id);
      });
      $effect(() => {
        const language = locale.current;
        if (this.ready) void this.repo.updateSettings({ language });
      });
    });
  }

  /** Stop saving (tests; a page never needs it). */
  stop() {
    this.stopAutosave?.();
    this.stopAutosave = null;
    this.stopListening?.();
    this.stopListening = null;
  }

  async createWorkspace(name?: string, state?: WorkspaceState, dataset?: { dataset: Dataset; report: IngestReport | null } | null) {
    const base = locale.t('workspace.label');
    const chosen = name ?? nextWorkspaceName(this.list.map((w) => w.name), base);
    const initial = { ...(state ?? defaultWorkspaceState(chosen)), name: chosen };
    const created = await this.repo.createWorkspace(chosen, initial.settings as StoredWorkspace['settings'], initial as never);
    if (!created.ok) {
      this.notify(created.notice);
      return;
    }
    if (dataset) await this.repo.saveDataset(created.id, { dataset: dataset.dataset, report: dataset.report });
    this.list = [...this.list, { id: created.id, name: chosen, savedAt: new Date().toISOString(), version: 0, readOnly: false }].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    await this.open(created.id);
  }

  async deleteWorkspace(id: string) {
    await this.repo.deleteWorkspace(id);
    this.list = this.list.filter((w) => w.id !== id);
    if (id === this.activeId) {
      this.activeId = null;
      if (this.list.length) await this.open(this.list[0].id);
      else await this.createWorkspace();
    }
  }

  /** Empty the current workspace: data, thresholds, snapshots. The UI asks first. */
  async startOver() {
    const name = this.workspace.name;
    this.workspace.dataset = null;
    this.workspace.report = null;
    this.workspace.applyState(defaultWorkspaceState(name));
  }

  exportText(): string {
    return exportWorkspaceFile(this.workspace.toState() as StoredWorkspace, this.workspace.dataset ? { dataset: this.workspace.dataset, report: this.workspace.report } : null);
  }

  /** Import a workspace file as a new workspace; a bad file leaves everything as it was. */
  async importText(input: string | JsonRead, fileName: string): Promise<boolean> {
    const parsed = parseWorkspaceFile<StoredWorkspace>(input, fileName, { validateWorkspace: validateWorkspaceState });
    if (!parsed.ok) {
      this.importError = parsed.error;
      return false;
    }
    this.importError = null;
    const state = withDefaults(parsed.workspace, defaultWorkspaceState());
    const names = this.list.map((w) => w.name);
    const name = names.includes(state.name) ? nextWorkspaceName(names, state.name) : state.name;
    await this.createWorkspace(name, state, parsed.dataset ? { dataset: parsed.dataset.dataset, report: parsed.dataset.report } : null);
    return true;
  }

  async retryStorage() {
    await this.store.retry();
  }
}

// A short quiet time: a reload right after a change should find it saved (writes started
// while a page unloads are not guaranteed to finish). Workspace records are small.
export function createSession(workspace: Workspace, backend = idbBackend()): Session {
  const store = new PersistStore({
    backend,
    debounceMs: 150,
    maxWaitMs: 1000,
    validators: { workspace: validateWorkspaceState },
    channel: broadcastTabs(),
  });
  return new Session(store, new WorkspaceRepository<StoredWorkspace>(store), workspace);
}
