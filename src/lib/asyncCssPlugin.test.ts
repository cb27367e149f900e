import { describe, expect, it } from 'vitest';
import { asyncStylesheets } from './asyncCssPlugin';

describe('asyncStylesheets', () => {
  it('makes every stylesheet link non-blocking and leaves other links alone', () => {
    const html =
      '<link rel="stylesheet" crossorigin href="./assets/a.css">\n<link rel="modulepreload" crossorigin href="./assets/b.js">\n<link rel="preload" as="style" href="./assets/c.css">';
    expect(asyncStylesheets(html)).toBe(
      `<link rel="stylesheet" crossorigin href="./assets/a.css" media="print" data-async onload="this.media='all'">\n<link rel="modulepreload" crossorigin href="./assets/b.js">\n<link rel="preload" as="style" href="./assets/c.css">`,
    );
  });
});
