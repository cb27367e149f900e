/**
 * The debounced write queue: coalesces rapid saves of a key into one write, bounded by a
 * maximum wait so a key saved continuously is still written, and tracks writes in flight so
 * `flush` and `remove` can wait for them.
 */
import type { RecordKind } from './envelope';
import type { SaveResult } from './records';

export type WriteRecord = (key: string, kind: RecordKind, data: unknown) => Promise<SaveResult>;

interface Pending {
  kind: RecordKind;
  data: unknown;
  firstAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  waiters: ((r: SaveResult) => void)[];
}

export class WriteQueue {
  private pending = new Map<string, Pending>();
  private inflight = new Set<Promise<unknown>>();

  constructor(
    private readonly write: WriteRecord,
    private readonly debounceMs: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Later saves of a key replace its pending data; every caller's promise gets the one write's result. */
  schedule(key: string, kind: RecordKind, data: unknown): Promise<SaveResult> {
    const now = Date.now();
    let p = this.pending.get(key);
    if (p) {
      clearTimeout(p.timer);
      p.kind = kind;
      p.data = data;
    } else {
      p = { kind, data, firstAt: now, timer: undefined, waiters: [] };
      this.pending.set(key, p);
    }
    const wait = Math.max(0, Math.min(this.debounceMs, p.firstAt + this.maxWaitMs - now));
    p.timer = setTimeout(() => void this.writePending(key), wait);
    const entry = p;
    return new Promise((resolve) => entry.waiters.push(resolve));
  }

  /** The pending save is superseded, so its waiters get this write's result. */
  async writeNow(key: string, kind: RecordKind, data: unknown): Promise<SaveResult> {
    const p = this.pending.get(key);
    if (p) {
      clearTimeout(p.timer);
      this.pending.delete(key);
    }
    const result = await this.track(this.write(key, kind, data));
    for (const w of p?.waiters ?? []) w(result);
    return result;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inflight.add(promise);
    void promise.finally(() => this.inflight.delete(promise));
    return promise;
  }

  private async writePending(key: string): Promise<void> {
    const p = this.pending.get(key);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(key);
    const result = await this.track(this.write(key, p.kind, p.data));
    for (const w of p.waiters) w(result);
  }

  /** A read must see the latest save of its key, even one still waiting out the debounce. */
  async flushKey(key: string): Promise<void> {
    if (this.pending.has(key)) await this.writePending(key);
  }

  get busy(): boolean {
    return this.pending.size > 0 || this.inflight.size > 0;
  }

  /** Loops because a write finishing may let callers queue further saves meanwhile. */
  async flush(): Promise<void> {
    while (this.pending.size > 0 || this.inflight.size > 0) {
      await Promise.all([...this.pending.keys()].map((k) => this.writePending(k)));
      await Promise.all([...this.inflight]);
    }
  }

  /** Drops a pending save without writing it; its promises resolve as not saved. */
  cancel(key: string): void {
    const p = this.pending.get(key);
    if (p) {
      clearTimeout(p.timer);
      this.pending.delete(key);
      for (const w of p.waiters) w({ ok: false, key, notice: { key: 'storage.saveCancelled', params: { key } } });
    }
  }

  /** Resolves once the writes in flight now have finished. */
  settled(): Promise<unknown[]> {
    return Promise.all([...this.inflight]);
  }
}
