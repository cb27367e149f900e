/** Strings of the Lessons module. `zh` is typed against `en`: a key missing in either locale fails. */
export const en = {} satisfies Record<string, string>;

export const zh: Record<keyof typeof en, string> = {};

export type LessonsKey = keyof typeof en;
