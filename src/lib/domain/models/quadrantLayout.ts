/**
 * Axis and raster helpers for the quadrant scatter plots. Point positions are projected once
 * per data/scale change; a threshold drag only re-labels, so a frame is one pass writing
 * pixels into a reused buffer, without allocating.
 */

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
 * Write each point as a size x size square of its class colour into `pixels` (width x height,
 * row-major). Points outside the raster are skipped. No allocation: fit for every frame.
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
  pixels.fill(0);
  const half = size >> 1;
  for (let i = 0; i < n; i++) {
    const x0 = Math.round(positions[2 * i]) - half;
    const y0 = Math.round(positions[2 * i + 1]) - half;
    if (x0 + size <= 0 || y0 + size <= 0 || x0 >= width || y0 >= height || x0 !== x0 || y0 !== y0) continue;
    const c = colors[labels[i]];
    const xa = Math.max(0, x0);
    const xb = Math.min(width, x0 + size);
    const ya = Math.max(0, y0);
    const yb = Math.min(height, y0 + size);
    for (let y = ya; y < yb; y++) {
      const row = y * width;
      for (let x = xa; x < xb; x++) pixels[row + x] = c;
    }
  }
}
