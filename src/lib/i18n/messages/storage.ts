/**
 * Both languages of the storage area, for Node code and tests. The browser never imports this file:
 * it loads en/storage.ts or zh/storage.ts with the core chunk (see ../catalog.ts).
 */
export { en } from './en/storage';
export { zh } from './zh/storage';
