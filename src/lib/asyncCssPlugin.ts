/**
 * Build plugin: the app's stylesheets stop blocking the first paint. index.html paints a static
 * shell styled by its own inline CSS; the app's stylesheets are needed only when the app mounts,
 * and main.ts waits for them then (see ./stylesReady.ts). Each `<link rel="stylesheet">` Vite
 * writes into index.html loads as `media="print"` and switches to all media once loaded: a
 * request the browser makes at once but does not wait for before painting.
 */
import type { Plugin } from 'vite';

/** index.html with its stylesheet links made non-blocking (marked data-async for stylesReady). */
export function asyncStylesheets(html: string): string {
  return html.replace(/<link rel="stylesheet"([^>]*)>/g, (_tag, attrs: string) => `<link rel="stylesheet"${attrs} media="print" data-async onload="this.media='all'">`);
}

export function asyncCss(): Plugin {
  return {
    name: 'ccc:async-css',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => asyncStylesheets(html) },
  };
}
