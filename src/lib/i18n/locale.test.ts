import { describe, expect, it } from 'vitest';
import { Locale } from './locale.svelte';

describe('Locale', () => {
  it('translates and formats in the current locale and switches', () => {
    const l = new Locale('en');
    expect(l.t('nav.pyramid')).toBe('Pyramid');
    expect(l.fmtMoney(1000)).toBe('1,000.00');
    l.set('zh', false);
    expect(l.current).toBe('zh');
    expect(l.tag).toBe('zh-CN');
    expect(l.t('nav.pyramid')).toBe('金字塔');
    expect(l.fmtDate(0)).toBe('1970年1月1日');
    expect(l.tr({ key: 'storage.readOnlyRefused', params: { key: 'workspace:a' } })).toContain('workspace:a');
    l.toggle();
    expect(l.current).toBe('en');
  });
});
