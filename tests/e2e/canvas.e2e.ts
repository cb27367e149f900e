/**
 * The quadrant canvas (used above 2,000 customers) lies exactly on the chart's plot: what the
 * screen shows at the scale's position of a customer is that customer's quadrant colour, at
 * projector and laptop sizes, device pixel ratios 1, 1.5 and 2, and in presentation mode, for
 * the retail sample (3,000 customers) and 100,000 generated customers.
 *
 * The positions come from the canvas's draw list (the chart's scale times the raster
 * resolution); the screen point comes from the SVG's own transform, and the colour from a
 * screenshot, so a canvas stretched over a different box than the SVG fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView } from './pageModel';
import { syntheticMetrics } from '../bench/data';
import { QUADRANT_COLORS } from '../../src/lib/components/palette';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

interface Probe {
  /** Screen point (CSS px, relative to the SVG's box) and the expected colour index. */
  points: { x: number; y: number; label: number }[];
  svg: { x: number; y: number; width: number; height: number };
  canvas: { x: number; y: number; width: number; height: number };
}

/**
 * For one chart: customers with no other customer within 5 viewBox units (at 100,000: none of
 * another quadrant) and away from the
 * plot's edges (axis lines) and the threshold lines, mapped to the screen through the SVG's transform.
 */
function probe(page: Page, index: number): Promise<Probe> {
  return page.evaluate((index) => {
    const canvas = document.querySelectorAll<HTMLCanvasElement & { drawn?: { positions: Float32Array; labels: Uint8Array; resolution: number; n: number } }>('[data-testid="point-canvas"]')[index];
    const svg = canvas.parentElement!.querySelector('svg')!;
    const { positions, labels, resolution, n } = canvas.drawn!;
    const cell = 5 * resolution;
    // Per 5-unit cell: how many customers, and which quadrants (a bit each).
    const grid = new Map<string, number>();
    const kinds = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = `${Math.floor(positions[2 * i] / cell)},${Math.floor(positions[2 * i + 1] / cell)}`;
      grid.set(key, (grid.get(key) ?? 0) + 1);
      kinds.set(key, (kinds.get(key) ?? 0) | (1 << labels[i]));
    }
    // 100,000 customers leave no one alone: there, take customers with only their own quadrant around.
    const dense = n > 20_000;
    // The threshold lines cross at the crossing handle; a dot under a line shows the line.
    const crossing = svg.querySelector('circle.crossing')!;
    const tx = Number(crossing.getAttribute('cx'));
    const ty = Number(crossing.getAttribute('cy'));
    // Grid lines too (black in presentation mode).
    const gridX = [...svg.querySelectorAll('line.grid')].filter((l) => l.getAttribute('x1') === l.getAttribute('x2')).map((l) => Number(l.getAttribute('x1')));
    const gridY = [...svg.querySelectorAll('line.grid')].filter((l) => l.getAttribute('y1') === l.getAttribute('y2')).map((l) => Number(l.getAttribute('y1')));
    // And the captions (their white halo hides dots).
    const captions = [...svg.querySelectorAll<SVGTextElement>('text')].map((t) => t.getBBox());
    const ctm = svg.getScreenCTM()!;
    const box = svg.getBoundingClientRect();
    const points: Probe['points'] = [];
    for (let i = 0; i < n && points.length < 24; i += dense ? 97 : 1) {
      const px = positions[2 * i];
      const py = positions[2 * i + 1];
      const cx = Math.floor(px / cell);
      const cy = Math.floor(py / cell);
      let around = 0;
      let quadrants = 0;
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          around += grid.get(`${cx + dx},${cy + dy}`) ?? 0;
          quadrants |= kinds.get(`${cx + dx},${cy + dy}`) ?? 0;
        }
      if (dense ? quadrants !== 1 << labels[i] : around !== 1) continue;
      const vx = px / resolution;
      const vy = py / resolution;
      // Inside the plot (68..574 x 30..410 in viewBox units), off the axis and grid lines and the captions.
      if (vx < 76 || vx > 566 || vy < 38 || vy > 402 || Math.abs(vx - tx) < 6 || Math.abs(vy - ty) < 6) continue;
      if (captions.some((b) => vx > b.x - 3 && vx < b.x + b.width + 3 && vy > b.y - 3 && vy < b.y + b.height + 3)) continue;
      if (gridX.some((g) => Math.abs(vx - g) < 3) || gridY.some((g) => Math.abs(vy - g) < 3)) continue;
      const s = new DOMPoint(vx, vy).matrixTransform(ctm);
      points.push({ x: s.x - box.left, y: s.y - box.top, label: labels[i] });
    }
    const c = canvas.getBoundingClientRect();
    return { points, svg: { x: box.left, y: box.top, width: box.width, height: box.height }, canvas: { x: c.left, y: c.top, width: c.width, height: c.height } };
  }, index);
}

/**
 * RGB at device pixels within one CSS pixel of each CSS point of a capture of the SVG's box, decoded in the page.
 * Captured through the same DevTools session that sets the device metrics, so the capture and
 * the emulated zoom agree (Playwright's own screenshot assumes the context's viewport).
 */
