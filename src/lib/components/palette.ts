/**
 * Colour-blind-safe palettes (Okabe & Ito 2008). Colour is never the only cue: every mark
 * also carries its class letters or a label, and tables name every class.
 */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'] as const;

/** Eight classes in EIGHT_CLASS_KEYS order: the important (M high) classes in strong hues. */
export const EIGHT_CLASS_COLORS = ['#0072B2', '#56B4E9', '#009E73', '#D55E00', '#7A5CA3', '#A6CEE3', '#8FD1B8', '#B9B9B9'] as const;

export const TIER_COLORS = ['#0072B2', '#56B4E9', '#B9B9B9', '#E0E0E0'] as const;
export const FOUR_TIER_COLORS = ['#4B3F8C', '#E69F00', '#56B4E9', '#9A9A9A'] as const;
export const QUADRANT_COLORS = ['#0072B2', '#009E73', '#E69F00', '#9A9A9A'] as const;
export const LIFECYCLE_COLORS = ['#56B4E9', '#009E73', '#0072B2', '#D55E00'] as const;

/** Twelve hues for named segments (ten rules, Others, and one spare for a user rule). */
export const SEGMENT_COLORS = ['#0072B2', '#009E73', '#56B4E9', '#E69F00', '#F0E442', '#CC79A7', '#D55E00', '#7A5CA3', '#A6761D', '#666666', '#C8C8C8', '#1B9E77'] as const;

/** Colour for rule i among n rules (Others last, always grey). */
export function segmentColor(i: number, n: number): string {
  if (i === n) return '#C8C8C8';
  return SEGMENT_COLORS[i % 10];
}
