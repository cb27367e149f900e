// @vitest-environment jsdom
/**
 * The speculative parse, with a stand-in Worker that runs the real ingest in-process and
 * moves transferred buffers as a real one does (structuredClone with transfer detaches them,
 * so a use of bytes already handed to the worker shows up as an empty or detached buffer).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { ingestBytes, previewBytes } from '../domain/ingest';
import type { WorkerRequest, WorkerResponse } from '../workers/protocol';
import { Loader, MAX_FILE_BYTES } from './loader.svelte';
import { Workspace } from './workspace.svelte';

const samplesDir = resolve(__dirname, '../../../samples');
const sampleBytes = (name: string) => new Uint8Array(readFileSync(resolve(samplesDir, name)));

let posted: WorkerRequest[] = [];
let workers: FakeWorker[] = [];

class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private running = new Map<number, AbortController>();
  dead = false;
  constructor() {
    workers.push(this);
  }
  postMessage(message: WorkerRequest, transfer: Transferable[] = []) {
    const msg = structuredClone(message, { transfer });
    posted.push(msg);
    setTimeout(() => void this.handle(msg), 0);
  }
  terminate() {
    this.dead = true;
  }
  /** A crash as the browser reports it. */
  crash() {
    this.dead = true;
    this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
  }
  private reply(response: WorkerResponse, transfer: Transferable[] = []) {
    if (this.dead) return;
    this.onmessage?.({ data: structuredClone(response, { transfer }) } as MessageEvent<WorkerResponse>);
  }
  private async handle(msg: WorkerRequest) {
    if (this.dead) return;
    if (msg.type === 'cancel') return this.running.get(msg.id)?.abort();
    if (msg.type === 'preview') return this.reply({ type: 'preview', id: msg.id, preview: previewBytes(msg.bytes, msg.options) });
    const controller = new AbortController();
    this.running.set(msg.id, controller);
    // Let a cancel sent right after the request get through first, as between real chunks.
    await new Promise((r) => setTimeout(r, 5));
    const outcome = await ingestBytes(msg.bytes, { ...msg.options, signal: controller.signal });
    this.reply({ type: 'outcome', id: msg.id, outcome, bytes: msg.bytes }, [msg.bytes.buffer as ArrayBuffer]);
  }
}

