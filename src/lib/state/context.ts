/**
 * The classroom reaches components through Svelte context, set once at the app root
 * (App.svelte, given the classroom main.ts made). A component test renders with its own fresh Classroom in
 * the context, so no test has to reset a module-level singleton.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Classroom } from './classroom.svelte';

const CLASSROOM = Symbol('classroom');

/** Call during the root component's initialisation. */
export function provideClassroom(classroom: Classroom): Classroom {
  setContext(CLASSROOM, classroom);
  return classroom;
}

/** The classroom of the app (or test) this component was rendered in. */
export function useClassroom(): Classroom {
  if (!hasContext(CLASSROOM)) {
    throw new Error('useClassroom(): no classroom in context. Render inside App, or pass { context: classroomContext(new Classroom()) } in a test.');
  }
  return getContext<Classroom>(CLASSROOM);
}

/** A context map for `render(Component, { context })` and `mount(..., { context })`. */
export function classroomContext(classroom: Classroom): Map<symbol, unknown> {
  return new Map<symbol, unknown>([[CLASSROOM, classroom]]);
}
