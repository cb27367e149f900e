/**
 * The customers drawn as moving marks: a deterministic sample (so the same customers stay on
 * screen while thresholds move) and a fixed pseudo-random offset per customer (so a mark only
 * moves when its class changes). Shared by every view that draws customers as marks.
 */

/** Every k-th customer by metrics index (k = ceil(n / max)), so at most `max` of them. */
export function sampleIndices(n: number, max: number): number[] {
  if (n <= 0 || max <= 0) return [];
  const step = Math.max(1, Math.ceil(n / max));
  const out: number[] = [];
  for (let i = 0; i < n; i += step) out.push(i);
  return out;
}

/**
 * A fixed pseudo-random number in [0, 1) for customer index i; a different salt gives an
 * independent number, one salt per coordinate.
 */
export function jitter(i: number, salt = 0): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
