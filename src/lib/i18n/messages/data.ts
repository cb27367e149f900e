/**
 * Both languages of the data area, for Node code and tests. The browser never imports this file:
 * it loads en/data.ts or zh/data.ts on demand (see ../catalog.ts).
 */
export { en } from './en/data';
export { zh } from './zh/data';

import type { en } from './en/data';
export type DataKey = keyof typeof en;
