/** Translation for the Data and Customers views: the app catalog, under short names. */
import { hasMessage, type MessageParams, type MessageRef } from '../../i18n';
import { locale } from '../../i18n/locale.svelte';

// In the shown language: a Chinese session never loads the English tables.
export const knows = (key: string): boolean => hasMessage(key, locale.current);
export const t = (key: string, params?: MessageParams): string => locale.t(key, params);
export const tr = (ref: MessageRef): string => locale.tr(ref);
