/**
 * What the domain says instead of text: a message key and its raw parameters. The UI and
 * the CLI translate it with their catalog (the same shape as the i18n MessageRef), so the
 * domain never carries English or imports the catalog.
 */
/**
 * A list reads as alternatives in the reader's language ("3, 4 or 5" / "3、4或5"); a nested
 * reference is translated too (a validation problem inside a file error).
 */
export type MessageArg = string | number | readonly (string | number)[] | MessageRef;
export type MessageParams = Record<string, MessageArg>;

export interface MessageRef {
  key: string;
  params?: MessageParams;
}

/** A reference with its params (the shape every domain check returns instead of a sentence). */
export const msg = (key: string, params?: MessageParams): MessageRef => (params ? { key, params } : { key });
