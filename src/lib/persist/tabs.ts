/**
 * Other tabs of the same app share the one IndexedDB. Two things keep them from overwriting
 * each other: every write says so on a BroadcastChannel (key and new revision, or null when
 * deleted), and every read-check-write of a key runs under a Web Lock of that key, so two
 * tabs never both find "revision 3" and both write "revision 4".
 */

/** What a tab tells the others after it wrote (`rev`) or deleted (`rev: null`) a record. */
export interface TabMessage {
  key: string;
  rev: number | null;
  /** The sending store, so a store can ignore its own echo. */
  from: string;
}

export interface TabChannel {
  post(message: TabMessage): void;
  /** Returns the unsubscribe function. */
  listen(fn: (message: TabMessage) => void): () => void;
  close(): void;
}

export const CHANNEL_NAME = 'ccc-persist';

function isTabMessage(v: unknown): v is TabMessage {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return typeof m.key === 'string' && typeof m.from === 'string' && (m.rev === null || (typeof m.rev === 'number' && Number.isInteger(m.rev)));
}

/** A BroadcastChannel, or null where there is none (old browsers: tabs then find conflicts only when they write). */
export function broadcastTabs(name = CHANNEL_NAME): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (m) => {
      try {
        channel.postMessage(m);
      } catch (e) {
        console.warn('[persist] could not tell other tabs', e);
      }
    },
    listen(fn) {
      // Anything on the channel is checked: another app on the origin could post to it.
      const handler = (e: MessageEvent) => isTabMessage(e.data) && fn(e.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}

/** Runs `fn` holding the named lock (exclusive across the tabs of the origin). */
export type LockRunner = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/** Web Locks where the browser has them; else `fn` at once (one tab per browser then is the safe use). */
export function webLocks(): LockRunner {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (!locks) return (_name, fn) => fn();
  return <T>(name: string, fn: () => Promise<T>) => locks.request(name, () => fn()) as Promise<T>;
}

/** One lock per key (an in-process queue): what tests use in place of Web Locks. */
export function memoryLocks(): LockRunner {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, fn: () => Promise<T>) => {
    const run = (tails.get(name) ?? Promise.resolve()).then(fn, fn);
    tails.set(name, run.catch(() => {}));
    return run;
  };
}

/** An in-process channel hub: channels from one hub reach each other, like tabs of one browser. */
export function memoryTabs(): () => TabChannel {
  const members = new Set<(m: TabMessage) => void>();
  return () => {
    const mine = new Set<(m: TabMessage) => void>();
    return {
      // Delivered asynchronously, as a BroadcastChannel does, and never to the sender.
      post: (m) => {
        const copy = structuredClone(m);
        for (const fn of [...members]) if (!mine.has(fn)) queueMicrotask(() => fn(copy));
      },
      listen(fn) {
        mine.add(fn);
        members.add(fn);
        return () => {
          mine.delete(fn);
          members.delete(fn);
        };
      },
      close() {
        for (const fn of mine) members.delete(fn);
        mine.clear();
      },
    };
  };
}
