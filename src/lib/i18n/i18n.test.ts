import { describe, expect, it } from 'vitest';
import { AREAS, CORE_AREAS, hasMessage, interpolate, isLocaleReady, messageKeys, translate } from './catalog';
import { MESSAGE_FILES } from './all';
import { EIGHT_CLASS_KEYS } from '../domain/models/eightClasses';
import { DEFAULT_SEGMENT_RULES, OTHERS_KEY } from '../domain/models/segments';
import { TIER_KEYS } from '../domain/models/pyramid';
import { CURRENT_FUTURE_KEYS, VALUE_POTENTIAL_KEYS } from '../domain/models/quadrants';
import { LIFECYCLE_KEYS } from '../domain/models/lifecycle';

const SKIP_REASONS = [
  'missing-customer',
  'missing-date',
  'bad-date',
  'missing-amount',
  'bad-amount',
  'bad-quantity',
  'bad-price',
  'bad-recency',
  'bad-frequency',
  'bad-monetary',
  'wrong-field-count',
  'blank',
] as const;

describe('messages files', () => {
  it('every area is registered in both locales (the test setup imports ./all)', () => {
    expect(Object.keys(MESSAGE_FILES).sort()).toEqual([...AREAS].sort());
    expect(isLocaleReady('en') && isLocaleReady('zh')).toBe(true);
  });

  it('the per-locale core modules hold exactly the core areas', async () => {
    for (const loc of ['en', 'zh'] as const) {
      const core = (await import(`./messages/${loc}/core.ts`)) as Record<string, Record<string, string>>;
      expect(Object.keys(core).sort(), loc).toEqual([...CORE_AREAS].sort());
      for (const area of CORE_AREAS) expect(core[area], `${loc} ${area}`).toBe(MESSAGE_FILES[area][loc]);
    }
  });

  for (const [area, file] of Object.entries(MESSAGE_FILES)) {
    it(`${area}: en and zh have exactly the same keys`, () => {
      const en = Object.keys(file.en).sort();
      const zh = Object.keys(file.zh).sort();
      expect(zh.filter((k) => !en.includes(k)), 'keys only in zh').toEqual([]);
      expect(en.filter((k) => !zh.includes(k)), 'keys only in en').toEqual([]);
    });

    it(`${area}: no empty strings`, () => {
      for (const loc of ['en', 'zh'] as const) {
        for (const [k, v] of Object.entries(file[loc] as Record<string, string>)) {
          expect(typeof v, `${loc} ${k}`).toBe('string');
          expect(v.trim(), `${loc} ${k}`).not.toBe('');
        }
      }
    });

    it(`${area}: the same placeholders in both languages`, () => {
      const ph = (s: string) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();
      for (const k of Object.keys(file.en)) {
        expect(ph((file.zh as Record<string, string>)[k]), k).toEqual(ph((file.en as Record<string, string>)[k]));
      }
    });
  }

  it('no key is defined in two files', () => {
    const seen = new Map<string, string>();
    for (const [area, file] of Object.entries(MESSAGE_FILES)) {
      for (const k of Object.keys(file.en)) {
        expect(seen.get(k), `${k} in ${area}`).toBeUndefined();
        seen.set(k, area);
      }
    }
    expect(messageKeys('en').length).toBe(seen.size);
    expect(messageKeys('zh').length).toBe(seen.size);
  });

  it('Chinese strings are actually Chinese where the English is prose', () => {
    const { zh } = MESSAGE_FILES.terms;
    expect(zh['class.LLH']).toBe('重要挽留客户');
    expect(zh['class.LLH.action']).toContain('一对一');
    expect(zh['segment.cantLose']).toBe('不能失去的客户');
    expect(zh['tier.iron']).toBe('铁');
    expect(zh['lifecycle.churn']).toBe('流失期');
    expect(zh['need.C']).toContain('社交影响型');
  });
});

describe('domain keys have messages', () => {
  it('eight classes with actions', () => {
    for (const k of EIGHT_CLASS_KEYS) {
      expect(hasMessage(`class.${k}`), k).toBe(true);
      expect(hasMessage(`class.${k}.action`), k).toBe(true);
    }
  });
  it('segments and others', () => {
    for (const r of DEFAULT_SEGMENT_RULES) expect(hasMessage(`segment.${r.key}`), r.key).toBe(true);
    expect(hasMessage(`segment.${OTHERS_KEY}`)).toBe(true);
  });
  it('tiers, quadrants, lifecycle', () => {
    for (const set of Object.values(TIER_KEYS)) {
      for (const k of set) {
        expect(hasMessage(`tier.${k}`), k).toBe(true);
        expect(hasMessage(`tier.${k}.service`), k).toBe(true);
      }
    }
    for (const k of VALUE_POTENTIAL_KEYS) {
      expect(hasMessage(`quadrant.${k}`), k).toBe(true);
      expect(hasMessage(`quadrant.${k}.share`), k).toBe(true);
    }
    for (const k of CURRENT_FUTURE_KEYS) {
      expect(hasMessage(`quadrant.${k}`), k).toBe(true);
      expect(hasMessage(`quadrant.${k}.action`), k).toBe(true);
    }
    for (const k of LIFECYCLE_KEYS) expect(hasMessage(`lifecycle.${k}`), k).toBe(true);
  });
  it('ingest skip reasons and errors', () => {
    for (const r of SKIP_REASONS) expect(hasMessage(`ingest.skip.${r}`), r).toBe(true);
    for (const e of [
      'empty-file',
      'no-header',
      'no-customer-column',
      'no-date-column',
      'no-amount-column',
      'no-usable-rows',
      'cancelled',
      'not-text',
    ]) {
      expect(hasMessage(`ingest.error.${e}`), e).toBe(true);
    }
    for (const r of ['distinct-orders', 'purchase-rows', 'given']) expect(hasMessage(`ingest.frequencyRule.${r}`)).toBe(true);
    for (const o of ['ymd', 'dmy', 'mdy']) expect(hasMessage(`ingest.dateOrder.${o}`)).toBe(true);
    for (const e of ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be']) expect(hasMessage(`ingest.encoding.${e}`)).toBe(true);
  });
});

describe('translate', () => {
  it('looks up both locales', () => {
    expect(translate('en', 'app.title')).toBe('Customer Classification Classroom');
    expect(translate('zh', 'app.title')).toBe('客户分类课堂');
    expect(translate('zh', 'nav.movement')).toBe('客户迁移');
    expect(translate('en', 'segment.cantLose')).toBe("Can't Lose Them");
  });
  it('interpolates {name} params and leaves unknown ones', () => {
    expect(translate('en', 'ingest.error.no-header', { file: 'a.csv', line: 1 })).toBe(
      'The file a.csv has no header row (line 1).',
    );
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(interpolate('no params')).toBe('no params');
  });
  it('returns the key for an unknown key', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
