/** Matrix cells by class key <-> by index in a comparison. */
import type { Comparison } from '../../domain/models/compare';
import { ABSENT_KEY } from '../../state/movement.svelte';

export const keyOf = (c: Comparison, i: number): string => (i >= c.absent ? ABSENT_KEY : c.classes[i].key);

export function indexOf(c: Comparison, key: string | null): number | null {
  if (key === null) return null;
  if (key === ABSENT_KEY) return c.absent;
  const i = c.classes.findIndex((k) => k.key === key);
  return i >= 0 ? i : null;
}

/** 0 .. absent: every class, then the absent row/column. */
export const allIndices = (c: Comparison): number[] => Array.from({ length: c.absent + 1 }, (_, i) => i);