const ingests = () => posted.filter((m) => m.type === 'ingest');
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('Loader with a worker: the parse starts while the mapping step shows', () => {
  beforeEach(() => {
    posted = [];
    workers = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts parsing with the detected mapping, and a confirm of that mapping follows the same parse', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadBytes(sampleBytes('classroom.csv'), 'classroom.csv');
    expect(loader.phase).toBe('preview');
    expect(ingests()).toHaveLength(1);
    expect(ws.dataset).toBeNull(); // nothing lands before the confirm
    await loader.confirmMapping();
    flushSync();
    expect(ingests()).toHaveLength(1);
    expect(loader.phase).toBe('done');
    expect(ws.metrics.n).toBe(40);
    expect(ws.eight.counts).toEqual([6, 3, 4, 3, 5, 7, 4, 8]);
    expect(loader.progress).toBe(1);
  });

  it('warmUp starts the worker before any file, and the pick then uses that same worker', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    loader.warmUp();
    expect(workers).toHaveLength(1);
    expect(posted).toEqual([]);
    loader.warmUp();
    await loader.loadBytes(sampleBytes('classroom.csv'), 'classroom.csv');
    await loader.confirmMapping();
    flushSync();
    expect(workers).toHaveLength(1);
    expect(ws.metrics.n).toBe(40);
  });

  it('a changed mapping cancels the speculative parse and parses again with the change', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadBytes(sampleBytes('classroom.csv'), 'classroom.csv');
    expect(loader.mapping.order).toBe(0);
    loader.setRole(0, null); // no order column: F counts purchase rows
    await loader.confirmMapping();
    flushSync();
    expect(ingests()).toHaveLength(2);
    expect(posted.some((m) => m.type === 'cancel' && m.id === ingests()[0].id)).toBe(true);
    expect(loader.phase).toBe('done');
    expect(ws.report?.frequencyRule).not.toBe('distinct-orders');
    expect(ws.metrics.n).toBe(40);
    // The bytes came back: the mapping can be changed and parsed once more.
    loader.setRole(0, 'order');
    await loader.confirmMapping();
    flushSync();
    expect(loader.phase).toBe('done');
    expect(ws.report?.frequencyRule).toBe('distinct-orders');
    expect(ws.eight.counts).toEqual([6, 3, 4, 3, 5, 7, 4, 8]);
  });

  it('a second file picked while the first is parsed speculatively is the one that lands', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadBytes(sampleBytes('classroom.csv'), 'classroom.csv');
    await loader.loadBytes(sampleBytes('customer-table.csv'), 'customer-table.csv');
    expect(posted.some((m) => m.type === 'cancel' && m.id === ingests()[0].id)).toBe(true);
    await loader.confirmMapping();
    flushSync();
    expect(ws.datasetName).toBe('customer-table.csv');
    expect(ws.dataset?.shape).toBe('customers');
  });

  it('when the worker dies during the speculative parse, a confirm reads the file again', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    const bytes = sampleBytes('classroom.csv');
    await loader.loadFile(new File([bytes], 'classroom.csv', { type: 'text/csv' }));
    expect(loader.phase).toBe('preview');
    workers[0].crash();
    expect(loader.error).toBeNull(); // nothing the user asked for has failed yet
    loader.setRole(0, null);
    await loader.confirmMapping();
    await until(() => loader.phase === 'done');
    flushSync();
    expect(ws.datasetName).toBe('classroom.csv');
    expect(ws.metrics.n).toBe(40);
  });

  it('cancel in the mapping step stops the speculative parse', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadBytes(sampleBytes('classroom.csv'), 'classroom.csv');
    loader.cancel();
    expect(loader.phase).toBe('idle');
    expect(posted.some((m) => m.type === 'cancel' && m.id === ingests()[0].id)).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(ws.dataset).toBeNull();
  });

  it('shows the mapping step from the first bytes while the whole file is still read; a confirm then waits for it', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    const bytes = sampleBytes('classroom.csv');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const file = {
      name: 'classroom.csv',
      size: bytes.length,
      slice: (from: number, to: number) => new Blob([bytes.slice(from, to)]),
      arrayBuffer: async () => {
        await gate;
        return bytes.slice().buffer;
      },
    } as unknown as File;
    const loading = loader.loadFile(file);
    await until(() => loader.phase === 'preview');
    expect(loader.mapping).toMatchObject({ order: 0, customer: 1, date: 3, amount: 4 });
    expect(ingests()).toHaveLength(0); // no bytes yet, so nothing to parse
    const confirming = loader.confirmMapping();
    release();
    await Promise.all([loading, confirming]);
    flushSync();
    expect(ingests()).toHaveLength(1);
    expect(loader.phase).toBe('done');
    expect(ws.eight.counts).toEqual([6, 3, 4, 3, 5, 7, 4, 8]);
  });

  it('a file over the size limit is refused before any of it is read, and the loaded data stays', async () => {
    const ws = new Workspace();
    const loader = new Loader(ws);
    await loader.loadBytes(sampleBytes('classroom.csv'), 'classroom.csv');
    await loader.confirmMapping();
    const before = ws.dataset;
    const read = vi.fn();
    const huge = { name: 'huge.csv', size: 1024 * 1024 * 1024, arrayBuffer: read, slice: read, stream: read } as unknown as File;
    const posts = posted.length;
    await loader.loadFile(huge);
    expect(read).not.toHaveBeenCalled();
    expect(posted.length).toBe(posts); // nothing went to the worker either
    expect(loader.phase).toBe('error');
    expect(loader.error).toMatchObject({ key: 'too-large', fileName: 'huge.csv', params: { sizeMb: 1024, limitMb: MAX_FILE_BYTES / 1024 / 1024 } });
    expect(ws.dataset).toBe(before);
  });
});
