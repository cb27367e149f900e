// @vitest-environment jsdom
/**
 * Progress belongs to one workspace. Switching workspaces (a new one, another one, a
 * reopen after another tab's change) never writes one workspace's progress under another's
 * name, and a slow read of a workspace the user has already left never lands on screen.
 */
import 'fake-indexeddb/auto';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { idbBackend, memoryLocks, memoryTabs, PersistStore, WorkspaceRepository, type LoadResult } from '../persist';
import { Progress } from './progress.svelte';
import { Session } from './session.svelte';
import { Workspace } from './workspace.svelte';
import { validateWorkspaceState } from './workspaceValidation';

function newSession(dbName: string, tabs: Pick<ConstructorParameters<typeof PersistStore>[0], 'channel' | 'lock'> = {}) {
  const store = new PersistStore({ backend: idbBackend({ dbName }), debounceMs: 10, validators: { workspace: validateWorkspaceState }, ...tabs });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new Session(store, new WorkspaceRepository<any>(store), new Workspace());
}

/** What is stored as a workspace's progress: its exercises and lessons, or null when there is no record. */
async function stored(session: Session, id: string) {
  await session.store.flush();
  const r = await session.repo.loadProgress(id);
  return r.status === 'ok' ? { exercises: r.data.exercises, lessons: r.data.lessons } : null;
}

const solved = { attempts: 2, hints: 0, solved: true, withHelp: false };

describe('Progress across a workspace switch', () => {
  it("a save between opening B and B's record arriving does not write A's progress into B", async () => {
    const session = newSession('progress-switch');
    await session.start();
    const progress = new Progress(session);
    const a = session.activeId!;
    await progress.load(a);
    progress.updateExercise('ex1', solved);

    await session.createWorkspace('B');
    const b = session.activeId!;
    expect(b).not.toBe(a);
    // Before the page's effect asks for B's progress (say, the lesson runner closing A's lesson) …
    progress.save();
    // … and while B's record is being read.
    const reading = progress.load(b);
    progress.updateLesson('lesson1', { reached: 3 });
    await reading;

    expect(progress.workspaceId).toBe(b);
    expect(progress.data.exercises).toEqual({});
    expect(await stored(session, b)).toBeNull();
    expect(await stored(session, a)).toEqual({ exercises: { ex1: solved }, lessons: {} });

    // Once B's record is in, B's own progress is written under B.
    progress.updateExercise('ex2', solved);
    expect(await stored(session, b)).toEqual({ exercises: { ex2: solved }, lessons: {} });
    expect(await stored(session, a)).toEqual({ exercises: { ex1: solved }, lessons: {} });
    session.stop();
  });

  it('deleting the open workspace neither brings its progress back nor hands it to the next one', async () => {
    const session = newSession('progress-delete');
    await session.start();
    const progress = new Progress(session);
    const a = session.activeId!;
    await progress.load(a);
    progress.updateExercise('ex1', solved);
    await session.store.flush();
    await session.createWorkspace('B');
    const b = session.activeId!;
    await progress.load(b);
    await session.open(a);
    await progress.load(a);

    const deleting = session.deleteWorkspace(a);
    progress.updateExercise('ex1', { ...solved, attempts: 3 });
    await deleting;
    progress.save();
    expect(session.activeId).toBe(b);
    expect(await stored(session, a)).toBeNull();
    expect(await stored(session, b)).toBeNull();
    session.stop();
  });

  it('of two quick switches, the record of the workspace left in between never lands on screen', async () => {
    const wanted: Record<string, (r: LoadResult<Record<string, unknown>>) => void> = {};
    const session = {
      activeId: 'A',
      openings: 1,
      readOnly: false,
      outOfDate: null,
      notices: [],
      repo: { loadProgress: (id: string) => new Promise((resolve) => (wanted[id] = resolve)) },
    } as unknown as Session;
    const progress = new Progress(session);
    const record = (ex: string) => ({ status: 'ok', data: { lessons: {}, exercises: { [ex]: solved } }, notice: null }) as unknown as LoadResult<Record<string, unknown>>;

    const first = progress.load('A');
    Object.assign(session, { activeId: 'C', openings: 2 });
    const second = progress.load('C');
    wanted.C(record('c'));
    await second;
    wanted.A(record('a'));
    await first;
    expect(progress.workspaceId).toBe('C');
    expect(progress.data.exercises).toEqual({ c: solved });
  });

  it('a workspace reopened after another tab changed its progress is read again, and later saves go through', async () => {
    const hub = memoryTabs();
    const lock = memoryLocks();
    const a = newSession('progress-tabs', { channel: hub(), lock });
    await a.start();
    const pa = new Progress(a);
    await pa.load(a.activeId);
    pa.updateExercise('ex1', solved);
    await a.store.flush();

    const b = newSession('progress-tabs', { channel: hub(), lock });
    await b.start();
    const pb = new Progress(b);
    await pb.load(b.activeId);
    expect(pb.data.exercises).toEqual({ ex1: solved });
    pb.updateExercise('ex2', solved);
    await b.store.flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(a.outOfDate).toBe('changed');

    await a.reloadOutOfDate();
    flushSync();
    await pa.load(a.activeId);
    expect(pa.data.exercises).toEqual({ ex1: solved, ex2: solved });
    pa.updateExercise('ex3', solved);
    expect(await stored(a, a.activeId!)).toEqual({ exercises: { ex1: solved, ex2: solved, ex3: solved }, lessons: {} });
    await new Promise((r) => setTimeout(r, 0));
    expect(a.outOfDate).toBeNull();
    a.stop();
    b.stop();
  });
});
