/**
 * Setting bad records aside: a copy of the stored value under `quarantine:<key>:<time>`, so a
 * record that fails to load is never silently dropped and can still be downloaded.
 */
import type { FallbackStorage } from './fallback';
import { fingerprint } from './helpers';
import type { LoadResult } from './records';
import { isPlainObject, problemText, type Problem } from './validate';

export const QUARANTINE_PREFIX = 'quarantine:';

export interface QuarantineRecord {
  originalKey: string;
  /** In English, for logs and files; `problem` is the same as a message reference to translate. */
  reason: string;
  problem?: Problem;
  quarantinedAt: string;
  fingerprint: string;
  value: unknown;
}

export interface QuarantineEntry {
  key: string;
  originalKey: string;
  reason: string;
  problem: Problem;
  quarantinedAt: string;
}

function isProblem(v: unknown): v is Problem {
  return typeof v === 'string' || (isPlainObject(v) && typeof v.key === 'string');
}

export class Quarantine {
  constructor(
    private readonly storage: FallbackStorage,
    private readonly now: () => Date,
  ) {}

  /**
   * Loading the same bad value again reuses its copy (by fingerprint) instead of piling up new
   * ones. The copy keeps the reason in English; the notice carries it to be translated.
   */
  async setAside<T>(key: string, raw: unknown, problem: Problem): Promise<LoadResult<T>> {
    const reason = problemText(problem);
    const fp = fingerprint(raw);
    const prefix = `${QUARANTINE_PREFIX}${key}:`;
    let quarantineKey: string | null = null;
    for (const k of await this.storage.keys(prefix)) {
      const existing = await this.storage.get(k);
      if (isPlainObject(existing) && existing.fingerprint === fp) {
        quarantineKey = k;
        break;
      }
    }
    if (!quarantineKey) {
      const at = this.now().toISOString();
      quarantineKey = `${prefix}${at}`;
      const taken = new Set(await this.storage.keys(prefix));
      for (let i = 2; taken.has(quarantineKey); i++) quarantineKey = `${prefix}${at}-${i}`;
      const record: QuarantineRecord = { originalKey: key, reason, problem, quarantinedAt: at, fingerprint: fp, value: raw };
      try {
        await this.storage.set(quarantineKey, record);
      } catch (e) {
        console.error('[persist] could not copy a bad record aside', key, e);
      }
    }
    console.warn(`[persist] record "${key}" set aside as "${quarantineKey}": ${reason}`);
    return {
      status: 'quarantined',
      key,
      quarantineKey,
      reason,
      notice: { key: 'storage.quarantined', params: { key, copy: quarantineKey, reason: problem } },
    };
  }

  /** Records set aside by `load`, newest first. */
  async list(): Promise<QuarantineEntry[]> {
    const out: QuarantineEntry[] = [];
    for (const k of await this.storage.keys(QUARANTINE_PREFIX)) {
      const r = await this.storage.get(k);
      if (!isPlainObject(r)) continue;
      out.push({
        key: k,
        originalKey: String(r.originalKey),
        reason: String(r.reason),
        problem: isProblem(r.problem) ? r.problem : String(r.reason),
        quarantinedAt: String(r.quarantinedAt),
      });
    }
    return out.sort((a, b) => (a.quarantinedAt < b.quarantinedAt ? 1 : -1));
  }

  /** The full quarantine record (with the original value), e.g. to offer it as a download. */
  async get(key: string): Promise<QuarantineRecord | null> {
    if (!key.startsWith(QUARANTINE_PREFIX)) return null;
    const r = await this.storage.get(key);
    return isPlainObject(r) ? (r as unknown as QuarantineRecord) : null;
  }

  /** Drop a set-aside copy (the user chose to, after downloading or restoring it). */
  async discard(key: string): Promise<void> {
    if (key.startsWith(QUARANTINE_PREFIX)) await this.storage.del(key);
  }
}
