/** Display names of a customer's classes, shared by the table and the card. */
import { EIGHT_CLASS_KEYS } from '../../domain/models/eightClasses';
import { LIFECYCLE_KEYS } from '../../domain/models/lifecycle';
import type { SegmentRule } from '../../domain/models/segments';
import { t } from '../data/text';

export const eightKey = (label: number): string => EIGHT_CLASS_KEYS[label];
export const eightName = (label: number): string => t(`class.${EIGHT_CLASS_KEYS[label]}`);

export function segmentName(rules: readonly SegmentRule[], label: number): string {
  const rule = rules[label];
  if (!rule) return t('segment.others');
  return rule.label ?? t(`segment.${rule.key}`);
}

export const tierName = (tierKey: string): string => t(`tier.${tierKey}`);
export const lifecycleName = (stage: number): string => t(`lifecycle.${LIFECYCLE_KEYS[stage]}`);
