/**
 * For component tests: a fresh classroom per test (storage in memory), rendered through
 * context exactly as App.svelte provides it. Nothing is shared between tests, so nothing
 * needs resetting.
 */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { memoryBackend } from '../persist';
import { Classroom } from '../state/classroom.svelte';
import { classroomContext } from '../state/context';

export const newClassroom = () => new Classroom({ backend: memoryBackend() });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function renderIn<C extends Component<any>>(classroom: Classroom, component: C, props: Record<string, unknown> = {}) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return render(component as Component<any>, { props, context: classroomContext(classroom) });
}
