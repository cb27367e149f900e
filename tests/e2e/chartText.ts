/** Readable charts (issue 12 §5): what a phone screen shows of every chart's text. */
import type { Page } from 'playwright-core';

/**
 * Problems with the chart text on screen: text under 11 CSS px, and pairs of text elements of
 * one chart whose boxes overlap by more than 2 px each way (a label drawn over another).
 * Hidden charts and empty texts are skipped. Returns readable descriptions, [] when all is well.
 */
export function chartTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('main .chart svg')) {
      const ctm = svg.getScreenCTM();
      if (!ctm || svg.getBoundingClientRect().width === 0) continue;
      const scale = Math.hypot(ctm.a, ctm.b);
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent?.trim() && t.getBoundingClientRect().width > 0);
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (const [i, t] of texts.entries()) {
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < 11) problems.push(`${t.textContent} at ${px.toFixed(1)} px`);
        for (let j = i + 1; j < texts.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (dx > 2 && dy > 2) problems.push(`"${t.textContent}" overlaps "${texts[j].textContent}"`);
        }
      }
    }
    return problems;
  });
}
