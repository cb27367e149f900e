import { mount, unmount, type Component } from 'svelte';
import { classroomContext } from '../state/context';
import { newClassroom } from './testClassroom';

/**
 * Component tests need Svelte's browser build (vite.config.ts sets `resolve.conditions: ['browser']`
 * under vitest). With the server build `mount` throws: that is a broken test environment, so a
 * suite calling this in beforeAll fails with this message instead of being skipped.
 */
// Any component, mounted without props.
export function requireClientSvelte(component: Component<any>) {
  try {
    unmount(mount(component, { target: document.createElement('div'), context: classroomContext(newClassroom()) }));
  } catch (e) {
    throw new Error(
      `Component tests need Svelte's browser build (resolve.conditions ['browser'] under vitest in vite.config.ts); mount failed: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
