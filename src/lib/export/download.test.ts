// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, downloadText, safeFileName } from './download';

describe('safeFileName', () => {
  it.each([
    ['movement-eight', 'movement-eight'],
    ['客户 迁移: 2024/07/01', '客户 迁移- 2024-07-01'],
    ['a*b?c"d<e>f|g\\h', 'a-b-c-d-e-f-g-h'],
    ['  ..hidden.  ', 'hidden'],
    ['///', 'export'],
    ['', 'export'],
  ])('%j -> %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});

describe('downloadBlob', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a temporary <a download> and revokes the URL afterwards', () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    const revoked: string[] = [];
    URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:test/1');
    URL.revokeObjectURL = (u: string) => void revoked.push(u);
    const clicks: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, attached: this.isConnected });
    });

    downloadText('a,b\r\n', 'customers.csv', 'text/csv;charset=utf-8');
    expect(clicks).toEqual([{ href: 'blob:test/1', download: 'customers.csv', attached: true }]);
    expect(created[0].type).toBe('text/csv;charset=utf-8');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(revoked).toEqual(['blob:test/1']);

    downloadBlob(new Blob(['x']), 'x.bin', 0);
    vi.advanceTimersByTime(0);
    expect(revoked).toEqual(['blob:test/1', 'blob:test/1']);
  });
});
