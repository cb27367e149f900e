/**
 * The en text every page needs from the start (the shell and the analysis views), as one
 * chunk: the catalog loads it before the app mounts. The teaching and trainer areas stay in
 * their own files and load with the views that use them.
 */
export { en as common } from './common';
export { en as terms } from './terms';
export { en as ingest } from './ingest';
export { en as data } from './data';
export { en as rfm } from './rfm';
export { en as pyramid } from './pyramid';
export { en as quadrants } from './quadrants';
export { en as movement } from './movement';
export { en as customers } from './customers';
export { en as storage } from './storage';
