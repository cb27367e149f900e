import { describe, expect, it } from 'vitest';
import {
  detectLocale,
  formatDate,
  formatDateISO,
  formatMoney,
  formatNumber,
  formatPercent,
  parseDateISO,
  parseDecimal,
  NOT_A_NUMBER,
} from './format';

describe('format', () => {
  it('numbers with grouping', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('zh', 1234567)).toBe('1,234,567');
    expect(formatNumber('en', 1234.5678)).toBe('1,234.57');
    expect(formatNumber('en', 3.14159, { maximumFractionDigits: 3 })).toBe('3.142');
    expect(formatNumber('en', NaN)).toBe(NOT_A_NUMBER);
  });
  it('percent', () => {
    expect(formatPercent('en', 0.3)).toBe('30.0%');
    expect(formatPercent('zh', 0.25, 0)).toBe('25%');
    expect(formatPercent('en', NaN)).toBe(NOT_A_NUMBER);
  });
  it('money: grouping and exactly 2 decimals, no currency symbol', () => {
    expect(formatMoney('en', 1234.5)).toBe('1,234.50');
    expect(formatMoney('zh', 1234.5)).toBe('1,234.50');
    expect(formatMoney('en', -0.125)).toMatch(/^-0\.1[23]$/);
    expect(formatMoney('en', 0)).toBe('0.00');
  });
  it('dates from DayNumber in UTC', () => {
    const day = parseDateISO('2024-03-05')!;
    expect(day).toBe(19787);
    expect(formatDateISO(day)).toBe('2024-03-05');
    expect(formatDate('en', day)).toBe('5 Mar 2024');
    expect(formatDate('zh', day)).toBe('2024年3月5日');
    expect(formatDate('en', 0)).toBe('1 Jan 1970');
    expect(formatDate('en', day, 'numeric')).toBe('05/03/2024');
    expect(parseDateISO('2023-02-29')).toBeNull();
    expect(parseDateISO('05/03/2024')).toBeNull();
  });
  it('detects the initial locale: URL, then stored, then browser', () => {
    expect(detectLocale({ search: '?lang=zh', stored: 'en', languages: ['en-US'] })).toBe('zh');
    expect(detectLocale({ search: '?x=1&lang=en', stored: 'zh', languages: ['zh-CN'] })).toBe('en');
    expect(detectLocale({ search: '?lang=fr', stored: 'zh', languages: ['en'] })).toBe('zh');
    expect(detectLocale({ search: '', stored: null, languages: ['zh-TW'] })).toBe('zh');
    expect(detectLocale({ search: '', stored: 'garbage', languages: ['fr-FR', 'en-GB'] })).toBe('en');
    expect(detectLocale({})).toBe('en');
  });
});

describe('parseDecimal', () => {
  it('reads back what formatNumber shows, and what a Chinese input method types', () => {
    expect(parseDecimal(formatNumber('en', 1311.375))).toBe(1311.38);
    expect(parseDecimal('1,311.38')).toBe(1311.38);
    expect(parseDecimal(' 0.48 ')).toBe(0.48);
    expect(parseDecimal('１２３．５')).toBe(123.5);
    expect(parseDecimal('−2')).toBe(-2);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('1e3')).toBe(1000);
  });
  it('anything else is NaN, never 0', () => {
    for (const bad of ['', ' ', 'abc', '1.2.3', '12abc', '--1', '.', '0x10']) expect(parseDecimal(bad)).toBeNaN();
  });
});
