/**
 * What the domain says instead of text: a message key and its raw parameters. The UI and
 * the CLI translate it with their catalog (the same shape as the i18n MessageRef), so the
 * domain never carries English or imports the catalog.
 */
export type MessageParams = Record<string, string | number>;

export interface MessageRef {
  key: string;
  params?: MessageParams;
}
