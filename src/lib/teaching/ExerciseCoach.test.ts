// @vitest-environment jsdom
/**
 * The coach's forced hint, as a learner meets it: at a choice exercise, two wrong tries open
 * the next hint by themselves; the live region says why, the tried options are crossed out,
 * and a right answer afterwards counts as solved with hints (in the coach and in progress).
 * The focus follows: to the forced hint, then to Next once solved.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import ExerciseCoach from './ExerciseCoach.svelte';
import { newClassroom, renderIn } from '../views/testClassroom';
import { loadSampleData } from '../domain/teaching/exercises/fixtures';
import { outcomeOf, TRIES_BEFORE_HINT } from '../domain/teaching/exerciseProgress';
import { translate } from '../i18n/catalog';
import { VARIANT_ANSWERS } from '../../../tests/reference/classroomAnswers';

const root = resolve(__dirname, '../../..');
const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const ID = 'b02-classify';
const EIGHT = ['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL'];

afterEach(cleanup);

async function openCoach() {
  const c = newClassroom();
  const { dataset, report } = await loadSampleData(root, 'classroom');
  c.workspace.setDataset(dataset, report, 'classroom.csv');
  c.teaching.active = { kind: 'exercise', id: ID };
  const { container } = renderIn(c, ExerciseCoach);
  await screen.findByTestId('exercise-prompt');
  const params = JSON.parse(container.querySelector('.coach-exercise')!.getAttribute('data-params')!) as { customerAt: number };
  // The class worked out by tests/reference/classroom_answers.py for the customer this variant picks.
  const right = (VARIANT_ANSWERS.classroom.classifyByHand as Record<string, string>)[String(params.customerAt)];
  return { c, right, wrong: EIGHT.filter((k) => k !== right) };
}

/** A class's radio (a ruled-out one is named with "(ruled out)" after the class). */
const radio = (key: string) => screen.getByRole('radio', { name: (name) => name.startsWith(t(`class.${key}`)) }) as HTMLInputElement;

async function tryClass(key: string) {
  await fireEvent.click(radio(key));
  await fireEvent.click(screen.getByRole('button', { name: t('ex.ui.check') }));
}

describe('the exercise coach’s forced hint', () => {
  it('opens the next hint after two wrong tries, announces it, and a right answer then counts as solved with hints', async () => {
    const { c, right, wrong } = await openCoach();
    const feedback = screen.getByTestId('exercise-feedback');
    expect(feedback.getAttribute('role')).toBe('status');

    // One wrong try: no hint yet, the option is ruled out.
    await tryClass(wrong[0]);
    await waitFor(() => expect(within(feedback).getByText(/✗/)).toBeTruthy());
    expect(screen.queryByRole('list', { name: t('ex.ui.hint') })).toBeNull();
    expect(screen.queryByTestId('exercise-forced')).toBeNull();
    expect(radio(wrong[0]).disabled).toBe(true);
    expect(radio(wrong[0]).labels?.[0]?.textContent).toContain(t('ex.ui.ruledOut'));

    // The second wrong try (TRIES_BEFORE_HINT) forces the first hint.
    expect(TRIES_BEFORE_HINT).toBe(2);
    await tryClass(wrong[1]);
    const note = await screen.findByTestId('exercise-forced');
    // Announced: the note is inside the polite live region, next to the feedback.
    expect(feedback.contains(note)).toBe(true);
    expect(note.textContent).toBe(t('ex.ui.hintForced'));
    const hints = screen.getByRole('list', { name: t('ex.ui.hint') });
    expect(within(hints).getAllByRole('listitem')).toHaveLength(1);
    expect(within(hints).getByText(t('ex.ui.hintLevel.1') + ':')).toBeTruthy();
    // The focus goes to the hint that opened, not to the page (Check is disabled until it is read).
    await waitFor(() => expect(document.activeElement).toBe(hints));
    // Recorded: one hint seen, both tried options eliminated, not solved.
    const record = c.progress.exercise(ID);
    expect(record).toMatchObject({ attempts: 2, hints: 1, solved: false });
    expect([...(record.eliminated ?? [])].sort()).toEqual([wrong[0], wrong[1]].sort());
    expect(screen.getByTestId('exercise-status').textContent).toBe(t('ex.ui.status.attempted', { n: 2 }));

    // Having read it, the learner may try again; the right class is solved with hints.
    expect((screen.getByRole('button', { name: t('ex.ui.check') }) as HTMLButtonElement).disabled).toBe(false);
    await tryClass(right);
    await waitFor(() => expect(within(feedback).getByText(/✓/)).toBeTruthy());
    // Solved: the focus moves on to Next.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: t('ex.ui.next') })));
    expect(screen.getByTestId('exercise-status').textContent).toBe(t('ex.ui.status.solvedWithHints'));
    expect(outcomeOf(c.progress.exercise(ID))).toBe('solvedWithHints');
  });
});
