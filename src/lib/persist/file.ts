/**
 * Workspace files: one JSON document with the workspace, its dataset (typed arrays as
 * tagged base64), snapshots and progress, in the same versioned envelope as stored records.
 */
import type { Dataset } from '../domain/types';
import { translate, type MessageParams } from '../i18n/catalog';
import { APP_ID, CURRENT_VERSION, MIGRATIONS, migrate, type Migration } from './envelope';
import { readJsonInput, type JsonRead } from '../domain/json/readJson';
import { DecodeError, fromJsonSafe, toJsonSafe } from './typed';
import {
  isPlainObject,
  validateDatasetRecord,
  validateProgress,
  validateSnapshots,
  validateWorkspace,
  type DatasetRecord,
  type SnapshotData,
  type Validator,
  type WorkspaceData,
} from './validate';

export const WORKSPACE_FILE_KIND = 'workspace-file';
export const WORKSPACE_FILE_EXTENSION = '.ccc.json';

export interface WorkspaceFileEnvelope {
  app: typeof APP_ID;
  kind: typeof WORKSPACE_FILE_KIND;
  version: number;
  savedAt: string;
  data: {
    workspace: unknown;
    dataset: unknown | null;
    snapshots: unknown[] | null;
    progress: unknown | null;
  };
}

export interface WorkspaceFileExtras {
  snapshots?: SnapshotData[] | null;
  progress?: Record<string, unknown> | null;
  savedAt?: Date;
}

function isDataset(v: unknown): v is Dataset {
  return isPlainObject(v) && (v.shape === 'transactions' || v.shape === 'customers');
}

/** The workspace (and optionally its dataset, snapshots, progress) as a JSON file's text. */
export function exportWorkspaceFile(
  workspace: WorkspaceData,
  dataset: DatasetRecord | Dataset | null,
  extras: WorkspaceFileExtras = {},
): string {
  const record: DatasetRecord | null = dataset === null ? null : isDataset(dataset) ? { dataset, report: null } : dataset;
  const file: WorkspaceFileEnvelope = {
    app: APP_ID,
    kind: WORKSPACE_FILE_KIND,
    version: CURRENT_VERSION,
    savedAt: (extras.savedAt ?? new Date()).toISOString(),
    data: {
      workspace: toJsonSafe(workspace),
      dataset: record === null ? null : toJsonSafe(record),
      snapshots: extras.snapshots ? (toJsonSafe(extras.snapshots) as unknown[]) : null,
      progress: extras.progress ? toJsonSafe(extras.progress) : null,
    },
  };
  return JSON.stringify(file, null, 1) + '\n';
}

