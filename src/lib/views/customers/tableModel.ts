/**
 * Sorting and searching the customer table without touching the DOM: an index array
 * sorted once per sort change, filtered once per query, then sliced into pages. Fast
 * enough for 100,000 customers because only a page of rows is ever rendered.
 */
export type SortKey =
  | 'id' | 'name' | 'recency' | 'frequency' | 'monetary' | 'R' | 'F' | 'M' | 'eight' | 'segment' | 'tier' | 'lifecycle';
export type SortDirection = 'ascending' | 'descending';

/** What can be sorted: a number per position, or a string per position. */
export type SortColumn = { kind: 'number'; values: ArrayLike<number> } | { kind: 'text'; values: readonly string[] };

/** Numeric ids sort as numbers (2 before 10); anything else by text. */
export function idColumn(ids: readonly string[]): SortColumn {
  const numbers = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const v = ids[i].trim() === '' ? NaN : Number(ids[i]);
    if (!Number.isFinite(v)) return { kind: 'text', values: ids };
    numbers[i] = v;
  }
  return { kind: 'number', values: numbers };
}

/** Positions 0..n-1 ordered by the column; ties keep position order (a stable sort). */
export function sortedPositions(n: number, column: SortColumn, direction: SortDirection): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const sign = direction === 'ascending' ? 1 : -1;
  if (column.kind === 'number') {
    const v = column.values;
    order.sort((a, b) => {
      const d = v[a] - v[b];
      // NaN (unknown) always last.
      if (Number.isNaN(d)) return Number.isNaN(v[a]) ? (Number.isNaN(v[b]) ? a - b : 1) : -1;
      return d !== 0 ? sign * d : a - b;
    });
  } else {
    const v = column.values;
    order.sort((a, b) => (v[a] < v[b] ? -sign : v[a] > v[b] ? sign : a - b));
  }
  return order;
}

/** Lower-cased "id name" per position, built once per dataset for the search box. */
export function searchText(ids: readonly string[], names: readonly string[] | null): string[] {
  return ids.map((id, i) => (names && names[i] ? `${id}\u0000${names[i]}` : id).toLowerCase());
}

/** The sorted positions whose id or name contains the query (case-insensitive). */
export function filterPositions(order: Int32Array, haystack: readonly string[], query: string): Int32Array {
  const q = query.trim().toLowerCase();
  if (q === '') return order;
  const out = new Int32Array(order.length);
  let n = 0;
  for (let i = 0; i < order.length; i++) if (haystack[order[i]].includes(q)) out[n++] = order[i];
  return out.slice(0, n);
}

export function pageCount(rows: number, pageSize: number): number {
  return Math.max(1, Math.ceil(rows / pageSize));
}

export function pageSlice(positions: Int32Array, page: number, pageSize: number): Int32Array {
  const start = page * pageSize;
  return positions.subarray(start, Math.min(positions.length, start + pageSize));
}
