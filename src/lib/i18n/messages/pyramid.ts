/**
 * Both languages of the pyramid area, for Node code and tests. The browser never imports this file:
 * it loads en/pyramid.ts or zh/pyramid.ts on demand (see ../catalog.ts).
 */
export { en } from './en/pyramid';
export { zh } from './zh/pyramid';

import type { en } from './en/pyramid';
export type PyramidKey = keyof typeof en;
