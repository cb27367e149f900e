import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, migrate } from './envelope';
import { exportWorkspaceFile, parseWorkspaceFile, workspaceFileName } from './file';
import { findJsonSyntaxError } from '../domain/json/jsonError';
import { fromJsonSafe, toJsonSafe } from './typed';
import type { CustomerTable, TransactionTable } from '../domain/types';
import { hasMessage } from '../i18n/catalog';

const tx: TransactionTable = {
  shape: 'transactions',
  customerIds: ['张三', 'b'],
  customerNames: ['Zhang San', 'B'],
  customer: new Int32Array([0, 1, 1, 0]),
  // The first and last days the ingest reads: 1000-01-01 and 9999-12-31.
  day: new Int32Array([19000, 19001, -354285, 2932896]),
  amount: new Float64Array([10.25, -3, 0, 1e300]),
  order: new Int32Array([0, 1, 1, -1]),
  purchase: new Uint8Array([1, 0, 0, 1]),
  hasOrderIds: true,
  minDay: -354285,
  maxDay: 2932896,
};

const workspace = { name: 'Class 1', settings: { k: 5, threshold: Infinity, nothing: NaN }, extra: [1, 'two'] };

describe('migrations', () => {
  it('v1 -> v2 renames workspace.title to name and settings.activeWorkspace to activeWorkspaceId', () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(MIGRATIONS[0].from).toBe(1);
    const v1 = { title: 'Old', settings: { k: 4 } };
    expect(migrate('workspace', v1, 1)).toEqual({ name: 'Old', settings: { k: 4 } });
    expect(v1).toEqual({ title: 'Old', settings: { k: 4 } }); // input not mutated
    expect(migrate('settings', { activeWorkspace: 'x', lang: 'zh' }, 1)).toEqual({ activeWorkspaceId: 'x', lang: 'zh' });
    expect(migrate('workspace', { name: 'Already', title: 't', settings: {} }, 1)).toEqual({ name: 'Already', title: 't', settings: {} });
    expect(migrate('dataset', { a: 1 }, 1)).toEqual({ a: 1 });
    expect(migrate('workspace', { name: 'n' }, CURRENT_VERSION)).toEqual({ name: 'n' });
    expect(() => migrate('workspace', {}, 0)).toThrow(/no migration from version 0/);
  });
});

describe('typed-array JSON codec', () => {
  it('round-trips every typed-array type bit for bit, and non-finite numbers', () => {
    const value = {
      a: new Int8Array([-128, 127]),
      b: new Uint8ClampedArray([0, 255]),
      c: new Int16Array([-32768]),
      d: new Uint16Array([65535]),
      e: new Uint32Array([4294967295]),
      f: new Float32Array([1.5, -0]),
      g: new Float64Array([NaN, -0, Infinity, 5e-324]),
      h: [NaN, -Infinity, { i: Infinity }],
      sub: new Float64Array([1, 2, 3, 4]).subarray(1, 3),
    };
    const back = fromJsonSafe(JSON.parse(JSON.stringify(toJsonSafe(value)))) as typeof value;
    expect(back.a).toBeInstanceOf(Int8Array);
    expect(Array.from(back.a)).toEqual([-128, 127]);
    expect(Array.from(back.e)).toEqual([4294967295]);
    expect(Object.is(back.f[1], -0)).toBe(true);
    expect(Object.is(back.g[1], -0)).toBe(true);
    expect(back.g[0]).toBeNaN();
    expect(back.g[3]).toBe(5e-324);
    expect(back.h[0]).toBeNaN();
    expect(back.h[1]).toBe(-Infinity);
    expect(Array.from(back.sub)).toEqual([2, 3]);
  });
});

