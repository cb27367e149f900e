/**
 * Resolves once the stylesheets index.html loads without blocking the first paint (see
 * ./asyncCssPlugin.ts) apply, so the app never renders unstyled. Also settles on a failed
 * load (offline without cache): the app mounts anyway rather than never.
 */
export function stylesReady(doc: Document = document): Promise<void> {
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][data-async]')];
  return Promise.all(
    links.map(
      (link) =>
        new Promise<void>((done) => {
          const apply = () => {
            link.media = 'all';
            done();
          };
          if (link.sheet) apply();
          else {
            link.addEventListener('load', apply, { once: true });
            link.addEventListener('error', () => done(), { once: true });
          }
        }),
    ),
  ).then(() => undefined);
}
