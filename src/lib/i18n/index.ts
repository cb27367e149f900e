/**
 * Plain-TS i18n API (usable from workers, the CLI and tests). The reactive singleton lives
 * in './locale.svelte' (`import { locale } from '.../i18n/locale.svelte'`) because it
 * needs the Svelte compiler. The catalog starts empty: the app loads areas on demand, Node
 * code imports './all' (every area of both locales, synchronously).
 */
export {
  LOCALES,
  INTL_TAGS,
  AREAS,
  CORE_AREAS,
  LAZY_AREAS,
  hasMessage,
  interpolate,
  isAreaLoaded,
  isLocaleCode,
  isLocaleReady,
  loadAreas,
  loadLocale,
  messageKeys,
  translate,
  translateRef,
  type Area,
  type LocaleCode,
  type MessageKey,
  type MessageParams,
  type MessageRef,
} from './catalog';
export * from './format';
