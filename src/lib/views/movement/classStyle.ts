/** Colour of a class in the Movement view, from the palette of its lens. */
import { EIGHT_CLASS_COLORS, FOUR_TIER_COLORS, LIFECYCLE_COLORS, QUADRANT_COLORS, TIER_COLORS, segmentColor } from '../../components/palette';
import type { ClassInfo, CompareLens } from '../../domain/models/compare';
import { EIGHT_CLASS_KEYS } from '../../domain/models/eightClasses';
import { LIFECYCLE_KEYS } from '../../domain/models/lifecycle';
import { TIER_KEYS } from '../../domain/models/pyramid';
import { CURRENT_FUTURE_KEYS, VALUE_POTENTIAL_KEYS } from '../../domain/models/quadrants';

/** Light grey for "not yet a customer / no purchase". */
export const ABSENT_COLOR = '#D9D9D9';

const byKey = (keys: readonly string[], colors: readonly string[], key: string) => {
  const i = keys.indexOf(key);
  return i >= 0 ? colors[i % colors.length] : undefined;
};

export function classColor(lens: CompareLens, classes: readonly ClassInfo[], i: number): string {
  if (i >= classes.length) return ABSENT_COLOR;
  const key = classes[i].key;
  switch (lens) {
    case 'eight':
      return byKey(EIGHT_CLASS_KEYS, EIGHT_CLASS_COLORS, key) ?? ABSENT_COLOR;
    case 'segments':
      // Others is always last in a comparison's classes.
      return segmentColor(i, classes.length - 1);
    case 'pyramid':
      return byKey(TIER_KEYS.three, TIER_COLORS, key) ?? byKey(TIER_KEYS.four, FOUR_TIER_COLORS, key) ?? ABSENT_COLOR;
    case 'valuePotential':
      return byKey(VALUE_POTENTIAL_KEYS, QUADRANT_COLORS, key) ?? ABSENT_COLOR;
    case 'currentFuture':
      return byKey(CURRENT_FUTURE_KEYS, QUADRANT_COLORS, key) ?? ABSENT_COLOR;
    case 'lifecycle':
      return byKey(LIFECYCLE_KEYS, LIFECYCLE_COLORS, key) ?? ABSENT_COLOR;
  }
}

/** The lens names, reusing the domain terms. */
export const LENS_TERM: Record<CompareLens, string> = {
  eight: 'term.eightClasses',
  segments: 'term.segments',
  pyramid: 'term.pyramid',
  valuePotential: 'term.valuePotential',
  currentFuture: 'term.currentFuture',
  lifecycle: 'term.lifecycle',
};
