import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built site in Debian's Chromium; they run one file at a time
// so two browsers never fight over the 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // The tests compute expected text with translate(): every message area, both languages.
    setupFiles: ['src/lib/i18n/testSetup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
