import type { PersistStore } from './store';

/**
 * Flush pending saves when the page is hidden or unloaded (IndexedDB transactions started
 * then normally complete). Returns a function that removes the listeners.
 */
export function flushOnHide(store: PersistStore, target: Window | undefined = globalThis.window): () => void {
  if (!target) return () => {};
  const onHide = () => void store.flush();
  // pagehide is not fired reliably on mobile; visibilitychange to 'hidden' often is the last chance.
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') void store.flush();
  };
  target.addEventListener('pagehide', onHide);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
