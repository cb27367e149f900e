/**
 * The Recover panel's state: records set aside because they could not be read, and datasets
 * whose workspace record was set aside (they would otherwise sit in storage unseen). Each
 * can be downloaded as JSON; a workspace is restored with every field that still passes the
 * checks (the rest back at the defaults, named), a dataset when it passes them now.
 */
import { locale } from '../i18n/locale.svelte';
import {
  CURRENT_VERSION,
  isPlainObject,
  KEYS,
  migrate,
  toJsonSafe,
  validateDatasetRecord,
  type DatasetRecord,
  type Notice,
  type Problem,
  type RecordKind,
} from '../persist';
import type { Session } from './session.svelte';
import { defaultWorkspaceState } from './workspaceState';
import { salvageWorkspace } from './workspaceValidation';

export interface RecoverItem {
  /** The quarantine copy's key, or the orphaned dataset's key. */
  key: string;
  kind: 'quarantined' | 'orphan';
  /** The record it was (`workspace:<id>`, `dataset:<id>`, `settings`...). */
  originalKey: string;
  /** When it was set aside (ISO), null for an orphan. */
  at: string | null;
  problem: Problem | null;
  restorable: boolean;
}

const KIND_OF: [string, RecordKind][] = [
  ['workspace:', 'workspace'],
  ['dataset:', 'dataset'],
  ['snapshots:', 'snapshot'],
  ['progress:', 'progress'],
  ['settings', 'settings'],
];

function kindOf(key: string): RecordKind | null {
  return KIND_OF.find(([p]) => key.startsWith(p))?.[1] ?? null;
}

/** The data inside a stored value, migrated when it is older; null when there is none to read. */
function dataOf(raw: unknown, kind: RecordKind): unknown {
  if (!isPlainObject(raw) || !('data' in raw)) return null;
  const version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : CURRENT_VERSION;
  if (version > CURRENT_VERSION) return null;
  try {
    return version < CURRENT_VERSION ? migrate(kind, raw.data, version) : raw.data;
  } catch {
    return null;
  }
}

function restorableDataset(raw: unknown): DatasetRecord | null {
  const data = dataOf(raw, 'dataset');
  return data !== null && validateDatasetRecord(data) === null ? (data as DatasetRecord) : null;
}

export class Recovery {
  items = $state<RecoverItem[]>([]);
  /** What the last restore did. */
  message = $state<Notice | null>(null);

  constructor(private readonly session: Session) {}

  private get store() {
    return this.session.store;
  }

  async refresh(): Promise<void> {
    const items: RecoverItem[] = [];
    for (const q of await this.store.listQuarantined()) {
      const kind = kindOf(q.originalKey);
      const record = await this.store.getQuarantined(q.key);
      const restorable = kind === 'workspace' || (kind === 'dataset' && restorableDataset(record?.value) !== null);
      items.push({ key: q.key, kind: 'quarantined', originalKey: q.originalKey, at: q.quarantinedAt, problem: q.problem, restorable });
    }
    const listed = new Set(this.session.list.map((w) => w.id));
    for (const key of await this.store.keys('dataset:')) {
      const id = key.slice('dataset:'.length);
      if (!listed.has(id)) items.push({ key, kind: 'orphan', originalKey: key, at: null, problem: null, restorable: true });
    }
    this.items = items;
  }

  /** The file to download: the set-aside record as it was found (typed arrays as tagged JSON). */
  async file(item: RecoverItem): Promise<{ name: string; text: string } | null> {
    const value = item.kind === 'quarantined' ? await this.store.getQuarantined(item.key) : await this.store.load(item.key, 'dataset');
    if (!value) return null;
    const stamp = (item.at ?? new Date().toISOString()).replace(/[:.]/g, '-');
    return { name: `recovered-${item.originalKey.replace(/[^A-Za-z0-9_-]+/g, '-')}-${stamp}.json`, text: JSON.stringify(toJsonSafe(value), null, 2) };
  }

  /** Restore what can be restored, then open it. */
  async restore(item: RecoverItem): Promise<void> {
    const id = item.originalKey.slice(item.originalKey.indexOf(':') + 1);
    if (item.kind === 'orphan') {
      const loaded = await this.session.repo.loadDataset(id);
      const fileName = loaded.status === 'ok' ? (loaded.data.report?.fileName ?? null) : null;
      const name = locale.t('recover.recoveredName', { name: fileName ?? id });
      await this.writeWorkspace(id, { ...defaultWorkspaceState(name), datasetName: fileName }, []);
    } else {
      const record = await this.store.getQuarantined(item.key);
      const kind = kindOf(item.originalKey);
      if (kind === 'workspace') {
        const { state, dropped } = salvageWorkspace(dataOf(record?.value, 'workspace'), defaultWorkspaceState(locale.t('recover.recoveredName', { name: id })));
        await this.writeWorkspace(id, state, dropped);
      } else if (kind === 'dataset') {
        const data = restorableDataset(record?.value);
        if (data) await this.restoreDataset(id, data);
      }
    }
    await this.refresh();
  }

  /** Into its own place when that is free (its dataset comes back with it), else as a new workspace. */
  private async writeWorkspace(id: string, state: ReturnType<typeof defaultWorkspaceState>, dropped: string[]) {
    const taken = this.session.list.some((w) => w.id === id);
    if (taken) {
      await this.session.createWorkspace(state.name, state);
    } else {
      const r = await this.store.saveNow(KEYS.workspace(id), 'workspace', state);
      if (!r.ok) {
        this.message = r.notice;
        return;
      }
      await this.session.refreshList();
      await this.session.open(id);
    }
    this.message = dropped.length
      ? { key: 'recover.restoredPart', params: { name: state.name, fields: dropped.join(', ') } }
      : { key: 'recover.restored', params: { name: state.name } };
  }

  private async restoreDataset(id: string, data: DatasetRecord) {
    const hasWorkspace = this.session.list.some((w) => w.id === id);
    const free = (await this.session.repo.loadDataset(id)).status === 'missing';
    const name = locale.t('recover.recoveredName', { name: data.report?.fileName ?? id });
    if (hasWorkspace && free) {
      const r = await this.session.repo.saveDataset(id, data);
      this.message = r.ok ? { key: 'recover.restored', params: { name: this.session.list.find((w) => w.id === id)?.name ?? name } } : r.notice;
      if (r.ok && this.session.activeId === id) await this.session.open(id);
      return;
    }
    await this.session.createWorkspace(name, { ...defaultWorkspaceState(name), datasetName: data.report?.fileName ?? null }, data);
    this.message = { key: 'recover.restored', params: { name } };
  }

  /** Drop a set-aside copy for good (the panel asks first). */
  async discard(item: RecoverItem): Promise<void> {
    if (item.kind === 'quarantined') await this.store.discardQuarantined(item.key);
    await this.refresh();
  }
}
