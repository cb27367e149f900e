/**
 * Both languages of the quadrants area, for Node code and tests. The browser never imports this file:
 * it loads en/quadrants.ts or zh/quadrants.ts on demand (see ../catalog.ts).
 */
export { en } from './en/quadrants';
export { zh } from './zh/quadrants';

import type { en } from './en/quadrants';
export type QuadrantsKey = keyof typeof en;
