/**
 * `npm run classify -- FILE ...`: runs the pre-built bundle dist-cli/classify.mjs with plain
 * node (no tsx, no TypeScript compilation at start-up). The bundle is rebuilt first, once,
 * when it is missing or older than any source it was built from (a few stat calls).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = resolve(root, 'dist-cli/classify.mjs');

function fresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(resolve(root, 'dist-cli/inputs.json'), 'utf8'));
    return inputs.every((file) => statSync(resolve(root, file)).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (!fresh()) {
  try {
    const { buildCli } = await import('./build.mjs');
    await buildCli();
  } catch (e) {
    process.stderr.write(`classify: cannot build the CLI bundle (${e.message}); run npm install\n`);
    process.exit(1);
  }
}
await import(pathToFileURL(bundle).href);
