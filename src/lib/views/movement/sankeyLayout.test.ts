import { describe, expect, it } from 'vitest';
import { flowFrame, flowLayout, nodeValues, spreadLabels } from './sankeyLayout';

// Three classes + absent (index 3).
const counts = [
  [5, 2, 0, 0],
  [0, 3, 1, 0],
  [0, 0, 4, 1],
  [2, 0, 0, 0],
];

describe('flowLayout', () => {
  it('one link per non-empty cell, nodes in class order on each side', () => {
    const { nodes, links } = flowLayout({ counts, onlyMovers: false, width: 600, height: 300, marginX: 100 });
    expect(links.map((l) => l.id)).toEqual(['0>0', '0>1', '1>1', '1>2', '2>2', '2>3', '3>0']);
    expect(nodes.map((n) => n.id)).toEqual(['f0', 'f1', 'f2', 'f3', 't0', 't1', 't2', 't3']);
    const from = nodes.filter((n) => n.side === 'from');
    const to = nodes.filter((n) => n.side === 'to');
    expect(from.every((n) => n.x0 === 100)).toBe(true);
    expect(to.every((n) => n.x1 === 500)).toBe(true);
    for (const side of [from, to]) for (let i = 1; i < side.length; i++) expect(side[i].y0).toBeGreaterThan(side[i - 1].y1);
    expect(nodes.find((n) => n.id === 'f0')!.value).toBe(7);
    expect(links.every((l) => l.path.startsWith('M') && l.width > 0)).toBe(true);
  });

  it('only movers: the diagonal is left out', () => {
    const { nodes, links } = flowLayout({ counts, onlyMovers: true, width: 600, height: 300, marginX: 100 });
    expect(links.map((l) => l.id)).toEqual(['0>1', '1>2', '2>3', '3>0']);
    expect(nodes.map((n) => n.id)).toEqual(['f0', 'f1', 'f2', 'f3', 't0', 't1', 't2', 't3']);
  });

  it('nobody moved: empty layout', () => {
    expect(flowLayout({ counts: [[3, 0], [0, 0]], onlyMovers: true, width: 600, height: 300, marginX: 100 })).toEqual({ nodes: [], links: [] });
  });
});

describe('spreadLabels', () => {
  it('pushes close labels apart and keeps them inside', () => {
    const labels = [{ labelY: 20 }, { labelY: 22 }, { labelY: 24 }, { labelY: 100 }, { labelY: 198 }];
    spreadLabels(labels, 15, 0, 200);
    expect(labels.map((l) => l.labelY)).toEqual([20, 35, 50, 100, 192.5]);
  });

  it('moves labels up from the bottom when needed', () => {
    const labels = [{ labelY: 180 }, { labelY: 190 }, { labelY: 195 }];
    spreadLabels(labels, 15, 0, 200);
    expect(labels.map((l) => l.labelY)).toEqual([162.5, 177.5, 192.5]);
  });
});

describe('flowFrame', () => {
  it.each([
    // width -> labels inside, margin, label width
    [1000, false, 270, 260],
    [340, true, 4, (340 - 36 - 24) / 2], // 140: "Important value (606)" wraps to two lines at 12 px
    [800, true, 4, (800 - 36 - 24) / 2],
  ])('%d units', (width, inside, marginX, labelWidth) => {
    expect(flowFrame(width)).toEqual({ width, inside, marginX, labelWidth });
  });
});

describe('nodeValues', () => {
  it('row and column sums of the drawn cells, equal to the laid-out nodes', () => {
    expect(nodeValues(counts, false)).toEqual({ from: [7, 4, 5, 2], to: [7, 5, 5, 1] });
    expect(nodeValues(counts, true)).toEqual({ from: [2, 1, 1, 2], to: [2, 2, 1, 1] });
    const { nodes } = flowLayout({ counts, onlyMovers: true, width: 600, height: 300, marginX: 100 });
    expect(nodes.filter((n) => n.side === 'from').map((n) => n.value)).toEqual([2, 1, 1, 2]);
  });
});
