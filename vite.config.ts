import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { preloadInitialMessages } from './src/lib/i18n/preloadPlugin.ts';
import { asyncCss } from './src/lib/asyncCssPlugin.ts';
import { splitTestFiles } from './tests/unit/isolation.ts';

const testFiles = splitTestFiles(import.meta.dirname, ['src', 'tests/unit']);

// Relative base: the built site must work from any GitHub Pages subpath.
export default defineConfig({
  base: './',
  publicDir: 'src/static',
  plugins: [
    svelte(),
    // index.html preloads the initial language's messages chunk (only that one).
    preloadInitialMessages(),
    // The app's stylesheets do not hold back the static shell's first paint.
    asyncCss(),
    // Offline after the first visit: a precaching service worker (Workbox through
    // vite-plugin-pwa). 'prompt' so a new version waits for the user (UpdateNotice) and
    // never reloads the page under a trainer mid-workshop.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Customer Classification Classroom · 客户分类课堂',
        short_name: 'Classroom',
        description: 'RFM, the eight RFM classes, the value pyramid and quadrants, live in the browser.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b3d6b',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,csv,webmanifest}'],
        // The samples (up to ~1.2 MB) are precached too, so they load offline.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  // Component tests mount Svelte in jsdom: they need Svelte's browser build, not the server one.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  build: { target: 'es2022', sourcemap: false },
  test: {
    // The app loads message areas on demand; tests translate synchronously with all of them.
    setupFiles: ['src/lib/i18n/testSetup.ts', 'tests/unit/domSetup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Two groups (see tests/unit/isolation.ts). Plain Node test files share a worker's module
    // graph (isolate: false): starting a fresh worker and importing the engine and both
    // languages' messages again for each of ~90 files cost more CPU than their tests. Files
    // that change process-wide state (a jsdom window, module mocks, stubbed globals, fake
    // timers, a global fake IndexedDB) keep a fresh worker each, as before.
    projects: [
      { extends: true, test: { name: 'shared', include: testFiles.shared, isolate: false } },
      { extends: true, test: { name: 'isolated', include: testFiles.isolated } },
    ],
  },
});
