/**
 * Defaults stripped: a value is written as its difference from a default, so a link carries
 * only what the trainer changed. Arrays are atomic; an object missing a key of its default
 * is written whole under `$` (replace, do not merge), so restoring is exact.
 */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** JSON's view of a value: drops undefined fields, so "absent" and "undefined" compare equal. */
export function normalize<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

const SAME = Symbol('same');

function diffInner(value: unknown, base: unknown): unknown {
  if (deepEqual(value, base)) return SAME;
  if (isPlainObject(value) && isPlainObject(base) && Object.keys(base).every((k) => k in value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const d = diffInner(value[k], base[k]);
      if (d !== SAME) out[k] = d;
    }
    return out;
  }
  if (isPlainObject(value)) return { $: value };
  return value;
}

/** What of `value` differs from `base`; undefined when nothing does. */
export function diffFrom(value: unknown, base: unknown): Json | undefined {
  const d = diffInner(normalize(value), normalize(base));
  return d === SAME ? undefined : (d as Json);
}

/** Inverse of diffFrom: `base` with the difference applied (a fresh value; inputs untouched). */
export function applyDiff(diff: unknown, base: unknown): unknown {
  if (diff === undefined) return structuredClone(base);
  if (isPlainObject(diff) && Object.keys(diff).length === 1 && '$' in diff) return structuredClone(diff.$);
  if (isPlainObject(diff) && isPlainObject(base)) {
    const out = structuredClone(base) as Record<string, unknown>;
    for (const k of Object.keys(diff)) out[k] = applyDiff(diff[k], base[k]);
    return out;
  }
  return structuredClone(diff);
}
