/**
 * Build plugin: index.html gets a tiny inline script that picks the initial language exactly
 * as the app will (the same `detectLocale`, inlined) and modulepreloads that language's core
 * messages chunk. Without it, that chunk is requested only after the entry and its imports
 * have run, one round trip later; with it, it downloads beside them. Only one language's
 * chunk is ever preloaded.
 */
import type { Plugin } from 'vite';
import { LOCALE_STORAGE_KEY, detectLocale } from './detect';

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
        return [{ tag: 'script', children: preloadScript({ en: `./${en}`, zh: `./${zh}` }), injectTo: 'head-prepend' }];
      },
    },
  };
}
