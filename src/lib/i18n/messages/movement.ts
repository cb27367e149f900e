/**
 * Both languages of the movement area, for Node code and tests. The browser never imports this file:
 * it loads en/movement.ts or zh/movement.ts on demand (see ../catalog.ts).
 */
export { en } from './en/movement';
export { zh } from './zh/movement';

import type { en } from './en/movement';
export type MovementKey = keyof typeof en;
