/**
 * After a coach's button opened a view (or pointed at the one already open), bring that view's
 * first chart to the top of the screen: on a phone the coach is a sheet over the page's bottom,
 * and the chart is what the learner has to act on. Views load lazily, so this waits (a frame at
 * a time, at most about two seconds) for the view's slot (App.svelte's `[data-view]`) to hold
 * the view, stay put for two frames, and show its chart.
 */
export function scrollToView(view: string, doc: Document = document): void {
  let frames = 0;
  let last: Element | null = null;
  let stable = 0;
  const step = () => {
    const slot = doc.querySelector(`.app-main [data-view="${CSS.escape(view)}"]`);
    const target = slot?.querySelector('.chart') ?? slot?.querySelector('#view-title') ?? null;
    stable = target && target === last ? stable + 1 : 0;
    last = target;
    if (target && (stable >= 2 || frames > 120)) {
      target.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
      return;
    }
    if (++frames < 150) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/** Smooth, unless the user asked for reduced motion: then the page jumps. */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