describe('workspace file', () => {
  it('export -> parse round trip with a transactions dataset, snapshots and progress', () => {
    const text = exportWorkspaceFile(workspace, { dataset: tx, report: null }, {
      snapshots: [{ id: 's1', day: 19000, counts: new Int32Array([1, 2]) }],
      progress: { done: ['ex1'] },
      savedAt: new Date('2024-06-01T00:00:00Z'),
    });
    const head = JSON.parse(text);
    expect(head).toMatchObject({ app: 'ccc', kind: 'workspace-file', version: CURRENT_VERSION, savedAt: '2024-06-01T00:00:00.000Z' });
    const r = parseWorkspaceFile(text, 'class.ccc.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.workspace.name).toBe('Class 1');
    expect(r.workspace.settings.threshold).toBe(Infinity);
    expect(r.workspace.settings.nothing).toBeNaN();
    expect(r.migratedFrom).toBeNull();
    const d = r.dataset!.dataset as TransactionTable;
    expect(d.amount).toBeInstanceOf(Float64Array);
    expect(Array.from(d.amount)).toEqual([10.25, -3, 0, 1e300]);
    expect(Array.from(d.day)).toEqual([19000, 19001, -354285, 2932896]);
    expect(d.purchase).toBeInstanceOf(Uint8Array);
    expect(d.customerIds).toEqual(['张三', 'b']);
    expect(d.hasOrderIds).toBe(true);
    expect(r.snapshots![0].counts).toBeInstanceOf(Int32Array);
    expect(r.progress).toEqual({ done: ['ex1'] });
  });

  it('accepts a bare Dataset and no dataset; tolerates a BOM', () => {
    const ct: CustomerTable = {
      shape: 'customers',
      customerIds: ['x'],
      recency: new Float64Array([3]),
      frequency: new Float64Array([2]),
      monetary: new Float64Array([100]),
      potential: new Float64Array([1]),
    };
    const r = parseWorkspaceFile('\uFEFF' + exportWorkspaceFile(workspace, ct), 'a.json');
    expect(r.ok && r.dataset?.report).toBeNull();
    expect(r.ok && Array.from((r.dataset!.dataset as CustomerTable).potential!)).toEqual([1]);
    const none = parseWorkspaceFile(exportWorkspaceFile(workspace, null), 'b.json');
    expect(none.ok && none.dataset).toBeNull();
  });

  it('imports a v1 file through the migration', () => {
    const v1 = JSON.stringify({ app: 'ccc', kind: 'workspace-file', version: 1, savedAt: '', data: { workspace: { title: 'Old', settings: {} } } });
    const r = parseWorkspaceFile(v1, 'old.json');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.workspace).toEqual({ name: 'Old', settings: {} });
      expect(r.migratedFrom).toBe(1);
    }
  });

  const errorOf = (text: string, opts = {}) => {
    const r = parseWorkspaceFile(text, 'bad.json', opts);
    if (r.ok) throw new Error('expected an error');
    expect(hasMessage(r.error.key)).toBe(true);
    expect(r.error.fileName).toBe('bad.json');
    expect(r.error.message).toContain('bad.json');
    return r.error;
  };

  it('invalid JSON: line and column of the syntax error', () => {
    const e = errorOf('{\n  "app": "ccc",\n  "kind": "workspace-file"\n  "version": 2\n}');
    expect(e.key).toBe('file.invalidJson');
    expect([e.line, e.column]).toEqual([4, 3]);
    expect(e.message).toMatch(/line 4, column 3/);
    const trailing = errorOf('{"a": [1, 2,]}');
    expect([trailing.line, trailing.column]).toEqual([1, 13]);
    const truncated = errorOf('{"app": "ccc", "data": {"workspace": {"name": "x"');
    expect(truncated.key).toBe('file.invalidJson');
    expect(truncated.line).toBe(1);
    expect(errorOf('   \n').key).toBe('file.empty');
  });

  it('wrong app, wrong kind, newer version, missing and bad fields', () => {
    expect(errorOf('[1,2]').key).toBe('file.notWorkspace');
    expect(errorOf('{"name": "x"}').key).toBe('file.notWorkspace');
    const app = errorOf('{"app": "excel"}');
    expect(app.key).toBe('file.wrongApp');
    expect(app.params.app).toBe('excel');
    const kind = errorOf('{"app": "ccc", "kind": "settings", "version": 2}');
    expect(kind.key).toBe('file.wrongKind');
    expect(kind.message).toContain('settings');
    expect(errorOf('{"app": "ccc", "version": 2}')).toMatchObject({ key: 'file.missingField', params: { field: 'kind' } });
    const newer = errorOf(`{"app": "ccc", "kind": "workspace-file", "version": ${CURRENT_VERSION + 1}, "data": {}}`);
    expect(newer).toMatchObject({ key: 'file.newerVersion', params: { version: CURRENT_VERSION + 1, current: CURRENT_VERSION } });
    expect(errorOf('{"app": "ccc", "kind": "workspace-file", "data": {}}')).toMatchObject({ key: 'file.missingField', params: { field: 'version' } });
    expect(errorOf('{"app": "ccc", "kind": "workspace-file", "version": "2", "data": {}}').key).toBe('file.badField');
    expect(errorOf('{"app": "ccc", "kind": "workspace-file", "version": 2}')).toMatchObject({ params: { field: 'data' } });
    expect(errorOf('{"app": "ccc", "kind": "workspace-file", "version": 2, "data": {}}')).toMatchObject({
      key: 'file.missingField',
      params: { field: 'data.workspace' },
    });
    const badWs = errorOf('{"app": "ccc", "kind": "workspace-file", "version": 2, "data": {"workspace": {"name": 1, "settings": {}}}}');
    expect(badWs).toMatchObject({ key: 'file.badField', params: { field: 'data.workspace' } });
    const extra = errorOf('{"app": "ccc", "kind": "workspace-file", "version": 2, "data": {"workspace": {"name": "n", "settings": {}}}}', {
      validateWorkspace: () => 'needs thresholds',
    });
    expect(extra.message).toContain('needs thresholds');
  });

  it('a corrupted dataset is reported with the field', () => {
    const good = JSON.parse(exportWorkspaceFile(workspace, tx));
    good.data.dataset.dataset.amount.base64 = 'AAAA'; // 3 bytes: not a whole Float64
    const e1 = errorOf(JSON.stringify(good));
    expect(e1.key).toBe('file.badField');
    expect(e1.params.field).toBe('$.data.dataset.dataset.amount');

    const short = JSON.parse(exportWorkspaceFile(workspace, tx));
    short.data.dataset.dataset.amount = { $typed: 'Float64Array', length: 1, base64: 'AAAAAAAA8D8=' };
    const e2 = errorOf(JSON.stringify(short));
    expect(e2).toMatchObject({ key: 'file.badField', params: { field: 'data.dataset' } });
    expect(e2.message).toMatch(/amount/);

    const unknownType = JSON.parse(exportWorkspaceFile(workspace, tx));
    unknownType.data.dataset.dataset.day.$typed = 'BigInt64Array';
    expect(errorOf(JSON.stringify(unknownType)).key).toBe('file.badField');
  });

  it('makes safe file names', () => {
    expect(workspaceFileName('Q1: A/B "test"')).toBe('Q1- A-B -test-.ccc.json');
    expect(workspaceFileName('  ')).toBe('workspace.ccc.json');
    expect(workspaceFileName('客户 分类')).toBe('客户 分类.ccc.json');
  });
});

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON and locates errors', () => {
    for (const ok of ['{}', '[]', ' 1 ', '"\\u00e9\\n"', '{"a":[true,false,null,-1.5e3]}']) {
      expect(findJsonSyntaxError(ok), ok).toBeNull();
    }
    expect(findJsonSyntaxError('{"a": 1,}')).toMatchObject({ line: 1, column: 9 });
    expect(findJsonSyntaxError("{'a': 1}")).toMatchObject({ line: 1, column: 2 });
    expect(findJsonSyntaxError('[1, 2]\n x')).toMatchObject({ line: 2, column: 2 });
    expect(findJsonSyntaxError('"abc')?.reason).toEqual({ key: 'json.unterminatedString' });
    expect(findJsonSyntaxError('{"a" 1}')?.reason).toEqual({ key: 'json.expectedColon', params: { found: { key: 'json.found.char', params: { char: '"1"' } } } });
    expect(findJsonSyntaxError('{"a":')?.reason).toEqual({ key: 'json.unexpected', params: { found: { key: 'json.found.end' } } });
    expect(findJsonSyntaxError('[01]')).toMatchObject({ column: 3 });
    expect(findJsonSyntaxError('{"a":\r\n NaN}')).toMatchObject({ line: 2, column: 2 });
  });
});
