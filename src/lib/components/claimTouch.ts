/**
 * `{@attach claimTouch}` on a drag target: a touch that starts on it is the drag's, not the
 * page's. Chromium ignores `touch-action` on SVG children, and Svelte attaches touchstart
 * handlers passively, so this cancels the touch's default (scrolling, and the pointercancel
 * that would end the drag) from a non-passive listener. Touches elsewhere still scroll.
 */
export function claimTouch(element: Element): () => void {
  const claim = (event: Event) => {
    if (event.cancelable) event.preventDefault();
  };
  element.addEventListener('touchstart', claim, { passive: false });
  return () => element.removeEventListener('touchstart', claim);
}
