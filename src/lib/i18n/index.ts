/**
 * Plain-TS i18n API (usable from workers, the CLI and tests). The reactive singleton lives
 * in './locale.svelte' (`import { locale } from '.../i18n/locale.svelte'`) because it
 * needs the Svelte compiler.
 */
export {
  LOCALES,
  INTL_TAGS,
  MESSAGE_FILES,
  hasMessage,
  interpolate,
  isLocaleCode,
  messageKeys,
  translate,
  translateRef,
  type LocaleCode,
  type MessageKey,
  type MessageParams,
  type MessageRef,
} from './catalog';
export * from './format';
