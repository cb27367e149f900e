/**
 * Revision numbers: every record carries `rev`, one more than the record it replaced. A
 * store remembers the revision it last read or wrote of each key, and refuses to write over
 * a record that changed (or was deleted) since: that change came from another tab, and
 * writing would silently undo it.
 */
import { isPlainObject } from './validate';

/** Why a write was refused: another tab changed the record, or deleted it. */
export type Conflict = 'changed' | 'deleted';

/** The revision of a stored value: null when absent, 0 for a record from before revisions. */
export function storedRevision(raw: unknown): number | null {
  if (raw === undefined) return null;
  if (isPlainObject(raw) && typeof raw.rev === 'number' && Number.isInteger(raw.rev) && raw.rev >= 0) return raw.rev;
  return 0;
}

export class Revisions {
  /** Per key: the revision this store last saw; null = saw it absent. Unknown keys are not here. */
  private readonly known = new Map<string, number | null>();

  seen(key: string, rev: number | null): void {
    this.known.set(key, rev);
  }

  get(key: string): number | null | undefined {
    return this.known.get(key);
  }

  /**
   * Whether writing over `stored` would undo another tab's change. A key this store never
   * read is written over (it cannot judge, and new records have no history).
   */
  conflict(key: string, stored: number | null): Conflict | null {
    if (!this.known.has(key)) return null;
    const mine = this.known.get(key) ?? null;
    if (stored === null) return mine === null ? null : 'deleted';
    if (mine === null || stored > mine) return 'changed';
    return null;
  }

  /** True when a revision another tab announced is newer than what this store holds. */
  isNewer(key: string, rev: number | null): boolean {
    if (!this.known.has(key)) return false;
    const mine = this.known.get(key) ?? null;
    if (rev === null) return mine !== null;
    return mine === null || rev > mine;
  }
}
