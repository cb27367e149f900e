/**
 * Raw key-value access over the persistent backend, falling back to memory while it is
 * unavailable or full, so the app keeps working and nothing is lost until `retry`.
 */
import { isDataCloneError, isQuotaError, type KeyValueBackend } from './backend';
import { clone } from './helpers';
import type { StatusTracker, StorageStatus } from './status';

/** A tombstone (`deleted`) hides a persisted record whose delete could not be written yet. */
type MemoryEntry = { value: unknown } | { deleted: true };

export class FallbackStorage {
  private memory = new Map<string, MemoryEntry>();
  private readyPromise: Promise<void> | null = null;

  constructor(
    private readonly primary: KeyValueBackend | null,
    private readonly status: StatusTracker,
  ) {}

  /** Opens the backend once (first use); resolves to the resulting status. */
  ready(): Promise<StorageStatus> {
    if (!this.readyPromise) {
      this.readyPromise = (async () => {
        if (!this.primary) {
          this.status.set('unavailable', 'no persistent storage');
          return;
        }
        try {
          await this.primary.keys();
        } catch (e) {
          this.status.set('unavailable', e);
        }
      })();
    }
    return this.readyPromise.then(() => this.status.status);
  }

  /**
   * Try the persistent backend again (after 'full' or 'unavailable'): writes what is held in
   * memory back to it. Status returns to 'ok' when everything could be written.
   */
  async retry(): Promise<StorageStatus> {
    await this.ready();
    if (this.status.status === 'ok' || !this.primary) return this.status.status;
    try {
      await this.primary.keys();
    } catch (e) {
      this.status.set('unavailable', e);
      return this.status.status;
    }
    const entries = [...this.memory.entries()].sort(([, a], [, b]) => Number('value' in a) - Number('value' in b));
    try {
      for (const [key, entry] of entries) {
        if ('value' in entry) await this.primary.set(key, entry.value);
        else await this.primary.del(key);
        this.memory.delete(key);
      }
    } catch (e) {
      this.status.set(isQuotaError(e) ? 'full' : 'unavailable', e);
      return this.status.status;
    }
    this.status.recovered();
    return this.status.status;
  }

  async get(key: string): Promise<unknown> {
    await this.ready();
    const m = this.memory.get(key);
    if (m) return 'value' in m ? clone(m.value) : undefined;
    if (this.primary && this.status.status !== 'unavailable') {
      try {
        return await this.primary.get(key);
      } catch (e) {
        this.status.fail(e);
      }
    }
    return undefined;
  }

  /** Returns true when written to the persistent backend, false when kept in memory only. */
  async set(key: string, value: unknown): Promise<boolean> {
    await this.ready();
    if (this.primary && this.status.status === 'ok') {
      try {
        await this.primary.set(key, value);
        this.memory.delete(key);
        return true;
      } catch (e) {
        // Not a storage problem (memory could not hold it either): the save itself fails.
        if (isDataCloneError(e)) throw e;
        this.status.fail(e);
      }
    }
    this.memory.set(key, { value: clone(value) });
    return false;
  }

  async del(key: string): Promise<void> {
    await this.ready();
    if (this.primary && this.status.status !== 'unavailable') {
      try {
        await this.primary.del(key);
        this.memory.delete(key);
        return;
      } catch (e) {
        this.status.fail(e);
      }
    }
    if (this.primary && this.status.status === 'full') this.memory.set(key, { deleted: true });
    else this.memory.delete(key);
  }

  /** All keys (persistent and memory-held), optionally only those starting with `prefix`. */
  async keys(prefix = ''): Promise<string[]> {
    await this.ready();
    const out = new Set<string>();
    if (this.primary && this.status.status !== 'unavailable') {
      try {
        for (const k of await this.primary.keys()) out.add(k);
      } catch (e) {
        this.status.fail(e);
      }
    }
    for (const [k, entry] of this.memory) {
      if ('value' in entry) out.add(k);
      else out.delete(k);
    }
    return [...out].filter((k) => k.startsWith(prefix)).sort();
  }
}
