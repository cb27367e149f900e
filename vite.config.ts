import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative base: the built site must work from any GitHub Pages subpath.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  worker: { format: 'es' },
  // Component tests mount Svelte in jsdom: they need Svelte's browser build, not the server one.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
