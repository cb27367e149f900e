/**
 * Both languages of the lessons area, for Node code and tests. The browser never imports this file:
 * it loads en/lessons.ts or zh/lessons.ts on demand (see ../catalog.ts).
 */
export { en } from './en/lessons';
export { zh } from './zh/lessons';

import type { en } from './en/lessons';
export type LessonsKey = keyof typeof en;