/** A safe file name for a workspace export: "My class.ccc.json". */
export function workspaceFileName(name: string): string {
  const safe = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${safe || 'workspace'}${WORKSPACE_FILE_EXTENSION}`;
}

export type WorkspaceFileErrorKey =
  | 'file.empty'
  | 'file.tooLarge'
  | 'file.unreadable'
  | 'file.invalidJson'
  | 'file.notWorkspace'
  | 'file.wrongApp'
  | 'file.wrongKind'
  | 'file.newerVersion'
  | 'file.missingField'
  | 'file.badField'
  | 'file.migrationFailed';

export interface WorkspaceFileError {
  /** Message key in i18n (common.ts); translate with `params`. */
  key: WorkspaceFileErrorKey;
  /** English one-line message. */
  message: string;
  /** 1-based position of a JSON syntax error, else null. */
  line: number | null;
  column: number | null;
  fileName: string;
  /** `reason` may be a nested message reference (a validation problem, a JSON syntax error). */
  params: MessageParams;
}

export type ParsedWorkspaceFile<W extends WorkspaceData = WorkspaceData> =
  | {
      ok: true;
      fileName: string;
      version: number;
      savedAt: string;
      /** File version when it was migrated on import, else null. */
      migratedFrom: number | null;
      workspace: W;
      dataset: DatasetRecord | null;
      snapshots: SnapshotData[] | null;
      progress: Record<string, unknown> | null;
    }
  | { ok: false; error: WorkspaceFileError };

export interface ParseOptions {
  /** Extra check of the workspace data (the app's full shape). */
  validateWorkspace?: Validator;
  migrations?: readonly Migration[];
}

function failure(
  fileName: string,
  key: WorkspaceFileErrorKey,
  params: MessageParams = {},
  line: number | null = null,
  column: number | null = null,
): { ok: false; error: WorkspaceFileError } {
  const all = { file: fileName, ...params };
  return { ok: false, error: { key, message: translate('en', key, all), line, column, fileName, params: all } };
}

/** Parse and check a workspace file (its text, or `readJsonFile(file, 'workspace')`). Never throws. */
export function parseWorkspaceFile<W extends WorkspaceData = WorkspaceData>(
  input: string | JsonRead,
  fileName: string,
  options: ParseOptions = {},
): ParsedWorkspaceFile<W> {
  const read = readJsonInput(input);
  if (!read.ok) {
    if (read.problem === 'empty') return failure(fileName, 'file.empty');
    if (read.problem === 'tooLarge') return failure(fileName, 'file.tooLarge', read.params);
    if (read.problem === 'unreadable') return failure(fileName, 'file.unreadable', read.params);
    return failure(fileName, 'file.invalidJson', read.params, read.line, read.column);
  }
  const json = read.json;

  if (!isPlainObject(json) || !('app' in json)) return failure(fileName, 'file.notWorkspace');
  if (json.app !== APP_ID) return failure(fileName, 'file.wrongApp', { app: String(json.app) });
  if (!('kind' in json)) return failure(fileName, 'file.missingField', { field: 'kind' });
  if (json.kind !== WORKSPACE_FILE_KIND) return failure(fileName, 'file.wrongKind', { kind: String(json.kind) });
  if (!('version' in json)) return failure(fileName, 'file.missingField', { field: 'version' });
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return failure(fileName, 'file.badField', { field: 'version', reason: 'not a positive whole number' });
  if (version > CURRENT_VERSION) return failure(fileName, 'file.newerVersion', { version, current: CURRENT_VERSION });
  const savedAt = typeof json.savedAt === 'string' ? json.savedAt : '';
  if (!('data' in json)) return failure(fileName, 'file.missingField', { field: 'data' });
  const data = json.data;
  if (!isPlainObject(data)) return failure(fileName, 'file.badField', { field: 'data', reason: { key: 'valid.object', params: { field: 'data' } } });
  if (!('workspace' in data) || data.workspace == null)
    return failure(fileName, 'file.missingField', { field: 'data.workspace' });

  let decoded: Record<string, unknown>;
  try {
    decoded = fromJsonSafe(data, '$.data') as Record<string, unknown>;
  } catch (e) {
    if (e instanceof DecodeError) return failure(fileName, 'file.badField', { field: e.path, reason: e.message });
    throw e;
  }

  const migrations = options.migrations ?? MIGRATIONS;
  let workspace: unknown = decoded.workspace;
  let dataset: unknown = decoded.dataset ?? null;
  let snapshots: unknown = decoded.snapshots ?? null;
  let progress: unknown = decoded.progress ?? null;
  if (version < CURRENT_VERSION) {
    try {
      workspace = migrate('workspace', workspace, version, migrations);
      if (dataset !== null) dataset = migrate('dataset', dataset, version, migrations);
      if (snapshots !== null) snapshots = migrate('snapshot', snapshots, version, migrations);
      if (progress !== null) progress = migrate('progress', progress, version, migrations);
    } catch (e) {
      return failure(fileName, 'file.migrationFailed', { reason: e instanceof Error ? e.message : String(e) });
    }
  }

  const checks: [string, unknown, Validator | undefined][] = [
    ['data.workspace', workspace, validateWorkspace],
    ['data.workspace', workspace, options.validateWorkspace],
    ['data.dataset', dataset, dataset === null ? undefined : validateDatasetRecord],
    ['data.snapshots', snapshots, snapshots === null ? undefined : validateSnapshots],
    ['data.progress', progress, progress === null ? undefined : validateProgress],
  ];
  for (const [field, value, check] of checks) {
    const problem = check?.(value);
    if (problem) return failure(fileName, 'file.badField', { field, reason: problem });
  }

  return {
    ok: true,
    fileName,
    version,
    savedAt,
    migratedFrom: version < CURRENT_VERSION ? version : null,
    workspace: workspace as W,
    dataset: dataset as DatasetRecord | null,
    snapshots: snapshots as SnapshotData[] | null,
    progress: progress as Record<string, unknown> | null,
  };
}
