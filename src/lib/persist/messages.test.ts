import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { hasMessage } from '../i18n/catalog';

describe('persist message keys', () => {
  it('every notice/error key used by persist exists in both locales', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/key: '([a-z]+\.[A-Za-z.-]+)'/g)) used.add(m[1]);
      for (const m of src.matchAll(/'(file\.[A-Za-z]+|storage\.[A-Za-z]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const k of used) {
      expect(hasMessage(k, 'en'), k).toBe(true);
      expect(hasMessage(k, 'zh'), k).toBe(true);
    }
  });
});
