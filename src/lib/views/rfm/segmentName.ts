import { locale } from '../../i18n/locale.svelte';
import type { SegmentRule } from '../../domain/models/segments';

/** A user's own name wins; a default rule is named in the current language. */
export function segmentName(rule: SegmentRule): string {
  return rule.label ?? locale.t(`segment.${rule.key}`);
}