async function colorsAt(page: Page, cdp: CDPSession, box: Probe['svg'], points: Probe['points']): Promise<number[][][]> {
  const scroll = await page.evaluate(() => [scrollX, scrollY]);
  const shot = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x: box.x + scroll[0], y: box.y + scroll[1], width: box.width, height: box.height, scale: 1 } });
  return page.evaluate(
    async ({ data, points, cssWidth }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const dpr = image.width / cssWidth;
      const c = new OffscreenCanvas(image.width, image.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, image.width, image.height);
      return points.map((p) => {
        const out: number[][] = [];
        const x0 = Math.floor(p.x * dpr);
        const y0 = Math.floor(p.y * dpr);
        // One CSS pixel around the point: the canvas's own raster puts each square's centre
        // within a twentieth of a raster pixel of its position, but the scaled canvas is
        // composited up to one CSS pixel off the SVG's subpixel grid (seen at 1920x1080 @2x:
        // squares 1.5 device pixels to the right on one chart, centred on the other).
        const r = Math.ceil(dpr);
        for (let dy = -r; dy <= r; dy++)
          for (let dx = -r; dx <= r; dx++) {
            const o = 4 * ((y0 + dy) * image.width + (x0 + dx));
            out.push([pixels.data[o], pixels.data[o + 1], pixels.data[o + 2]]);
          }
        return out;
      });
    },
    { data: shot.data, points, cssWidth: box.width },
  );
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** Within the blur of a scaled square and the 7 % quadrant tint drawn over it. */
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 40);

async function expectAligned(page: Page, cdp: CDPSession, size: { width: number; height: number; dpr: number }, what: string) {
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: size.dpr, mobile: false });
  await page.getByTestId('point-canvas').first().waitFor();
  const count = await page.getByTestId('point-canvas').count();
  expect(count, what).toBe(2);
  for (let i = 0; i < count; i++) {
    const label = `${what}, chart ${i + 1} at ${size.width}x${size.height} @${size.dpr}x`;
    await page.getByTestId('point-canvas').nth(i).evaluate((c) => c.parentElement!.scrollIntoView({ block: 'center' }));
    // The canvas follows the SVG's box once the layout settles (a ResizeObserver).
    const offBy = async () => {
      const p = await probe(page, i);
      return [p.canvas.x - p.svg.x, p.canvas.y - p.svg.y, p.canvas.width - p.svg.width, p.canvas.height - p.svg.height].map((d) => Math.round(Math.abs(d) * 2) / 2);
    };
    await expect.poll(offBy, { message: label }).toEqual([0, 0, 0, 0]);
    const p = await probe(page, i);
    expect(p.points.length, label).toBeGreaterThanOrEqual(8);
    const seen = await colorsAt(page, cdp, p.svg, p.points);
    const hits = p.points.filter((pt, k) => seen[k].some((c) => near(c, rgb(QUADRANT_COLORS[pt.label]))));
    // Every isolated customer shows in its colour where the scale puts it.
    expect(hits.length, `${label}: ${JSON.stringify(seen[p.points.findIndex((_, k) => !hits.includes(p.points[k]))])}`).toBe(p.points.length);
  }
}

const SIZES = [
  { width: 1280, height: 720, dpr: 1 },
  { width: 1440, height: 900, dpr: 1.5 },
  { width: 1920, height: 1080, dpr: 2 },
];

function customerTableCsv(n: number): string {
  const m = syntheticMetrics(n, 7);
  const lines = ['customer_id,recency_days,frequency,monetary,potential,future_value'];
  for (let i = 0; i < n; i++) lines.push(`${m.ids[i]},${m.recency[i]},${m.frequency[i]},${m.monetary[i].toFixed(2)},${m.potential![i].toFixed(3)},${m.futureValue![i].toFixed(2)}`);
  return lines.join('\n');
}

describe('quadrant canvas alignment', () => {
  it('draws each customer where the scale puts it: 3,000 and 100,000 customers, DPR 1/1.5/2, presentation mode', async () => {
    const { page, context, errors } = await visit(site, '?lang=en');
    const cdp = await context.newCDPSession(page);
    await loadSampleByTitle(page, /^Load Retail transactions$/);
    await openView(page, /^Quadrants$/);
    for (const size of SIZES) await expectAligned(page, cdp, size, 'retail sample');

    await openView(page, /^Data$/);
    await page.getByLabel(/CSV/).first().setInputFiles({ name: 'generated-100k.csv', mimeType: 'text/csv', buffer: Buffer.from(customerTableCsv(100_000)) });
    await page.getByTestId('mapping-step').waitFor();
    await page.getByRole('button', { name: /Confirm and load/ }).click();
    await page.getByTestId('current-dataset').filter({ hasText: 'generated-100k.csv' }).waitFor({ timeout: 60_000 });
    await openView(page, /^Quadrants$/);
    await expectAligned(page, cdp, SIZES[2], '100,000 customers');

    await page.getByRole('button', { name: 'Present' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('present'))).toBe(true);
    await expectAligned(page, cdp, { width: 1280, height: 720, dpr: 1.5 }, '100,000 customers, presentation mode');
    expect(errors).toEqual([]);
    await context.close();
  });
});
