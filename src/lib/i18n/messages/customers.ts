/**
 * Both languages of the customers area, for Node code and tests. The browser never imports this file:
 * it loads en/customers.ts or zh/customers.ts on demand (see ../catalog.ts).
 */
export { en } from './en/customers';
export { zh } from './zh/customers';

import type { en } from './en/customers';
export type CustomersKey = keyof typeof en;
