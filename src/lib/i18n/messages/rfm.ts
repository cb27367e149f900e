/**
 * Both languages of the rfm area, for Node code and tests. The browser never imports this file:
 * it loads en/rfm.ts or zh/rfm.ts on demand (see ../catalog.ts).
 */
export { en } from './en/rfm';
export { zh } from './zh/rfm';

import type { en } from './en/rfm';
export type RfmKey = keyof typeof en;
