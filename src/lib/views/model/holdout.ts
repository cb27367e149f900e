/**
 * The holdout the model view offers when there is none: half a year, or a third of the data
 * when it spans less than a year and a half, so the calibration keeps two thirds (whole
 * weeks; 0 when the data is under three weeks long).
 */
export function suggestedHoldout(minDay: number, maxDay: number): number {
  const weeks = Math.floor((maxDay - minDay + 1) / 7);
  return Math.min(26, Math.floor(weeks / 3));
}
