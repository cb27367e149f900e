/**
 * Both languages of the packs area, for Node code and tests. The browser never imports this file:
 * it loads en/packs.ts or zh/packs.ts on demand (see ../catalog.ts).
 */
export { en } from './en/packs';
export { zh } from './zh/packs';
