import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built site in Debian's Chromium; they run one file at a time
// so two browsers never fight over the 2 cores. The files share one worker and, not isolated,
// one module graph: startSite() (tests/e2e/harness.ts) starts the preview server and the
// browser for the first file and hands them to the next ones; each test still opens its own
// context (a fresh profile), and each file's close() closes the contexts it left open.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // The tests compute expected text with translate(): every message area, both languages.
    setupFiles: ['src/lib/i18n/testSetup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    isolate: false,
    provide: { e2eShareSite: true },
  },
});
