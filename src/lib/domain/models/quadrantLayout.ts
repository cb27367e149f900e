/**
 * Axis and raster helpers for the quadrant scatter plots. Point positions are projected once
 * per data/scale change; a threshold drag only re-labels, so a frame is one pass writing
 * pixels into a reused buffer, without allocating.
 */

import { NARROW_SCREEN, textWidth, tickBudget } from './chartFrame';

/** [min, max] of the finite values, widened a little (and made non-empty). */
export function axisDomain(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return [0, 1];
  if (lo === hi) return [lo - 1, hi + 1];
  // Keep 0 as the floor when nothing is negative, so the axis starts at a meaningful place.
  return [lo >= 0 ? 0 : lo, hi];
}

/** A round keyboard step giving about `steps` steps over the range: 1, 2 or 5 x 10^k. */
export function niceStep(range: number, steps = 200): number {
  if (!(range > 0)) return 1;
  const raw = range / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** Tick values for a symmetric-log axis: 0 and ±1, 2, 5, 10, ... (or decades only) inside the domain. */
export function symlogTicks([lo, hi]: [number, number], max = 7): number[] {
  const top = Math.max(Math.abs(lo), Math.abs(hi));
  const collect = (multiples: number[]) => {
    const ticks: number[] = lo <= 0 && hi >= 0 ? [0] : [];
    for (let p = 0; 10 ** p <= top; p++) {
      for (const m of multiples) {
        const v = m * 10 ** p;
        if (v <= hi && v >= lo) ticks.push(v);
        if (-v >= lo && -v <= hi) ticks.push(-v);
      }
    }
    return ticks.sort((a, b) => a - b);
  };
  // A short range (a ratio from 0 to 5, say) gets 1, 2 and 5 of each decade.
  const fine = collect([1, 2, 5]);
  if (fine.length <= max) return fine;
  const ticks = collect([1]);
  if (ticks.length <= max) return ticks;
  // Too many decades: keep every other one, always keeping 0.
  const keepEvery = Math.ceil(ticks.length / max);
  return ticks.filter((t, i) => t === 0 || i % keepEvery === 0);
}

/** Pixel positions of every point, interleaved x, y; reuses `out` when it is large enough. */
export function projectPoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  sx: (v: number) => number,
  sy: (v: number) => number,
  out?: Float32Array,
): Float32Array {
  const n = xs.length;
  const buf = out && out.length >= 2 * n ? out : new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    buf[2 * i] = sx(xs[i]);
    buf[2 * i + 1] = sy(ys[i]);
  }
  // Positions written in place: a raster plan made for the old ones is stale.
  plans.delete(buf);
  return buf;
}

