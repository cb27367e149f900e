/**
 * A small deterministic random source from a text seed (a workspace id, an exercise id and a
 * variant number): neighbours in a workshop get different variants, the same workspace keeps
 * its own across reloads. FNV-1a for the seed, mulberry32 for the stream.
 */
import { mulberry32 } from '../../random';

export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mulberry32(h);
}

/** One of `list`, drawn from `rand`. */
export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.min(list.length - 1, Math.floor(rand() * list.length))];
