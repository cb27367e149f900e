/**
 * Run work the first page does not need (service-worker registration, trainer tools, the
 * glossary) once the page has loaded and the main thread is idle, so it never delays the
 * first paint or lengthens a task the user could feel. `timeout` bounds the wait on a busy page.
 */
export function afterLoadIdle(fn: () => void, timeout = 3000): void {
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => fn(), { timeout });
    else setTimeout(fn, 200);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
