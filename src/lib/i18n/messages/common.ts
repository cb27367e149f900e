/**
 * Both languages of the common area, for Node code and tests. The browser never imports this file:
 * it loads en/common.ts or zh/common.ts on demand (see ../catalog.ts).
 */
export { en } from './en/common';
export { zh } from './zh/common';

import type { en } from './en/common';
export type CommonKey = keyof typeof en;
