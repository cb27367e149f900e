/**
 * The domain is plain TypeScript that runs anywhere (browser, worker, the Node CLI): it
 * imports nothing outside src/lib/domain, no Svelte, no DOM-only module, and touches no
 * browser global. Views, state, persistence and i18n depend on it, never the other way.
 * Tests and their fixtures may read files (node:) and cross-check the message catalog.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DOMAIN = dirname(fileURLToPath(import.meta.url));

/** Packages that need a DOM or a UI framework. */
const DOM_ONLY = [/^svelte(\/|$)/, /^\$app\//, /^d3-(selection|drag|zoom|transition|brush)$/, /^idb(-keyval)?$/, /^@testing-library\//, /^jsdom$/];
const BROWSER_GLOBALS = /\b(document|window|localStorage|sessionStorage|indexedDB|navigator)\s*\./;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const isTestSupport = (file: string) => /\.test\.ts$/.test(file) || /(^|[\\/])fixtures\.ts$/.test(file);

/** Every module specifier: import/export ... from, side-effect imports, import() and require(). */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/** Why one module breaks the rules, or nothing. */
export function violations(file: string, source: string, root = DOMAIN): string[] {
  const problems: string[] = [];
  const test = isTestSupport(file);
  for (const spec of specifiers(source)) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      if (!test && target !== root && !target.startsWith(root + sep)) problems.push(`imports ${spec}, outside src/lib/domain`);
      if (/\.svelte(\.[jt]s)?$/.test(spec)) problems.push(`imports the Svelte module ${spec}`);
    } else if (DOM_ONLY.some((re) => re.test(spec))) {
      problems.push(`imports ${spec}, which needs a DOM or Svelte`);
    } else if (!test && spec.startsWith('node:')) {
      problems.push(`imports ${spec}, which the browser does not have`);
    }
  }
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  if (!test && BROWSER_GLOBALS.test(code)) problems.push(`uses a browser global (${code.match(BROWSER_GLOBALS)![1]})`);
  return problems;
}

describe('the checker', () => {
  const f = join(DOMAIN, 'models', 'x.ts');
  it('finds every kind of import', () => {
    expect(specifiers(`import a from './a';\nimport type { B } from "../b";\nexport * from './c';\nimport './d';\nconst e = await import('./e');\n// import z from '../../zz';`)).toEqual([
      './a', '../b', './c', './d', './e',
    ]);
  });
  it.each([
    [`import { t } from '../../i18n/catalog';`, ['imports ../../i18n/catalog, outside src/lib/domain']],
    [`import type { ViewKey } from '../../viewKeys';`, ['imports ../../viewKeys, outside src/lib/domain']],
    [`import { untrack } from 'svelte';`, ['imports svelte, which needs a DOM or Svelte']],
    [`import { select } from 'd3-selection';`, ['imports d3-selection, which needs a DOM or Svelte']],
    [`import { readFileSync } from 'node:fs';`, ['imports node:fs, which the browser does not have']],
    [`const w = window.innerWidth;`, ['uses a browser global (window)']],
    [`import { scaleLinear } from 'd3-scale';\nimport { mean } from './quantile';\nimport type { Dataset } from '../types';`, []],
    [`/** the window's sum, a PDF document */ const x = 1;`, []],
  ])('%s', (source, expected) => {
    expect(violations(f, source)).toEqual(expected);
  });
});

describe('src/lib/domain is pure', () => {
  // This file's own examples are strings, not imports.
  const self = fileURLToPath(import.meta.url);
  const files = walk(DOMAIN).filter((f) => /\.(ts|js|svelte)$/.test(f) && f !== self);
  it('has no Svelte files', () => {
    expect(files.filter((f) => /\.svelte(\.[jt]s)?$/.test(f)).map((f) => relative(DOMAIN, f))).toEqual([]);
  });
  it('imports nothing outside itself, no Svelte, no DOM-only module, no browser global', () => {
    const found = files.flatMap((f) => violations(f, readFileSync(f, 'utf8')).map((p) => `${relative(DOMAIN, f)}: ${p}`));
    expect(found).toEqual([]);
  });
});
