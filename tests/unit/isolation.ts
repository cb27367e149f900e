/**
 * Which unit test files may share a worker (vitest `isolate: false`) and which need a fresh one.
 *
 * Sharing means one module graph per worker for many files: module-level state (a mocked
 * module, a stubbed global, fake timers, a global fake IndexedDB, the jsdom window and its
 * document and localStorage, which vitest sets up once per worker) would carry over from one
 * file to the next. A file that uses any of these therefore runs isolated; the rest (the
 * engine, the CLI, pure helpers) are plain functions of their inputs and share. Decided by
 * reading each file, so a new test that starts mocking or using jsdom moves to the isolated
 * group by itself. Vitest restores spies after every file either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const NEEDS_ISOLATION = /@vitest-environment|vi\.(mock|doMock|unmock|resetModules|stubGlobal|stubEnv|useFakeTimers)\b|fake-indexeddb\/auto/;

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** The test files under `dirs` (relative to `root`), split into the shared and the isolated group. */
export function splitTestFiles(root: string, dirs: string[]): { shared: string[]; isolated: string[] } {
  const shared: string[] = [];
  const isolated: string[] = [];
  for (const dir of dirs)
    for (const file of walk(join(root, dir), [])) {
      const rel = relative(root, file).split('\\').join('/');
      (NEEDS_ISOLATION.test(readFileSync(file, 'utf8')) ? isolated : shared).push(rel);
    }
  return { shared, isolated };
}
