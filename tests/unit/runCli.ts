import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from './paths';

/**
 * The checking CLI as a trainer runs it: `npm run classify` is `node src/cli/run.mjs`, which
 * runs the pre-built bundle and rebuilds it first when it is older than any of its sources,
 * so this always runs the current code. Plain node starts in a third of tsx's CPU time (each
 * tsx start re-loads its TypeScript loader); src/cli/bundle.test.ts checks that the bundle
 * prints exactly what the TypeScript source run by tsx prints.
 */
export const runCli = (...args: string[]) => spawnSync(process.execPath, [resolve(repoRoot, 'src/cli/run.mjs'), ...args], { encoding: 'utf8', cwd: repoRoot });
