/**
 * Start-up scheduling. Lighthouse's mobile run slows the CPU four times, so any task over
 * about 12 ms here counts as blocking. The first render is therefore split: during start-up
 * (from main.ts's mount until the first view has painted) parts of the page that are off the
 * first screen or behind a menu render one paint later, each in its own task (see Later.svelte),
 * and work the first page does not need at all (service worker, trainer tools, glossary) waits
 * until the first view is on screen and the main thread is idle.
 *
 * Outside the built app's start-up (component tests, later view changes) nothing is delayed:
 * `beginStartup` is only called by main.ts.
 */
let starting = false;
let firstViewSeen = false;
const waiting: Array<() => void> = [];

/** main.ts: the app is about to mount; stagger its first render. */
export function beginStartup(): void {
  starting = true;
}

/** True while the first render is being staggered. */
export function duringStartup(): boolean {
  return starting;
}

/** Runs `fn` in a task of its own after the next paint; returns a cancel function. */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** The first view has rendered: start-up ends once that has been painted. */
export function firstViewRendered(): void {
  if (firstViewSeen) return;
  firstViewSeen = true;
  afterNextPaint(() => {
    starting = false;
    for (const fn of waiting.splice(0)) fn();
  });
}

/**
 * Run work the first page does not need (service-worker registration, trainer tools, the
 * glossary) once the page has loaded, the first view is on screen and the main thread is idle,
 * so it never delays the first paint or lengthens a task the user could feel. `timeout` bounds
 * the wait for idleness on a busy page.
 */
export function afterLoadIdle(fn: () => void, timeout = 3000): void {
  const whenIdle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => fn(), { timeout });
    else setTimeout(fn, 200);
  };
  const whenLoaded = () => {
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  };
  if (starting) waiting.push(whenLoaded);
  else whenLoaded();
}
