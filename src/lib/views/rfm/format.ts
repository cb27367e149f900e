/** Amounts of one dimension as text: whole days and purchases stay whole, edges at x.5 keep their half. */
import { locale } from '../../i18n/locale.svelte';
import type { Dimension } from '../../domain/models/scores';

export function fmtValue(dim: Dimension, value: number, axis = false): string {
  const abs = Math.abs(value);
  if (dim === 'monetary') return locale.fmtNumber(value, { maximumFractionDigits: abs >= (axis ? 100 : 1000) ? 0 : 2 });
  return locale.fmtNumber(value, { maximumFractionDigits: axis && abs >= 100 ? 0 : 1 });
}
