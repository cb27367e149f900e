/**
 * mulberry32: a seeded stream of uniform numbers in [0, 1), integer arithmetic only, so the same
 * seed gives the same numbers on every JavaScript engine. The sample generator and the exercise
 * variants both draw from it; neither needs more than a 2^32 period.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
