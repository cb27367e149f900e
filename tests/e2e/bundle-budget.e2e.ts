/**
 * The first page's JavaScript budget (issue 7): what dist/index.html loads (its module entry
 * and modulepreload links) plus everything those chunks import statically, gzipped, must stay
 * at or under 90 KiB. Lazy chunks (views, coaches, the trainer toolbar, every messages area,
 * even the initial language's core text that main.ts fetches before mounting) do not count.
 *
 * Sizes are gzip level 9 (node:zlib), close to what GitHub Pages serves; run after
 * `vite build` (`npm run test:e2e` builds first).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGE_FILES } from '../../src/lib/i18n/all';

const BUDGET_BYTES = 90 * 1024; // 92,160
// BUDGET_DIST: check another build (e.g. an old one, to see this test fail).
const dist = process.env.BUDGET_DIST ? resolve(process.env.BUDGET_DIST) : resolve(dirname(fileURLToPath(import.meta.url)), '../../dist');

/** Static import specifiers of an ES module chunk (not `import("…")`, which loads lazily). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s;})])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/** The entry scripts and modulepreloads of index.html, then their static imports, transitively. */
function initialChunks(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const start = [
    ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ].map((src) => resolve(dist, src));
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
    }
  }
  return [...seen];
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
/** The text of the initial chunks, and of every chunk, for probing what is where. */
const initialCode = () => initialChunks().map((f) => readFileSync(f, 'utf8')).join('\n');
const allCode = () =>
  readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, 'assets', f), 'utf8'))
    .join('\n');

describe('first-page JavaScript budget', () => {
  it('dist/ has been built', () => {
    expect(existsSync(join(dist, 'index.html')), 'run `vite build` first').toBe(true);
  });

  it(`the entry and its static imports are at most ${BUDGET_BYTES} bytes gzipped`, () => {
    const chunks = initialChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const sizes = chunks.map((f) => ({ file: relative(dist, f), gzip: gzipBytes(f) }));
    const total = sizes.reduce((s, c) => s + c.gzip, 0);
    const report = sizes.map((c) => `${c.file}: ${c.gzip}`).join('\n');
    console.info(`initial JavaScript: ${total} bytes gzip (budget ${BUDGET_BYTES})\n${report}`);
    expect(total, report).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  // Start-up code that imports one constant or helper from a module takes that module's chunk
  // whole: the settings ops once pulled the future-value fit and the RFM view's d3 scales into
  // the first page that way (97.5 KB). Probes: a message key only the fit uses, and a colour
  // name from d3-color's table (d3-scale's interpolators need it).
  it('the model fit and the charts\' d3 scales are not in the initial JavaScript', () => {
    const initial = initialCode();
    const all = allCode();
    for (const probe of ['future.warning.noSpread', 'aliceblue']) {
      expect(all.includes(probe), `probe not found in any chunk: ${probe}`).toBe(true);
      expect(initial.includes(probe), `${probe} in the initial JavaScript`).toBe(false);
    }
  });

  it('no message text is in the initial JavaScript: it loads per language and per area', () => {
    const initial = initialCode();
    const all = allCode();
    // Long plain-ASCII English and long Chinese strings of every area (escaping-proof probes).
    const probes = Object.entries(MESSAGE_FILES).flatMap(([area, file]) => {
      const en = Object.values(file.en as Record<string, string>).filter((v) => /^[\w ,.()-]{40,}$/.test(v));
      const zh = Object.values(file.zh as Record<string, string>).filter((v) => /^[\u4e00-\u9fff，。、]{12,}$/.test(v));
      return [...en.slice(0, 2), ...zh.slice(0, 2)].map((text) => ({ area, text }));
    });
    expect(probes.length).toBeGreaterThan(10);
    for (const { area, text } of probes) {
      expect(all.includes(text), `${area}: probe not found in any chunk: ${text}`).toBe(true);
      expect(initial.includes(text), `${area} text in the initial JavaScript: ${text}`).toBe(false);
    }
  });
});
