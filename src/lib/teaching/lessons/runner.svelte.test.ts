// @vitest-environment jsdom
/**
 * Lessons start from their own declared state and give the learner's back on leaving; the
 * open lesson and step survive a reload; lesson 8's Movement view compares the very dates
 * its prediction was about. Numbers: tests/reference/classroom_answers.py.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../persist';
import { Classroom } from '../../state/classroom.svelte';
import { withCustomThreshold } from '../../domain/models/settings';
import { classroomDataset } from '../../domain/teaching/lessons/fixtures';
import { classChanges } from '../../domain/teaching/lessons/measures';
import { lessonById } from '../../domain/teaching/lessons/lessons';
import type { IngestReport } from '../../domain/types';
import { LessonRunner } from './runner.svelte';

const dataset = await classroomDataset();
const report = { warnings: [], skipped: [] } as unknown as IngestReport;

async function open(backend = memoryBackend()) {
  const classroom = new Classroom({ backend });
  await classroom.session.start();
  await classroom.progress.load(classroom.session.activeId);
  const runner = classroom.part('lessons', (c) => new LessonRunner(c.teaching, c.progress, c.workspace, c.movement, c.session));
  flushSync();
  return { classroom, runner, backend, ws: classroom.workspace };
}

describe('lesson starting state', () => {
  it('applies the lesson state, gives the learner theirs back on leaving; lesson 2 never changes lesson 8', async () => {
    const { classroom, runner, ws } = await open();
    ws.setDataset(dataset, report, 'classroom.csv');
    ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 1234));
    ws.analysisDay = ws.defaultAnalysisDay! - 10;
    flushSync();

    runner.startLesson('eight', true);
    flushSync();
    expect(ws.settings.thresholds.monetary).toEqual({ method: 'mean' });
    expect(ws.analysisDay).toBeNull();
    // The learner switches every threshold to the median in lesson 2, then opens lesson 8.
    ws.updateSettings((s) => ({ ...s, thresholds: { recency: { method: 'median' }, frequency: { method: 'median' }, monetary: { method: 'median' } } }));
    runner.startLesson('reevaluate', true);
    flushSync();
    expect(ws.settings.thresholds.monetary).toEqual({ method: 'mean' });
    expect(ws.settings.thresholds.recency).toEqual({ method: 'mean' });

    classroom.teaching.close();
    flushSync();
    expect(ws.settings.thresholds.monetary).toEqual({ method: 'custom', value: 1234 });
    expect(ws.analysisDay).toBe(ws.defaultAnalysisDay! - 10);
    expect(classroom.progress.data.openLesson).toBeUndefined();
  });

  it('after loading other data in a lesson, leaving keeps the fresh defaults (old amounts mean nothing there)', async () => {
    const { classroom, runner, ws } = await open();
    ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 1234));
    runner.startLesson('eight', true);
    ws.setDataset(dataset, report, 'classroom.csv');
    flushSync();
    classroom.teaching.close();
    flushSync();
    expect(ws.settings.thresholds.monetary).toEqual({ method: 'mean' });
  });

  it('after a reload the coach reopens on the same step, and leaving still gives the learner state back', async () => {
    const first = await open();
    first.ws.setDataset(dataset, report, 'classroom.csv');
    first.ws.updateSettings((s) => withCustomThreshold(s, 'monetary', 999));
    first.runner.startLesson('pyramid', true);
    first.runner.goToStep(2);
    flushSync();
    await first.classroom.session.store.flush();
    first.classroom.session.stop();

    const second = await open(first.backend);
    expect(second.classroom.teaching.active).toEqual({ kind: 'lesson', id: 'pyramid', step: 2 });
    second.classroom.teaching.close();
    flushSync();
    expect(second.ws.settings.thresholds.monetary).toEqual({ method: 'custom', value: 999 });
  });

  it('a stored open lesson that is not valid reopens nothing', async () => {
    const { classroom } = await open();
    classroom.teaching.resume({ id: 'pyramid', step: 99 });
    flushSync();
    expect(classroom.teaching.active).toBeNull();
    classroom.teaching.resume({ id: 'nope', step: 0 });
    flushSync();
    expect(classroom.teaching.active).toBeNull();
  });
});

describe('lesson 8: the Movement view compares the predicted dates', () => {
  it('a quarter back, then Movement: earlier = the date set, now = the default date; the changes are the predicted 7', async () => {
    const { runner, ws, classroom } = await open();
    ws.setDataset(dataset, report, 'classroom.csv');
    runner.startLesson('reevaluate', true);
    flushSync();
    const def = ws.defaultAnalysisDay!;
    const start = classroom.teaching.context;
    ws.analysisDay = def - 91;
    flushSync();
    const moved = classroom.teaching.context;
    const predicted = lessonById('reevaluate')!.steps[0].predict!.answer(moved, { lesson: start, step: start });
    expect(predicted).toBe(7); // classroom_answers.py: 2024-10-02 against 2025-01-01
    runner.goToStep(1);
    flushSync();
    expect(classroom.movement.earlierDay).toBe(def - 91);
    expect(ws.effectiveAnalysisDay).toBe(def);
    expect(classroom.movement.mode).toBe('dates');
    expect(classChanges(moved, classroom.teaching.context)?.changed).toBe(7);
    classroom.teaching.close();
    flushSync();
    expect(classroom.movement.earlierDay).toBeNull();
  });
});