/** '#RRGGBB' as a 32-bit pixel for a little-endian RGBA ImageData (0xAABBGGRR). */
export function packColor(hex: string, alpha = 255): number {
  const v = parseInt(hex.slice(1, 7), 16);
  const r = (v >> 16) & 255;
  const g = (v >> 8) & 255;
  const b = v & 255;
  return ((alpha << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/**
 * Which raster pixels the points cover, and the point on top at each (the last one drawn, as
 * drawing the points in order leaves it). Points are size x size squares centred on their
 * rounded position; points off the raster, or not a number, are left out. Depends on the
 * positions and the raster only, so it is made once per data or scale change, not per frame.
 */
export interface RasterPlan {
  width: number;
  height: number;
  size: number;
  n: number;
  /** The pixels point i is on top at: byOwner[start[i]] up to byOwner[start[i + 1]]. */
  start: Int32Array;
  byOwner: Int32Array;
}

export function rasterPlan(width: number, height: number, positions: Float32Array, n: number, size: number): RasterPlan {
  const top = new Int32Array(width * height).fill(-1);
  // The square's centre is the nearest the pixel grid allows to the point (within half a pixel,
  // for odd sizes too: rounding the point first put a 3-pixel square's centre up to a pixel off).
  const half = size / 2;
  for (let i = 0; i < n; i++) {
    const x0 = Math.round(positions[2 * i] - half);
    const y0 = Math.round(positions[2 * i + 1] - half);
    if (x0 + size <= 0 || y0 + size <= 0 || x0 >= width || y0 >= height || x0 !== x0 || y0 !== y0) continue;
    const xa = Math.max(0, x0);
    const xb = Math.min(width, x0 + size);
    const ya = Math.max(0, y0);
    const yb = Math.min(height, y0 + size);
    for (let y = ya; y < yb; y++) {
      const row = y * width;
      for (let x = xa; x < xb; x++) top[row + x] = i;
    }
  }
  // Group the covered pixels by the point on top (a counting sort).
  const start = new Int32Array(n + 1);
  for (let p = 0; p < top.length; p++) if (top[p] >= 0) start[top[p] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const byOwner = new Int32Array(start[n]);
  const next = start.slice(0, n);
  for (let p = 0; p < top.length; p++) if (top[p] >= 0) byOwner[next[top[p]]++] = p;
  return { width, height, size, n, start, byOwner };
}

/** Paint a whole plan: each covered pixel in its owner's class colour, the rest 0. No allocation. */
export function drawPlan(pixels: Uint32Array, plan: RasterPlan, labels: Uint8Array, colors: Uint32Array): void {
  pixels.fill(0);
  const { start, byOwner, n } = plan;
  for (let i = 0; i < n; i++) {
    const c = colors[labels[i]];
    for (let k = start[i]; k < start[i + 1]; k++) pixels[byOwner[k]] = c;
  }
}

/**
 * Repaint only the points whose label differs from `drawn` (the labels `pixels` was painted
 * with by this plan and these colours), and record the new labels in `drawn`. A threshold drag
 * moves a few hundred customers per frame: this touches their pixels and nothing else.
 */
export function redrawChanged(pixels: Uint32Array, plan: RasterPlan, labels: Uint8Array, colors: Uint32Array, drawn: Uint8Array): void {
  const { start, byOwner, n } = plan;
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    if (l === drawn[i]) continue;
    drawn[i] = l;
    const c = colors[l];
    for (let k = start[i]; k < start[i + 1]; k++) pixels[byOwner[k]] = c;
  }
}

// One plan per positions array (positions are replaced, not rewritten, when data or scales
// change; projectPoints drops the plan of a buffer it rewrites).
const plans = new WeakMap<Float32Array, RasterPlan>();
// What each pixel buffer was last painted with, so the next frame repaints only what changed.
const painted = new WeakMap<Uint32Array, { plan: RasterPlan; colors: Uint32Array; labels: Uint8Array }>();

const sameColors = (a: Uint32Array, b: Uint32Array) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * Write each point as a size x size square of its class colour into `pixels` (width x height,
 * row-major), later points over earlier ones; points outside the raster are skipped. Fit for
 * every frame of a drag: the covered pixels are planned once per `positions` array (change
 * positions only by a new array or through projectPoints), and a buffer painted by the last
 * call (and not written by anyone else since) gets only its changed points repainted.
 */
export function rasterize(
  pixels: Uint32Array,
  width: number,
  height: number,
  positions: Float32Array,
  n: number,
  labels: Uint8Array,
  colors: Uint32Array,
  size: number,
): void {
  let plan = plans.get(positions);
  if (!plan || plan.width !== width || plan.height !== height || plan.size !== size || plan.n !== n) {
    plan = rasterPlan(width, height, positions, n, size);
    plans.set(positions, plan);
  }
  const last = painted.get(pixels);
  if (last && last.plan === plan && sameColors(last.colors, colors) && pixels.length === width * height) {
    redrawChanged(pixels, plan, labels, colors, last.labels);
    return;
  }
  drawPlan(pixels, plan, labels, colors);
  painted.set(pixels, { plan, colors: colors.slice(), labels: labels.slice(0, n) });
}

/**
 * The next threshold value for one arrow key press, so a keyboard user can come back to
 * where they were (351 → 361 → 351) whatever the scale. On a linear axis a step is the
 * drag grid `linearStep`; on a log axis two significant digits of the value, measured on the
 * side the key moves toward (1,000 ↓ 990, 990 ↑ 1,000), never below `minStep`.
 */
export function keyStepFrom(value: number, direction: 1 | -1, mode: 'linear' | 'log', linearStep: number, minStep: number): number {
  const clean = (v: number) => Number(v.toPrecision(12));
  if (mode === 'linear') return clean(value + direction * linearStep);
  // Moving toward zero, the step is that of the slightly smaller magnitude being entered.
  const towardZero = Math.sign(value) === -direction;
  const magnitude = Math.abs(value) * (towardZero ? 1 - 1e-9 : 1);
  const step = magnitude > 0 ? Math.max(minStep, 10 ** (Math.floor(Math.log10(magnitude)) - 1)) : minStep;
  return clean(value + direction * step);
}

/** Rough width of a label in em: full-width (CJK) characters 1 em, others 0.6 em (bold Latin). */
export function labelWidthEm(text: string): number {
  return textWidth(text, 1);
}

/**
 * A corner's quadrant name as one or two lines: two corners share the width of the plot, so a
 * name wider than `maxEm` breaks after its comma (or 、), else at the space nearest its middle.
 */
export function cornerNameLines(name: string, maxEm: number): string[] {
  if (labelWidthEm(name) <= maxEm) return [name];
  const comma = name.search(/[,，、]/);
  if (comma > 0 && comma < name.length - 1) return [name.slice(0, comma + 1), name.slice(comma + 1).trim()];
  const mid = name.length / 2;
  let best = -1;
  for (let i = 0; i < name.length; i++) if (name[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  return best > 0 ? [name.slice(0, best), name.slice(best + 1)] : [name];
}

export interface QuadrantFrame {
  width: number;
  height: number;
  margin: { left: number; right: number; top: number; bottom: number };
  /** About how many ticks each axis takes. */
  xTicks: number;
  yTicks: number;
  /** How wide a corner label may be: half the plot, so the two corners of a row never meet. */
  cornerWidth: number;
  /** Laid out at a narrow screen's box width (not the scaled design). */
  narrow: boolean;
  /** Corners too narrow for three lines of figures: the name and "count · share" only (the table has the rest). */
  compactCorners: boolean;
}

/**
 * A quadrant chart for a box `box` px wide on a `screenWidth` × `screenHeight` screen: the
 * 600 × 460 design on a wide screen; on a narrow one the box's own width, and never taller
 * than the screen, so a landscape phone (844 × 390) sees the whole plot and its crossing.
 */
export function quadrantFrame(box: number, screenWidth: number, screenHeight: number): QuadrantFrame {
  const margin = { left: 68, right: 26, top: 30, bottom: 50 };
  let width = 600;
  let height = 460;
  const narrow = box > 0 && screenWidth <= NARROW_SCREEN;
  if (narrow) {
    width = Math.max(280, Math.floor(box));
    // A portrait phone's plot is nearly square; no chart is taller than the screen.
    const wanted = Math.round(width * (width < 500 ? 0.9 : 460 / 600));
    height = Math.max(240, Math.min(wanted, screenHeight > 0 ? screenHeight - 16 : wanted));
    margin.left = 64; // room for "10,000" beside the rotated axis title
  }
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  return {
    width,
    height,
    margin,
    narrow,
    xTicks: tickBudget(plotWidth, 60, 6),
    yTicks: tickBudget(plotHeight, 40, 7),
    cornerWidth: plotWidth / 2 - 12,
    compactCorners: plotWidth / 2 - 12 < 160,
  };
}

/** The lifecycle panel's recency histogram: the 560 × 170 design, or a phone's box width. */
export function lifecycleFrame(width: number): { width: number; height: number; margin: QuadrantFrame['margin']; xTicks: number } {
  const margin = width >= 560 ? { left: 48, right: 24, top: 30, bottom: 36 } : { left: 16, right: 24, top: 30, bottom: 36 };
  return { width, height: width >= 560 ? 170 : 190, margin, xTicks: width >= 560 ? 6 : tickBudget(width - margin.left - margin.right, 56, 6) };
}
