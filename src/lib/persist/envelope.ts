/**
 * The versioned envelope around every stored record, and the migrations between versions.
 * Bump CURRENT_VERSION and append a migration whenever a stored shape changes.
 */

import type { MessageRef } from '../i18n/catalog';

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

/** A stored value as text for a message (hostile values stay data, and stay short). */
const shown = (v: unknown): string => (JSON.stringify(v) ?? String(v)).slice(0, 80);

/** Why a value is not a well-formed envelope (a message reference), or null when it is one (data not checked). */
export function envelopeProblem(value: unknown): MessageRef | null {
  if (!isPlainObject(value)) return { key: 'store.envelope.notObject', params: {} };
  if (value.app !== APP_ID) return { key: 'store.envelope.app', params: { app: shown(value.app), expected: APP_ID } };
  if (typeof value.kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(value.kind))
    return { key: 'store.envelope.kind', params: { kind: shown(value.kind) } };
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1)
    return { key: 'store.envelope.version', params: { version: shown(value.version) } };
  if (typeof value.savedAt !== 'string') return { key: 'store.envelope.savedAt', params: {} };
  if ('rev' in value && (typeof value.rev !== 'number' || !Number.isInteger(value.rev) || value.rev < 0))
    return { key: 'store.envelope.rev', params: { rev: shown(value.rev) } };
  if (!('data' in value)) return { key: 'store.envelope.data', params: {} };
  return null;
}
