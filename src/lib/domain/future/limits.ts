/**
 * The model's limits on its own, without the model: the settings ops (../models/settings.ts)
 * run on the first page, and importing them from ./future.ts would put the whole fit (and its
 * special functions) into the first page's JavaScript.
 */

/** The longest forecast horizon the model accepts (ten years). */
export const MAX_HORIZON_WEEKS = 520;
