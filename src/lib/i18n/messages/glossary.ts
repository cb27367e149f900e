/**
 * Both languages of the glossary area, for Node code and tests. The browser never imports this file:
 * it loads en/glossary.ts or zh/glossary.ts on demand (see ../catalog.ts).
 */
export { en } from './en/glossary';
export { zh } from './zh/glossary';

import type { en } from './en/glossary';
export type GlossaryKey = keyof typeof en;
