/**
 * The shipped CLI: `npm run classify` runs dist-cli/classify.mjs (built by src/cli/build.mjs)
 * with plain node. It must print what the TypeScript source prints, and rebuild itself when
 * the bundle is older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as ingestEn, zh as ingestZh } from '../lib/i18n/messages/ingest';

const root = resolve(import.meta.dirname, '../..');
const bundle = resolve(root, 'dist-cli/classify.mjs');
const sample = resolve(root, 'samples/classroom.csv');
const node = (...args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root });

describe('pre-built CLI bundle', () => {
  it('run.mjs gives the same output as the TypeScript source, text and --json', () => {
    const tsx = resolve(root, 'node_modules/.bin/tsx');
    for (const extra of [[], ['--json', '--bins', '4']]) {
      const built = node(resolve(root, 'src/cli/run.mjs'), sample, ...extra);
      const source = spawnSync(tsx, [resolve(root, 'src/cli/classify.ts'), sample, ...extra], { encoding: 'utf8', cwd: root });
      expect(built.status).toBe(0);
      expect(built.stdout).toBe(source.stdout);
    }
    const bad = node(resolve(root, 'src/cli/run.mjs'), sample, '--bins', '7');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^classify: /);
  });

  it('rebuilds a bundle older than its sources; the bundle holds English messages only', () => {
    node(resolve(root, 'src/cli/run.mjs'), sample, '--json');
    expect(existsSync(bundle)).toBe(true);
    utimesSync(bundle, new Date(0), new Date(0));
    const out = node(resolve(root, 'src/cli/run.mjs'), sample, '--json');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).customers).toBe(40);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    const inputs: string[] = JSON.parse(readFileSync(resolve(root, 'dist-cli/inputs.json'), 'utf8'));
    expect(inputs).toContain('src/cli/classify.ts');
    // English text only: no Chinese catalog string made it into the bundle.
    const text = readFileSync(bundle, 'utf8');
    expect(text).toContain(ingestEn['ingest.error.empty-file']);
    for (const key of ['ingest.error.empty-file', 'ingest.title', 'ingest.skip.missing-customer'] as const) expect(text).not.toContain(ingestZh[key]);
  });
});
