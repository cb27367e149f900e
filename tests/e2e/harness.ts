/**
 * End-to-end harness: the built site (dist/) served by Vite's preview server on loopback,
 * driven by playwright-core in Debian's Chromium. Each test gets a fresh browser context,
 * i.e. a fresh profile with empty IndexedDB.
 *
 * Under vitest.e2e.config.ts (one worker, files not isolated) the server and the browser are
 * started once and kept for the following files: a file's close() closes its contexts only.
 * Anywhere else (the screenshot scripts, tests/bench) startSite() starts its own and close()
 * stops them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { repoRoot } from '../unit/paths';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found (looked at ${candidates.join(', ')}); install Debian's chromium or set CHROMIUM_PATH`);
  return found;
}

export interface Site {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by vitest.e2e.config.ts: keep one server and browser for every file of the run. */
    e2eShareSite: boolean;
  }
}

/** True under vitest.e2e.config.ts, whose files share one worker and one module graph. */
async function shareWithinRun(): Promise<boolean> {
  if (!process.env.VITEST) return false;
  const { inject } = await import('vitest');
  return inject('e2eShareSite') === true;
}

async function launchSite(): Promise<Site> {
  if (!existsSync(resolve(repoRoot, 'dist/index.html'))) throw new Error('dist/ is missing: run `npx vite build` first (npm run test:e2e does)');
  const server: PreviewServer = await preview({
    root: repoRoot,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
    },
  };
}

let shared: Promise<Site> | undefined;

export async function startSite(): Promise<Site> {
  if (!(await shareWithinRun())) return launchSite();
  let site = await (shared ??= launchSite());
  if (!site.browser.isConnected()) {
    // The browser went away (a crash in an earlier file): start afresh.
    await site.close().catch(() => {});
    site = await (shared = launchSite());
  }
  const { url, browser } = site;
  return {
    url,
    browser,
    // Files run one at a time, so every open context is this file's. The server and the
    // browser stay for the next file; Playwright stops the browser when the worker exits.
    close: async () => {
      await Promise.all(browser.contexts().map((c) => c.close()));
    },
  };
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the page's origin. */
  offOrigin: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

export async function visit(site: Site, path = '', options: { context?: BrowserContext } = {}): Promise<Visit> {
  const context = options.context ?? (await site.browser.newContext({ viewport: { width: 1366, height: 900 } }));
  const page = await context.newPage();
  const origin = new URL(site.url).origin;
  const offOrigin: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    offOrigin.push(u);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(site.url + path);
  // The app restores the saved workspace (view included) before it is ready; acting
  // earlier would race with that restore.
  await page.locator('main[aria-busy="false"]').waitFor();
  return { context, page, offOrigin, errors };
}
