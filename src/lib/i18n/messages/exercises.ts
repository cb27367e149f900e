/**
 * Both languages of the exercises area, for Node code and tests. The browser never imports this file:
 * it loads en/exercises.ts or zh/exercises.ts on demand (see ../catalog.ts).
 */
export { en } from './en/exercises';
export { zh } from './zh/exercises';

import type { en } from './en/exercises';
export type ExercisesKey = keyof typeof en;
