/**
 * Bundles the checking CLI (src/cli/classify.ts and the engine it imports) into one ESM file,
 * dist-cli/classify.mjs, so `npm run classify` starts with plain `node` and pays no TypeScript
 * compilation. Run by `npm run build:cli` and by npm's `prepare` (after `npm install`/`npm ci`);
 * src/cli/run.mjs also calls it when the bundle is missing or older than one of its sources.
 * dist-cli/inputs.json lists the bundled source files for that freshness check.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const outDir = resolve(root, 'dist-cli');
export const bundle = resolve(outDir, 'classify.mjs');
export const inputsFile = resolve(outDir, 'inputs.json');

export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/classify.ts'],
    outfile: bundle,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'bundle',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: '// Built by src/cli/build.mjs from src/cli/classify.ts; do not edit.' },
  });
  // Write then rename, so a CLI started meanwhile never imports a half-written bundle.
  const tmp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, bundle);
  // package.json too: a change of esbuild or of the scripts rebuilds.
  const inputs = [...Object.keys(result.metafile.inputs), 'package.json', 'src/cli/build.mjs'];
  writeFileSync(inputsFile, `${JSON.stringify(inputs)}\n`);
  return bundle;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  buildCli().then(
    (file) => console.log(`CLI bundled: ${file.slice(root.length + 1)} (${(performance.now() - t0).toFixed(0)} ms)`),
    (e) => {
      // Under `prepare` (npm ci --omit=dev has no esbuild) do not fail the install:
      // run.mjs will say what is missing when the CLI is used.
      console.error(`build:cli failed: ${e.message}`);
      process.exit(process.argv.includes('--if-possible') ? 0 : 1);
    },
  );
}
