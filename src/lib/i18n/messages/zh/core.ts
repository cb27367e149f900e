/**
 * The zh text every page needs from the start (the shell and the analysis views), as one
 * chunk: the catalog loads it before the app mounts. The teaching and trainer areas stay in
 * their own files and load with the views that use them.
 */
export { zh as common } from './common';
export { zh as terms } from './terms';
export { zh as ingest } from './ingest';
export { zh as data } from './data';
export { zh as rfm } from './rfm';
export { zh as pyramid } from './pyramid';
export { zh as quadrants } from './quadrants';
export { zh as movement } from './movement';
export { zh as customers } from './customers';
export { zh as storage } from './storage';
