/**
 * The versioned envelope around every stored record, and the migrations between versions.
 * Bump CURRENT_VERSION and append a migration whenever a stored shape changes.
 */

export const APP_ID = 'ccc';

export type RecordKind = 'workspace' | 'dataset' | 'settings' | 'snapshot' | 'progress';
export const RECORD_KINDS: readonly RecordKind[] = ['workspace', 'dataset', 'settings', 'snapshot', 'progress'];

export interface Envelope<T = unknown> {
  app: typeof APP_ID;
  kind: RecordKind;
  version: number;
  /** ISO 8601 time of the write. */
  savedAt: string;
  /**
   * Revision: one more than the record this one replaced (absent in records from before
   * revisions, read as 0). A tab never writes over a revision newer than the one it read.
   */
  rev?: number;
  data: T;
}

/** Version written by this build. Records with a higher version are opened read-only. */
export const CURRENT_VERSION = 2;

export interface Migration {
  /** Migrates records of version `from` to `from + 1`. */
  from: number;
  description: string;
  /** Returns the new data (must not mutate its input); throws when the data cannot be migrated. */
  migrate(kind: RecordKind, data: unknown): unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

/**
 * Ordered: MIGRATIONS[i] takes version i + 1 to i + 2.
 *
 * v1 -> v2: the workspace's display name was stored as `title`; it is now `name`. The
 * settings' `activeWorkspace` became `activeWorkspaceId`.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    description: 'workspace.title -> workspace.name; settings.activeWorkspace -> settings.activeWorkspaceId',
    migrate(kind, data) {
      if (kind === 'workspace' && isPlainObject(data) && !('name' in data) && 'title' in data) {
        const { title, ...rest } = data;
        return { ...rest, name: title };
      }
      if (kind === 'settings' && isPlainObject(data) && !('activeWorkspaceId' in data) && 'activeWorkspace' in data) {
        const { activeWorkspace, ...rest } = data;
        return { ...rest, activeWorkspaceId: activeWorkspace };
      }
      return data;
    },
  },
];

/** Run the migrations from `fromVersion` up to CURRENT_VERSION. Throws on a gap or a failing step. */
export function migrate(
  kind: RecordKind,
  data: unknown,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  toVersion: number = CURRENT_VERSION,
): unknown {
  let out = data;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from version ${v}`);
    out = step.migrate(kind, out);
  }
  return out;
}

export function makeEnvelope<T>(kind: RecordKind, data: T, savedAt: Date = new Date(), rev?: number): Envelope<T> {
  const env: Envelope<T> = { app: APP_ID, kind, version: CURRENT_VERSION, savedAt: savedAt.toISOString(), data };
  if (rev !== undefined) env.rev = rev;
  return env;
}

/** Why a value is not a well-formed envelope, or null when it is one (data not checked). */
export function envelopeProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return 'not an object';
  if (value.app !== APP_ID) return `app is ${JSON.stringify(value.app)}, expected "${APP_ID}"`;
  if (typeof value.kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(value.kind))
    return `unknown kind ${JSON.stringify(value.kind)}`;
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1)
    return `bad version ${JSON.stringify(value.version)}`;
  if (typeof value.savedAt !== 'string') return 'savedAt missing';
  if (!('data' in value)) return 'data missing';
  return null;
}
