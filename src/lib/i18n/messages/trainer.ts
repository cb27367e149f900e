/**
 * Both languages of the trainer area, for Node code and tests. The browser never imports this file:
 * it loads en/trainer.ts or zh/trainer.ts on demand (see ../catalog.ts).
 */
export { en } from './en/trainer';
export { zh } from './zh/trainer';

import type { en } from './en/trainer';
export type TrainerKey = keyof typeof en;
