/**
 * How the Customers table is sorted, shared by the table and the CSV export so the file
 * comes out in the order on screen. The order is an index array sorted once per sort change.
 */
import type { Workspace } from '../../state/workspace.svelte';
import { idColumn, sortedPositions, type SortColumn, type SortDirection, type SortKey } from './tableModel';

export class CustomerSort {
  key = $state<SortKey>('id');
  direction = $state<SortDirection>('ascending');

  constructor(private readonly ws: Workspace) {}

  /** Customer name per metrics position, or null when the data has none. */
  names = $derived.by(() => {
    const all = this.ws.dataset?.customerNames;
    if (!all) return null;
    const m = this.ws.metrics;
    const out: string[] = new Array(m.n);
    for (let i = 0; i < m.n; i++) out[i] = all[m.index[i]] ?? '';
    return out;
  });

  #ids = $derived.by(() => idColumn(this.ws.metrics.ids));

  #column(key: SortKey): SortColumn {
    const w = this.ws;
    switch (key) {
      case 'id':
        return this.#ids;
      case 'name':
        return { kind: 'text', values: this.names ?? w.metrics.ids };
      case 'recency':
      case 'frequency':
      case 'monetary':
        return { kind: 'number', values: w.metrics[key] };
      case 'R':
      case 'F':
      case 'M':
        return { kind: 'number', values: w.scores[key].scores };
      case 'eight':
        return { kind: 'number', values: w.eight.labels };
      case 'segment':
        return { kind: 'number', values: w.segments.labels };
      case 'tier':
        return { kind: 'number', values: w.pyramid.labels };
      case 'lifecycle':
        return { kind: 'number', values: w.lifecycle.labels };
    }
  }

  /** Metrics positions in table order. */
  order = $derived.by(() => sortedPositions(this.ws.metrics.n, this.#column(this.key), this.direction));

  sortBy(key: SortKey) {
    if (this.key === key) this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    else {
      this.key = key;
      // Big values first for money and counts; recency and labels read best ascending.
      this.direction = key === 'frequency' || key === 'monetary' || key === 'F' || key === 'M' || key === 'R' ? 'descending' : 'ascending';
    }
  }
}
