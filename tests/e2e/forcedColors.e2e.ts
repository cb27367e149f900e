/**
 * Forced colours (Windows high contrast), emulated by Chromium with a dark system scheme:
 * the key marks of every chart stay visible. Backgrounds of HTML are forced to the system's
 * Canvas while SVG paint is not, so each mark's painted colour is compared with Canvas: at
 * least 3:1 (WCAG's contrast for graphics) for handles, bars, the crossing and the point
 * outlines; the eight-class cells keep a frame; a selected matrix cell differs from a warned one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView } from './pageModel';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

/**
 * Contrast against the system Canvas of the paint `property` ('stroke', 'fill', 'outline-color')
 * of the first element matching each selector, with its fill-opacity blended over Canvas.
 * Written as a string: the page gets no helpers from the test's bundler.
 */
const CONTRASTS = `(selectors) => {
  const probe = document.createElement('div');
  probe.style.cssText = 'color: Canvas; position: absolute';
  document.body.append(probe);
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const canvas = rgb(getComputedStyle(probe).color);
  probe.remove();
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const out = {};
  for (const [name, [selector, property]] of Object.entries(selectors)) {
    const el = document.querySelector(selector);
    if (!el) { out[name] = 'missing'; continue; }
    const style = getComputedStyle(el);
    let c = rgb(style.getPropertyValue(property));
    const alpha = property === 'fill' ? Number(style.fillOpacity) : 1;
    c = c.slice(0, 3).map((v, i) => v * alpha + canvas[i] * (1 - alpha));
    const [a, b] = [lum(c), lum(canvas)].sort((x, y) => y - x);
    out[name] = Math.round(((a + 0.05) / (b + 0.05)) * 10) / 10;
  }
  return out;
}`;

describe('forced colours', () => {
  it('handles, bars, points, cells and selections stay visible', async () => {
    const { page, context, errors } = await visit(site, '?lang=en');
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await loadSampleByTitle(page, /^Load Classroom/);
    const contrasts = (selectors: Record<string, [string, string]>) => page.evaluate(`(${CONTRASTS})(${JSON.stringify(selectors)})`) as Promise<Record<string, number | string>>;
    const visible = (found: Record<string, number | string>) => Object.entries(found).filter(([, v]) => !(typeof v === 'number' && v >= 3));

    await openView(page, /^RFM$/);
    await page.getByTestId('histogram-recency').waitFor();
    expect(
      visible(
        await contrasts({
          edge: ['.histogram .handle-edge .rule', 'stroke'],
          threshold: ['.histogram .handle-threshold .rule', 'stroke'],
          bar: ['.histogram .bar', 'fill'],
        }),
      ),
    ).toEqual([]);
    // Each of the eight cells keeps a frame once its background and shadow are dropped.
    const frames = await page.locator('.eight-grid .cell').evaluateAll((cells) => cells.map((c) => getComputedStyle(c).outlineStyle));
    expect(frames.length).toBe(8);
    expect(frames.every((s) => s === 'solid' || s === 'dashed')).toBe(true);

    await openView(page, /^Pyramid$/);
    await page.locator('.pyramid-chart [role="slider"]').first().waitFor();
    expect(visible(await contrasts({ boundary: ['.pyramid-chart .slider-handle .rule', 'stroke'], band: ['.pyramid-chart .band', 'stroke'] }))).toEqual([]);

    await openView(page, /^Quadrants$/);
    await page.locator('.quadrant-chart .point').first().waitFor();
    expect(
      visible(
        await contrasts({
          line: ['.quadrant-chart .slider-handle .rule', 'stroke'],
          crossing: ['.quadrant-chart .crossing', 'stroke'],
          point: ['.quadrant-chart .point', 'stroke'],
        }),
      ),
    ).toEqual([]);

    // Movement: the selected matrix cell is framed in another style than an early warning.
    await openView(page, /^Movement$/);
    const cell = page.locator('td button').first();
    if (await cell.count()) {
      await cell.click();
      const selected = await page.locator('td.selected').first().evaluate((td) => `${getComputedStyle(td).outlineStyle} ${getComputedStyle(td).outlineColor}`);
      expect(selected.startsWith('solid')).toBe(true);
      expect(visible(await contrasts({ selected: ['td.selected', 'outline-color'] }))).toEqual([]);
    }

    expect(errors).toEqual([]);
    await context.close();
  });
});
