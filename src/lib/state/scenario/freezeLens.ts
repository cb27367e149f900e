/**
 * Which lenses freeze-and-compare shows, and its rows: pure, so the rules are tested alone.
 * A freeze keeps every lens's counts; the overlay shows the lens (or lenses) of the view on
 * screen, matched by class key, so a segment rule added or removed since shows as such.
 */
import type { ClassInfo, CompareLens } from '../../domain/models/compare';

/** One lens at one moment: its classes (stable keys) and the customers in each. */
export interface LensCounts {
  classes: ClassInfo[];
  counts: number[];
}

export type AllLensCounts = Partial<Record<CompareLens, LensCounts>>;

/**
 * The lenses a view shows: RFM its mode (eight classes or segments), Pyramid its tiers,
 * Quadrants both quadrants and the lifecycle, Movement the lens it compares. Views with no
 * lens of their own (data, customers, lessons, trainer) keep the lenses of `previous`.
 */
export function lensesOfView(view: string, rfmMode: 'eight' | 'segments', movementLens: CompareLens, previous?: string): CompareLens[] {
  switch (view) {
    case 'rfm':
      return [rfmMode];
    case 'pyramid':
      return ['pyramid'];
    case 'quadrants':
      return ['valuePotential', 'currentFuture', 'lifecycle'];
    case 'movement':
      return [movementLens];
    default:
      return previous && previous !== view ? lensesOfView(previous, rfmMode, movementLens) : ['eight'];
  }
}

export interface FreezeRow {
  key: string;
  messageKey: string;
  label?: string;
  /** Index of the class now (for its colour); -1 when the class is gone since the freeze. */
  index: number;
  now: number;
  delta: number;
}

/** Rows of one lens: every class now, then classes that existed at the freeze and are gone. */
export function freezeRows(frozen: LensCounts | undefined, now: LensCounts): FreezeRow[] {
  const before = new Map<string, number>();
  frozen?.classes.forEach((c, i) => before.set(c.key, frozen.counts[i] ?? 0));
  const rows: FreezeRow[] = now.classes.map((c, i) => ({
    key: c.key,
    messageKey: c.messageKey,
    ...(c.label ? { label: c.label } : {}),
    index: i,
    now: now.counts[i] ?? 0,
    delta: (now.counts[i] ?? 0) - (before.get(c.key) ?? 0),
  }));
  const present = new Set(now.classes.map((c) => c.key));
  frozen?.classes.forEach((c, i) => {
    if (present.has(c.key)) return;
    rows.push({ key: c.key, messageKey: c.messageKey, ...(c.label ? { label: c.label } : {}), index: -1, now: 0, delta: -(frozen.counts[i] ?? 0) });
  });
  return rows;
}
