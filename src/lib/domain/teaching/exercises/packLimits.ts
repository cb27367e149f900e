/**
 * How much an exercise pack may hold. Apart from pack.ts so the file-size ceiling
 * (domain/json/fileLimits) can be worked out from them without loading the exercise kinds.
 */
export const MAX_PACK_EXERCISES = 200;
/** Longest pack title (the composer's title field allows as much). */
export const MAX_PACK_TITLE = 200;
/** Longest custom exercise title or prompt, per language. */
export const MAX_PACK_TEXT = 2000;
/** Packs one workspace keeps (the Learn view builds every exercise of each). */
export const MAX_STORED_PACKS = 100;
