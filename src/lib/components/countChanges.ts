/**
 * What a count announcement says: the classes whose count differs between two snapshots of
 * the same classes, in table order. Empty when nothing changed, or when the classes or the
 * number of customers differ (a new dataset or lens is not a movement between classes).
 */
export interface CountSnapshot {
  keys: string[];
  counts: number[];
  total: number;
}

export interface CountChange {
  index: number;
  from: number;
  to: number;
}

export function countChanges(before: CountSnapshot, after: CountSnapshot): CountChange[] {
  if (before.total !== after.total || before.keys.length !== after.keys.length) return [];
  if (before.keys.some((k, i) => k !== after.keys[i])) return [];
  const out: CountChange[] = [];
  after.counts.forEach((to, index) => {
    const from = before.counts[index];
    if (from !== to) out.push({ index, from, to });
  });
  return out;
}
