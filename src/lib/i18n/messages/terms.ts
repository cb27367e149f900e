/**
 * Both languages of the terms area, for Node code and tests. The browser never imports this file:
 * it loads en/terms.ts or zh/terms.ts on demand (see ../catalog.ts).
 */
export { en } from './en/terms';
export { zh } from './zh/terms';

import type { en } from './en/terms';
export type TermsKey = keyof typeof en;
