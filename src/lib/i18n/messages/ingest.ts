/**
 * Both languages of the ingest area, for Node code and tests. The browser never imports this file:
 * it loads en/ingest.ts or zh/ingest.ts on demand (see ../catalog.ts).
 */
export { en } from './en/ingest';
export { zh } from './zh/ingest';

import type { en } from './en/ingest';
export type IngestKey = keyof typeof en;
