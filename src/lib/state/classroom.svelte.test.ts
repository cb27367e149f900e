// @vitest-environment jsdom
/**
 * Parts made on first use live as long as the classroom, not as long as the view that first
 * asked for them: the trainer's "Try it" adds a pack from the Trainer view, and the Learn
 * view, rendered after the Trainer view is gone, must still see it.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../persist';
import { Classroom } from './classroom.svelte';

class Counter {
  n = $state(0);
  doubled = $derived(this.n * 2);
}

describe('Classroom.part', () => {
  it('makes a part once, and its derived state keeps updating after the first asker is destroyed', () => {
    const classroom = new Classroom({ backend: memoryBackend() });
    let made = 0;
    const make = () => {
      made++;
      return new Counter();
    };
    // A view's lifetime: an effect root that is destroyed when the view is left.
    let fromView: Counter | undefined;
    const leaveView = $effect.root(() => {
      fromView = classroom.part('counter', make);
      expect(fromView.doubled).toBe(0);
    });
    leaveView();
    flushSync();

    const later = classroom.part('counter', make);
    expect(later).toBe(fromView);
    expect(made).toBe(1);
    later.n = 21;
    flushSync();
    expect(later.doubled).toBe(42);
  });
});
