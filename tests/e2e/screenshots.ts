/**
 * README screenshots (run by hand: `npx vite build && npx tsx tests/e2e/screenshots.ts`).
 * Writes .github/screenshots/*.png from the built site in Debian's Chromium, every one in
 * presentation mode at 1280×720, the size a trainer projects (Chinese needs a CJK font
 * installed, e.g. Debian's fonts-noto-cjk).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSite } from './harness';
import { repoRoot } from '../unit/paths';

const out = resolve(repoRoot, '.github/screenshots');
mkdirSync(out, { recursive: true });

const SHOTS: { name: string; lang: 'en' | 'zh'; view: RegExp; sample: RegExp }[] = [
  { name: 'rfm-en', lang: 'en', view: /^RFM$/, sample: /^Load Retail transactions$/ },
  { name: 'rfm-zh', lang: 'zh', view: /^RFM$/, sample: /^加载零售交易明细$/ },
  { name: 'pyramid-en', lang: 'en', view: /^Pyramid$/, sample: /^Load Retail transactions$/ },
  { name: 'quadrants-zh', lang: 'zh', view: /^四象限$/, sample: /^加载零售交易明细$/ },
  { name: 'movement-en', lang: 'en', view: /^Movement$/, sample: /^Load Retail transactions$/ },
  { name: 'present-zh', lang: 'zh', view: /^金字塔$/, sample: /^加载课堂练习$/ },
];

async function main() {
  const site = await startSite();
  for (const shot of SHOTS) {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${site.url}?lang=${shot.lang}&present`);
    await page.getByRole('button', { name: shot.sample }).click();
    await page.getByTestId('current-dataset').filter({ hasText: '.csv' }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: shot.view }).click();
    await page.waitForTimeout(1200);
    const toast = page.getByTestId('offline-ready');
    if (await toast.isVisible()) await toast.getByRole('button').click();
    await page.screenshot({ path: resolve(out, `${shot.name}.png`) });
    await context.close();
  }
  await site.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
