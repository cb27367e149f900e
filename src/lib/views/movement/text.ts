/** Text of the Movement view: its own strings and the names of classes in a comparison. */
import { hasMessage, type MessageKey, type MessageParams } from '../../i18n/catalog';
import { locale } from '../../i18n/locale.svelte';
import type { Comparison } from '../../domain/models/compare';

/** `locale.t` for this view's keys (messages/movement.ts). */
export const mt = (key: MessageKey, params?: MessageParams): string => locale.t(key, params);

/**
 * Name of class `i` of a comparison; `i === absent` is "not yet a customer" as a row (the
 * "from" side) and "no purchase" as a column (the "to" side).
 */
export function classLabel(c: Comparison, i: number, role: 'from' | 'to'): string {
  if (i >= c.absent) return mt(role === 'from' ? 'movement.absent.row' : 'movement.absent.column');
  const info = c.classes[i];
  if (info.label) return info.label;
  return hasMessage(info.messageKey) ? locale.t(info.messageKey) : info.key;
}
