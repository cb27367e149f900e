/**
 * What a stored record must look like to be used: envelope, kind, version (migrating older
 * ones) and data validity, plus the result types of loading and saving records.
 */
import { CURRENT_VERSION, envelopeProblem, migrate, type Envelope, type Migration, type RecordKind } from './envelope';
import { errorText } from './helpers';
import type { Notice } from './status';
import { VALIDATORS, type Problem, type Validator } from './validate';

export type LoadResult<T> =
  | { status: 'missing'; key: string }
  | {
      status: 'ok';
      key: string;
      data: T;
      version: number;
      savedAt: string;
      /** Written by a newer app version: data is as stored (not validated), saves are refused. */
      readOnly: boolean;
      /** The stored version when the data was migrated on load, else null. */
      migratedFrom: number | null;
      notice: Notice | null;
    }
  | { status: 'quarantined'; key: string; quarantineKey: string; reason: string; notice: Notice };

/** `conflict`: refused because another tab changed or deleted the record since it was read here. */
export type SaveResult =
  | { ok: true; key: string; persisted: boolean }
  | { ok: false; key: string; notice: Notice; conflict?: 'changed' | 'deleted' };

export type LoadedRecord<T> = Extract<LoadResult<T>, { status: 'ok' }>;

/** Returns why `data` is not a valid `kind`, or null. */
export type RecordValidator = (kind: RecordKind, data: unknown) => Problem | null;

/** The built-in structural check of each kind comes first, so extra validators see well-formed data. */
export function recordValidator(extra: Partial<Record<RecordKind, Validator>>): RecordValidator {
  return (kind, data) => VALIDATORS[kind](data) ?? extra[kind]?.(data) ?? null;
}

/**
 * The usable record in a stored value, or the reason it must be set aside. Records from a
 * newer version come back read-only when they still pass this build's checks (a newer build
 * may add fields; nothing here can use what it cannot check, or a view would throw after
 * every reload). A newer dataset is always refused: its columns may mean something this
 * build does not know, and numbers silently misread are worse than no data.
 */
export function readRecord<T>(
  key: string,
  kind: RecordKind,
  raw: unknown,
  validate: RecordValidator,
  migrations: readonly Migration[],
): LoadedRecord<T> | Problem {
  const problem = envelopeProblem(raw);
  if (problem) return problem;
  const env = raw as Envelope;
  if (env.kind !== kind) return { key: 'store.wrongKind', params: { kind: env.kind, expected: kind } };
  if (env.version > CURRENT_VERSION) {
    if (kind === 'dataset') return { key: 'store.newerDataset', params: { version: env.version, current: CURRENT_VERSION } };
    const invalid = validate(kind, env.data);
    if (invalid) return { key: 'storage.newerUnreadable', params: { version: env.version, reason: invalid } };
    return {
      status: 'ok',
      key,
      data: env.data as T,
      version: env.version,
      savedAt: env.savedAt,
      readOnly: true,
      migratedFrom: null,
      notice: { key: 'storage.newerVersion', params: { key, version: env.version, current: CURRENT_VERSION } },
    };
  }
  let data = env.data;
  let migratedFrom: number | null = null;
  if (env.version < CURRENT_VERSION) {
    try {
      data = migrate(kind, data, env.version, migrations);
      migratedFrom = env.version;
    } catch (e) {
      return { key: 'store.migrationFailed', params: { version: env.version, reason: errorText(e) } };
    }
  }
  const invalid = validate(kind, data);
  if (invalid) return invalid;
  return {
    status: 'ok',
    key,
    data: data as T,
    version: env.version,
    savedAt: env.savedAt,
    readOnly: false,
    migratedFrom,
    notice:
      migratedFrom === null ? null : { key: 'notice.migrated', params: { from: migratedFrom, to: CURRENT_VERSION } },
  };
}
