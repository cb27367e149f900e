export interface SummaryRow {
  key: string;
  name: string;
  customers: number;
  revenue: number;
  /** Change since the current drag began, or null. */
  delta?: number | null;
  /** CSS colour of the class swatch (a cue besides the name, never instead of it). */
  color?: string;
  note?: string;
}
