/**
 * Build plugin: index.html gets a tiny inline script that picks the initial language exactly
 * as the app will (the same `detectLocale`, inlined) and modulepreloads that language's core
 * messages chunk. Without it, that chunk is requested only after the entry and its imports
 * have run, one round trip later; with it, it downloads beside them. Only one language's
 * chunk is ever preloaded.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The view a first visit opens on (the workspace's default view). */
const FIRST_VIEW = '/src/lib/views/DataView.svelte';
import { LOCALE_STORAGE_KEY, detectLocale } from './detect.ts';

/** The inline script, given each locale's core chunk URL (relative to index.html). */
export function preloadScript(hrefs: Record<'en' | 'zh', string>): string {
  return `(function(){try{var detect=${detectLocale.toString()};var stored=null;try{stored=localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)})}catch(e){}var n=navigator;var loc=detect({search:location.search,stored:stored,languages:n.languages&&n.languages.length?n.languages:[n.language]});document.documentElement.setAttribute('data-lang',loc);var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=${JSON.stringify(hrefs)}[loc];document.head.appendChild(l)}catch(e){}})();`;
}

export function preloadInitialMessages(): Plugin {
  return {
    name: 'ccc:preload-initial-messages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const core = (loc: 'en' | 'zh') =>
          chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/src/lib/i18n/messages/${loc}/core.ts`))?.fileName;
        const en = core('en');
        const zh = core('zh');
        if (!en || !zh) throw new Error('preloadInitialMessages: no core messages chunk in the bundle');
        // `base: './'`: chunk URLs are relative to index.html. First in <head>: an inline script
        // after a stylesheet link would wait for the stylesheet.
        const tags: HtmlTagDescriptor[] = [{ tag: 'script', children: preloadScript({ en: `./${en}`, zh: `./${zh}` }), injectTo: 'head-prepend' }];
        // A first visit opens on the Data view, which App imports only after the stored session
        // is read: fetching its code beside the entry takes that round trip off the first page.
        const firstView = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(FIRST_VIEW));
        if (!firstView) throw new Error(`preloadInitialMessages: no chunk for ${FIRST_VIEW}`);
        // Chromium's modulepreload fetches only the module named, so its own imports are listed
        // too, except those the entry already preloads.
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const already = new Set<string>();
        const reach = (file: string) => {
          if (already.has(file)) return;
          already.add(file);
          for (const dep of byName.get(file)?.imports ?? []) reach(dep);
        };
        for (const c of chunks) if (c.isEntry) reach(c.fileName);
        for (const file of [firstView.fileName, ...firstView.imports].filter((f) => !already.has(f)))
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` }, injectTo: 'head' });
        for (const css of firstView.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', href: `./${css}` }, injectTo: 'head' });
        return tags;
      },
    },
  };
}
