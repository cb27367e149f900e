/**
 * Pack parameters are checked against the kind's own parameters: names that every object
 * inherits (`constructor`, `toString`, `__proto__`, an own key after JSON.parse) are unknown,
 * not silently accepted; a kind named like an Object property is unknown too.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from './pack';
import { resolveParams, specProblem } from './build';
import { translate } from '../../../i18n/catalog';

const pack = (exercise: string) => `{"app":"ccc","kind":"exercise-pack","version":1,"title":"T","exercises":[${exercise}]}`;

describe('pack parameters', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('refuses a parameter named %s', (name) => {
    const out = parsePack(pack(`{"id":"a","kind":"pareto","params":{"${name}":{"revenueShare":0.5}}}`), 'p.json');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.key).toBe('ex.pack.badParams');
    expect(out.error.params.reason).toEqual({ key: 'ex.valid.unknownParam', params: { name, kind: 'pareto' } });
    expect(translate('en', out.error.key, out.error.params)).toBe(`p.json: exercise 1 (a): unknown parameter "${name}" for kind pareto.`);
    expect(translate('zh', out.error.key, out.error.params)).toBe(`p.json：第 1 道练习（a）：类型 pareto 没有参数“${name}”。`);
  });

  it.each(['constructor', 'toString', '__proto__'])('refuses a kind named %s', (kind) => {
    expect(specProblem({ id: 'a', kind } as never)).toEqual({ key: 'ex.valid.unknownKind', params: { kind } });
    const out = parsePack(pack(`{"id":"a","kind":"${kind}"}`), 'p.json');
    expect(!out.ok && out.error.key).toBe('ex.pack.unknownKind');
  });

  it('still accepts a known parameter and resolves only own ones', () => {
    const out = parsePack(pack('{"id":"a","kind":"pareto","params":{"revenueShare":0.5}}'), 'p.json');
    expect(out.ok).toBe(true);
    const inherited = Object.create({ revenueShare: 0.9 }) as Record<string, unknown>;
    expect(resolveParams({ id: 'a', kind: 'pareto', params: inherited }).revenueShare).not.toBe(0.9);
  });
});
