/**
 * Layout of the flow diagram, computed by d3-sankey from a transition matrix; Svelte draws
 * the result. Left column: classes on the "from" side; right column: the "to" side. The
 * absent row/column (index `absent`) is a node like the others so new and lost customers
 * are seen.
 */
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';

export interface FlowLayoutInput {
  /** (classes + 1) square matrix, row = from, column = to; the last index is absent. */
  counts: readonly (readonly number[])[];
  /** Leave out the diagonal (customers who stayed) to show the movers only. */
  onlyMovers: boolean;
  width: number;
  height: number;
  /** Room for the labels beside the node columns. */
  marginX: number;
  marginY?: number;
  nodeWidth?: number;
  nodePadding?: number;
  /** Least vertical distance between two labels on one side (about one line of text). */
  labelGap?: number;
}

export interface FlowNode {
  id: string;
  side: 'from' | 'to';
  /** Class index in the comparison (absent = classes.length). */
  cls: number;
  value: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Where to write the label: the node's middle, pushed apart from its neighbours' labels. */
  labelY: number;
}

export interface FlowLink {
  id: string;
  from: number;
  to: number;
  value: number;
  width: number;
  path: string;
}

interface NodeExtra {
  id: string;
  side: 'from' | 'to';
  cls: number;
}
interface LinkExtra {
  id: string;
  from: number;
  to: number;
}

export function flowLayout(input: FlowLayoutInput): { nodes: FlowNode[]; links: FlowLink[] } {
  const { counts, onlyMovers, width, height, marginX } = input;
  const marginY = input.marginY ?? 8;
  const size = counts.length;
  const rawLinks: (LinkExtra & { source: string; target: string; value: number })[] = [];
  const fromUsed = new Set<number>();
  const toUsed = new Set<number>();
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const value = counts[i][j];
      if (!value || (onlyMovers && i === j)) continue;
      fromUsed.add(i);
      toUsed.add(j);
      rawLinks.push({ id: `${i}>${j}`, from: i, to: j, source: `f${i}`, target: `t${j}`, value });
    }
  }
  if (!rawLinks.length) return { nodes: [], links: [] };
  // Class order top to bottom on both sides, so a row of the matrix reads as a column here.
  const rawNodes: NodeExtra[] = [
    ...[...fromUsed].sort((a, b) => a - b).map((cls) => ({ id: `f${cls}`, side: 'from' as const, cls })),
    ...[...toUsed].sort((a, b) => a - b).map((cls) => ({ id: `t${cls}`, side: 'to' as const, cls })),
  ];
  const perSide = Math.max(fromUsed.size, toUsed.size);
  const available = height - 2 * marginY;
  const nodePadding = Math.min(input.nodePadding ?? 10, (available * 0.4) / Math.max(1, perSide - 1));
  const layout = sankey<NodeExtra, LinkExtra>()
    .nodeId((n) => n.id)
    .nodeWidth(input.nodeWidth ?? 14)
    .nodePadding(nodePadding)
    .nodeSort(null)
    .linkSort(null)
    .extent([
      [marginX, marginY],
      [width - marginX, height - marginY],
    ]);
  const graph = layout({ nodes: rawNodes.map((n) => ({ ...n })), links: rawLinks.map((l) => ({ ...l })) });
  const path = sankeyLinkHorizontal<NodeExtra, LinkExtra>();
  const nodes = graph.nodes.map((n: SankeyNode<NodeExtra, LinkExtra>) => ({
    id: n.id,
    side: n.side,
    cls: n.cls,
    value: n.value ?? 0,
    x0: n.x0 ?? 0,
    x1: n.x1 ?? 0,
    y0: n.y0 ?? 0,
    y1: n.y1 ?? 0,
    labelY: ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2,
  }));
  for (const side of ['from', 'to'] as const) spreadLabels(nodes.filter((n) => n.side === side), input.labelGap ?? 15, marginY, height - marginY);
  const links = graph.links.map((l: SankeyLink<NodeExtra, LinkExtra>) => ({
    id: l.id,
    from: l.from,
    to: l.to,
    value: l.value,
    width: l.width ?? 0,
    path: path(l) ?? '',
  }));
  return { nodes, links };
}

/**
 * Small classes get thin nodes whose labels would overlap: push each label down to at least
 * `gap` below the previous one, then back up from the bottom edge. Nodes are in top-to-bottom order.
 */
export function spreadLabels(nodes: { labelY: number }[], gap: number, top: number, bottom: number): void {
  for (let i = 0; i < nodes.length; i++) {
    const min = i === 0 ? top + gap / 2 : nodes[i - 1].labelY + gap;
    if (nodes[i].labelY < min) nodes[i].labelY = min;
  }
  for (let i = nodes.length - 1; i >= 0; i--) {
    const max = i === nodes.length - 1 ? bottom - gap / 2 : nodes[i + 1].labelY - gap;
    if (nodes[i].labelY > max) nodes[i].labelY = max;
  }
}

export interface FlowFrame {
  width: number;
  /** Room beside the node columns: labels sit there (design) or between the columns (phone). */
  marginX: number;
  inside: boolean;
  /** How wide one label may be. */
  labelWidth: number;
}

/**
 * The flow diagram `width` units wide: the 1,000-unit design with the labels outside the
 * node columns, or (narrower, a phone) the columns at the edges and each side's labels
 * between them, each at most half the room between the columns so facing labels never meet.
 */
export function flowFrame(width: number, nodeWidth = 14): FlowFrame {
  if (width >= 1000) return { width, marginX: 270, inside: false, labelWidth: 260 };
  const marginX = 4;
  return { width, marginX, inside: true, labelWidth: (width - 2 * (marginX + nodeWidth) - 3 * 8) / 2 };
}

/** Each node's value before any layout (what flowLayout's nodes will carry): row and column sums of the drawn cells. */
export function nodeValues(counts: readonly (readonly number[])[], onlyMovers: boolean): { from: number[]; to: number[] } {
  const size = counts.length;
  const from = new Array<number>(size).fill(0);
  const to = new Array<number>(size).fill(0);
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++) {
      if (onlyMovers && i === j) continue;
      from[i] += counts[i][j];
      to[j] += counts[i][j];
    }
  return { from, to };
}
