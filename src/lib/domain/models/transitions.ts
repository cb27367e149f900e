/**
 * Who moved from which class to which between two labellings (two analysis dates, or two
 * threshold sets). Customers are matched by their dataset index; a customer present on one
 * side only is counted in the extra "absent" row or column (index = class count).
 */
export interface Labelling {
  /** Dataset customer index per labelled customer. */
  index: ArrayLike<number>;
  labels: ArrayLike<number>;
}

export interface TransitionMatrix {
  classes: number;
  /** (classes + 1) x (classes + 1), row = from, column = to; last row/column = absent. */
  counts: number[][];
  moved: number;
  stayed: number;
  /** Per dataset customer: class on each side, or `classes` (absent). */
  fromOf: Uint16Array;
  toOf: Uint16Array;
}

export function transitionMatrix(from: Labelling, to: Labelling, classes: number, customerCount: number): TransitionMatrix {
  const absent = classes;
  const fromLabel = new Uint16Array(customerCount).fill(absent);
  const toLabel = new Uint16Array(customerCount).fill(absent);
  for (let i = 0; i < from.index.length; i++) fromLabel[from.index[i]] = from.labels[i];
  for (let i = 0; i < to.index.length; i++) toLabel[to.index[i]] = to.labels[i];
  const counts = Array.from({ length: classes + 1 }, () => new Array<number>(classes + 1).fill(0));
  let moved = 0;
  let stayed = 0;
  for (let c = 0; c < customerCount; c++) {
    const a = fromLabel[c];
    const b = toLabel[c];
    if (a === absent && b === absent) continue;
    counts[a][b]++;
    if (a === b) stayed++;
    else moved++;
  }
  return { classes, counts, moved, stayed, fromOf: fromLabel, toOf: toLabel };
}

/** Dataset indices of the customers that went from class `a` to class `b`. */
export function movers(from: Labelling, to: Labelling, a: number, b: number, customerCount: number): number[] {
  const fromLabel = new Int16Array(customerCount).fill(-1);
  for (let i = 0; i < from.index.length; i++) fromLabel[from.index[i]] = from.labels[i];
  const out: number[] = [];
  for (let i = 0; i < to.index.length; i++) {
    const c = to.index[i];
    if (fromLabel[c] === a && to.labels[i] === b) out.push(c);
  }
  return out;
}
