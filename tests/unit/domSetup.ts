// Vitest setup (unit config): jsdom has no ResizeObserver, which Svelte's bind:clientWidth
// uses (charts measure their box to lay out for a phone). A box that never reports a size
// is one not measured yet: charts keep their design size, as before measuring in a browser.
if (typeof window !== 'undefined' && typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
