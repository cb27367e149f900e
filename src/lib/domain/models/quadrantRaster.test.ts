import { describe, expect, it } from 'vitest';
import { drawPlan, projectPoints, rasterize, rasterPlan, redrawChanged } from './quadrantLayout';

/** The drawing rasterize did before plans: every square in order, later points on top. */
function reference(width: number, height: number, positions: Float32Array, n: number, labels: Uint8Array, colors: Uint32Array, size: number) {
  const pixels = new Uint32Array(width * height);
  for (let i = 0; i < n; i++) {
    const x0 = Math.round(positions[2 * i] - size / 2);
    const y0 = Math.round(positions[2 * i + 1] - size / 2);
    if (x0 !== x0 || y0 !== y0) continue;
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + size); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + size); x++) pixels[y * width + x] = colors[labels[i]];
  }
  return pixels;
}

const COLORS = new Uint32Array([10, 20, 30, 40]);

describe('raster plan', () => {
  // A 4 x 3 raster, 2 x 2 squares (half = 1, so a square covers x-1..x, y-1..y):
  //   point 0 at (1, 1): pixels (0,0) (1,0) (0,1) (1,1)
  //   point 1 at (2, 2): pixels (1,1) (2,1) (1,2) (2,2) — on top of point 0 at (1,1)
  //   point 2 at (4, 1): pixels (3,0) (3,1) only (x = 4 is off the raster)
  //   point 3 at (9, 9): off the raster;   point 4 at NaN: left out
  const positions = new Float32Array([1, 1, 2, 2, 4, 1, 9, 9, NaN, 0]);
  const plan = rasterPlan(4, 3, positions, 5, 2);

  it('groups the covered pixels by the point on top', () => {
    // Pixel index = y * 4 + x.
    expect(Array.from(plan.start)).toEqual([0, 3, 7, 9, 9, 9]);
    expect(Array.from(plan.byOwner)).toEqual([0, 1, 4, 5, 6, 9, 10, 3, 7]);
  });

  it('paints the plan as drawing every square in order does', () => {
    const pixels = new Uint32Array(12).fill(99);
    drawPlan(pixels, plan, new Uint8Array([0, 1, 2, 3, 0]), COLORS);
    // Row 0: 10 10 0 30 / row 1: 10 20 20 30 / row 2: 0 20 20 0
    expect(Array.from(pixels)).toEqual([10, 10, 0, 30, 10, 20, 20, 30, 0, 20, 20, 0]);
  });

  it('repaints only the points whose label changed', () => {
    const pixels = new Uint32Array(12);
    const drawn = new Uint8Array([0, 1, 2, 3, 0]);
    drawPlan(pixels, plan, drawn, COLORS);
    pixels[2] = 77; // not covered by any point: a repaint of changed points leaves it alone
    redrawChanged(pixels, plan, new Uint8Array([3, 1, 2, 3, 0]), COLORS, drawn);
    expect(Array.from(pixels)).toEqual([40, 40, 77, 30, 40, 20, 20, 30, 0, 20, 20, 0]);
    expect(Array.from(drawn)).toEqual([3, 1, 2, 3, 0]);
  });

  it('centres an odd-sized square on its point within half a pixel', () => {
    // Pixel k covers [k, k + 1). A 3-pixel square at (5.6, 2.4) is best at x 4..6 (centre 5.5)
    // and y 1..3 (centre 2.5); rounding the point first gave x 5..7 (centre 6.5, 0.9 off).
    const single = rasterPlan(10, 6, new Float32Array([5.6, 2.4]), 1, 3);
    const covered = Array.from(single.byOwner).map((p) => [p % 10, Math.floor(p / 10)]);
    expect(covered).toEqual([4, 5, 6].flatMap((x) => [1, 2, 3].map((y) => [x, y])).sort((a, b) => a[1] - b[1] || a[0] - b[0]));
  });

  it('rasterize frame after frame equals a fresh drawing, also after positions are rewritten', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const n = 400;
    const W = 60;
    const H = 40;
    const xs = Float64Array.from({ length: n }, () => rand() * 70 - 5);
    const ys = Float64Array.from({ length: n }, () => rand() * 50 - 5);
    const pos = projectPoints(xs, ys, (v) => v, (v) => v);
    const pixels = new Uint32Array(W * H);
    const labels = new Uint8Array(n);
    for (let frame = 0; frame < 6; frame++) {
      for (let i = 0; i < n; i++) if (rand() < 0.2) labels[i] = Math.floor(rand() * 4);
      rasterize(pixels, W, H, pos, n, labels, COLORS, 3);
      expect(pixels).toEqual(reference(W, H, pos, n, labels, COLORS, 3));
    }
    // The same buffer rewritten in place by projectPoints: its old plan must not be used.
    projectPoints(xs, ys, (v) => v + 3, (v) => v - 2, pos);
    rasterize(pixels, W, H, pos, n, labels, COLORS, 3);
    expect(pixels).toEqual(reference(W, H, pos, n, labels, COLORS, 3));
    // Another size (presentation mode), then other colours: full repaints.
    rasterize(pixels, W, H, pos, n, labels, COLORS, 4);
    expect(pixels).toEqual(reference(W, H, pos, n, labels, COLORS, 4));
    const other = new Uint32Array([1, 2, 3, 4]);
    rasterize(pixels, W, H, pos, n, labels, other, 4);
    expect(pixels).toEqual(reference(W, H, pos, n, labels, other, 4));
  });
});
