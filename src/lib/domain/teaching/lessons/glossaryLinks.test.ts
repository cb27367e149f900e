import { describe, expect, it } from 'vitest';
import { EIGHT_CLASS_KEYS } from '../../models/eightClasses';
import { LIFECYCLE_KEYS } from '../../models/lifecycle';
import { TIER_KEYS } from '../../models/pyramid';
import { DEFAULT_SEGMENT_RULES, OTHERS_KEY } from '../../models/segments';
import { glossaryIdFor } from './glossaryLinks';

describe('every class, segment, tier and stage has a glossary entry', () => {
  it.each([
    ['eight', [...EIGHT_CLASS_KEYS]],
    ['segments', [...DEFAULT_SEGMENT_RULES.map((r) => r.key), OTHERS_KEY]],
    ['pyramid', [...TIER_KEYS.three, ...TIER_KEYS.four]],
    ['lifecycle', [...LIFECYCLE_KEYS]],
  ] as const)('%s', (lens, keys) => {
    for (const key of keys) expect(glossaryIdFor(lens, key), key).not.toBeNull();
  });

  it('returns null for a user-made segment', () => {
    expect(glossaryIdFor('segments', 'myOwnRule')).toBeNull();
  });
});
