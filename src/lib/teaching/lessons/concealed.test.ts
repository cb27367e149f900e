// @vitest-environment jsdom
/**
 * Predict, then reveal: while a lesson step's guess is open, the figures that answer it are
 * not on the page at all (not in the DOM, so not in the accessibility tree); committing the
 * guess brings them back, animated.
 */
import { cleanup, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import RfmView from '../../views/RfmView.svelte';
import LifecyclePanel from '../../views/quadrants/LifecyclePanel.svelte';
import { requireClientSvelte } from '../../views/requireClientSvelte';
import { newClassroom, renderIn } from '../../views/testClassroom';
import { classroomDataset } from '../../domain/teaching/lessons/fixtures';
import { LESSONS, concealedFigures } from '../../domain/teaching/lessons/lessons';
import { FIGURES } from '../../domain/teaching/figures';
import { translate } from '../../i18n/catalog';
import { LessonRunner } from './runner.svelte';
import type { Classroom } from '../../state/classroom.svelte';
import type { IngestReport } from '../../domain/types';

const dataset = await classroomDataset();

function setUp(): { classroom: Classroom; runner: LessonRunner } {
  const classroom = newClassroom();
  classroom.workspace.setDataset(dataset, { warnings: [], skipped: [] } as unknown as IngestReport, 'classroom.csv');
  const runner = classroom.part('lessons', (c) => new LessonRunner(c.teaching, c.progress, c.workspace));
  return { classroom, runner };
}

const placeholder = translate('en', 'concealed.placeholder');

describe('figures hidden while a prediction is open', () => {
  beforeAll(() => requireClientSvelte(RfmView));
  afterEach(() => cleanup());

  it('lesson 3: the segments table (with Others) is absent until the guess is committed, then appears', () => {
    const { classroom, runner } = setUp();
    runner.startLesson('segments', true);
    renderIn(classroom, RfmView);
    flushSync();
    expect(classroom.workspace.rfmMode).toBe('segments');
    expect(screen.queryByTestId('segment-table')).toBeNull();
    // Nor the score grid's segment labels, nor the rule editor's counts (Others by subtraction).
    expect(document.body.textContent).not.toContain(`${translate('en', 'segment.others')} (M`);
    const hidden = document.querySelectorAll('[data-concealed="segments.table"]');
    expect(hidden.length).toBe(2 + classroom.workspace.segments.rules.length + 1);
    for (const h of hidden) expect(h.textContent).toContain(placeholder);

    runner.guesses.commit('segments', 0, 10);
    flushSync();
    expect(screen.getByTestId('segment-table')).toBeTruthy();
    expect(document.querySelector('[data-concealed]')).toBeNull();
    // Revealed with the animation class (switched off by CSS under prefers-reduced-motion).
    expect(document.querySelector('[data-revealed="segments.table"]')?.classList.contains('reveal')).toBe(true);
  });

  it('lesson 7: the lifecycle table is hidden at the churn prediction, shown when another lesson or none is open', () => {
    const { classroom, runner } = setUp();
    renderIn(classroom, LifecyclePanel);
    flushSync();
    // No lesson: shown, and not animated (it was never hidden).
    expect(screen.getByTestId('lifecycle-table')).toBeTruthy();
    expect(document.querySelector('.reveal')).toBeNull();
    runner.startLesson('lifecycle', true);
    flushSync();
    expect(screen.queryByTestId('lifecycle-table')).toBeNull();
    classroom.teaching.close();
    flushSync();
    expect(screen.getByTestId('lifecycle-table')).toBeTruthy();
  });

  it('every predict step hides the figures it names until the guess (and, when asked, the goal)', () => {
    for (const l of LESSONS) {
      for (const s of l.steps) {
        const keys = s.predict?.conceals ?? [];
        for (const k of keys) expect(FIGURES).toContain(k);
        expect(concealedFigures(s, false, false)).toEqual(keys);
        expect(concealedFigures(s, true, true)).toEqual([]);
        expect(concealedFigures(s, true, false)).toEqual(s.predict?.revealAfterGoal ? keys : []);
      }
    }
    // The figures the issue names are each hidden by some step.
    const used = new Set(LESSONS.flatMap((l) => l.steps.flatMap((s) => s.predict?.conceals ?? [])));
    for (const k of ['rfm.frequencyCounts', 'segments.table', 'pyramid.revenue', 'quadrants.budget', 'lifecycle.table'] as const) expect(used.has(k), k).toBe(true);
  });
});
