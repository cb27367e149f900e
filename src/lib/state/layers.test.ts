/** State sits below the views: no file in src/lib/state imports a view or a component. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const STATE = resolve(__dirname);
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

describe('state layer', () => {
  it('imports nothing from views or components', () => {
    const offending = walk(STATE)
      .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/from\s+'([^']+)'/g)]
          .map((m) => m[1])
          // Components are PascalCase `.svelte` files; `x.svelte` in lower case is a rune module.
          .filter((spec) => /(^|\/)(views|components)\//.test(spec) || /(^|\/)[A-Z][A-Za-z0-9]*\.svelte$/.test(spec))
          .map((spec) => `${relative(STATE, f)} imports ${spec}`),
      );
    expect(offending).toEqual([]);
  });
});
