/**
 * Both languages of the model check area, for Node code and tests. The browser never imports this file:
 * it loads en/model.ts or zh/model.ts on demand (see ../catalog.ts).
 */
export { en } from './en/model';
export { zh } from './zh/model';
