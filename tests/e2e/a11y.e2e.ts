/** axe-core on every view, in both languages: no serious or critical violation. */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, visit, type Site } from './harness';
import { loadSampleByTitle, openView } from './pageModel';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const VIEWS: Record<string, { en: RegExp; zh: RegExp }> = {
  data: { en: /^Data$/, zh: /^数据$/ },
  rfm: { en: /^RFM$/, zh: /^RFM$/ },
  pyramid: { en: /^Pyramid$/, zh: /金字塔/ },
  quadrants: { en: /^Quadrants$/, zh: /四象限/ },
  movement: { en: /^Movement$/, zh: /迁移/ },
  customers: { en: /^Customers$/, zh: /^客户$/ },
  model: { en: /^Model check$/, zh: /^模型检验$/ },
  learn: { en: /^Learn$/, zh: /^学习$/ },
  trainer: { en: /^Trainer$/, zh: /^培训师$/ },
};

describe.each(['en', 'zh'] as const)('accessibility (%s)', (lang) => {
  it('every view has no serious or critical axe violation', async () => {
    const { page, context, offOrigin } = await visit(site, `?lang=${lang}`);
    await loadSampleByTitle(page, lang === "en" ? /^Load Retail transactions$/ : /^加载零售交易明细$/);
    const report: string[] = [];
    for (const [view, names] of Object.entries(VIEWS)) {
      await openView(page, names[lang]);
      await page.waitForTimeout(300);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      report.push(...violations.map((v) => `${view}: ${v}`));
    }
    expect(report).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });
});
