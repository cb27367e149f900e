/**
 * Small pure helpers shared by the persistence modules: copying, error text and content
 * fingerprints.
 */
import { typedArrayName } from './typed';

/** Structured clone where available (memory-held values must not alias the caller's objects). */
export function clone<T>(v: T): T {
  return typeof structuredClone === 'function' ? structuredClone(v) : v;
}

/** A one-line description of a thrown value (DOMExceptions keep their name, e.g. QuotaExceededError). */
export function errorText(e: unknown): string {
  if (e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)) {
    const { name, message } = e as { name?: string; message?: string };
    return name && name !== 'Error' ? `${name}: ${message}` : String(message);
  }
  return String(e);
}

/**
 * A plain deep copy: turns reactive proxies (e.g. Svelte $state) into ordinary objects so
 * they can be structured-cloned; typed arrays, dates, maps, sets and buffers are kept as is.
 */
export function plainCopy(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (
    typedArrayName(value) ||
    value instanceof ArrayBuffer ||
    value instanceof DataView ||
    value instanceof Date ||
    value instanceof Map ||
    value instanceof Set ||
    value instanceof RegExp ||
    (typeof Blob !== 'undefined' && value instanceof Blob)
  )
    return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(plainCopy(v, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = plainCopy(v, seen);
  return out;
}

/** A cheap content fingerprint (FNV-1a over a canonical walk), used to avoid duplicate quarantine copies. */
export function fingerprint(value: unknown): string {
  let h = 0x811c9dc5;
  let n = 0;
  const byte = (b: number) => {
    h ^= b & 0xff;
    h = Math.imul(h, 0x01000193);
    n++;
  };
  const str = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      byte(c);
      byte(c >>> 8);
    }
    byte(0);
  };
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') {
      str(`${typeof v}:${String(v)}`);
      return;
    }
    if (seen.has(v)) {
      str('<cycle>');
      return;
    }
    seen.add(v);
    const t = typedArrayName(v);
    if (t) {
      const view = v as ArrayBufferView;
      str(`${t}:${view.byteLength}`);
      const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
      for (let i = 0; i < bytes.length; i++) byte(bytes[i]);
      return;
    }
    if (Array.isArray(v)) {
      str(`[${v.length}`);
      v.forEach(walk);
      return;
    }
    const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    str(`{${entries.length}`);
    for (const [k, x] of entries) {
      str(k);
      walk(x);
    }
  };
  walk(value);
  return `${(h >>> 0).toString(16).padStart(8, '0')}-${n.toString(36)}`;
}
