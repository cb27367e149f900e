/**
 * Translation for the Data and Customers views. Uses the app catalog; until the catalog
 * registers this view's messages files (data.ts, customers.ts) their keys are looked up
 * here directly, so the views never show raw keys.
 */
import { hasMessage, interpolate, type MessageParams, type MessageRef } from '../../i18n';
import { locale } from '../../i18n/locale.svelte';
import * as data from '../../i18n/messages/data';
import * as customers from '../../i18n/messages/customers';

const own: Record<'en' | 'zh', Record<string, string>> = {
  en: { ...data.en, ...customers.en },
  zh: { ...data.zh, ...customers.zh },
};

export function knows(key: string): boolean {
  return hasMessage(key) || Object.prototype.hasOwnProperty.call(own.en, key);
}

export function t(key: string, params?: MessageParams): string {
  if (hasMessage(key, locale.current)) return locale.t(key, params);
  const text = own[locale.current][key] ?? own.en[key];
  return text !== undefined ? interpolate(text, params) : locale.t(key, params);
}

export const tr = (ref: MessageRef): string => t(ref.key, ref.params);
