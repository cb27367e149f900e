/**
 * Editing a scenario's steps and moving through them, as pure functions over plain data.
 * The trainer's state classes keep only the results, so every rule (what a replaced step
 * keeps, where the step on screen goes when the list changes, where "next" stops) is
 * tested here without a browser.
 *
 * An edit that does not apply (an index out of range, a move past either end, a full
 * list) returns the very same array, so a caller can tell "nothing happened" by identity.
 */
import type { ViewKey } from '../../views';
import { HIDEABLE, MAX_STEPS, type Hideable, type ScenarioStep } from './types';

/** What a step takes from the live workspace (the trainer adds the hidden controls and the note). */
export type StepState = Pick<ScenarioStep, 'view' | 'settings' | 'analysisDay' | 'monetaryMode' | 'rfmMode'>;

/**
 * A new step from the live state. Captured from the Trainer view itself it means the last
 * content view: a step that opens the Trainer would show the class the editor, not the data.
 * `live` must be plain data the caller owns (e.g. `workspace.toState()`): the step keeps it.
 */
export function captureStep(live: StepState, lastView: ViewKey, note = ''): ScenarioStep {
  return {
    view: live.view === 'trainer' ? lastView : live.view,
    settings: live.settings,
    analysisDay: live.analysisDay,
    monetaryMode: live.monetaryMode,
    rfmMode: live.rfmMode,
    hidden: [],
    note,
  };
}

/**
 * The workspace state a step sets, with its own copy of the settings so that dragging a
 * threshold afterwards never edits the step. `step` must be plain data (not a $state proxy).
 */
export function stepState(step: ScenarioStep): StepState {
  return {
    view: step.view,
    settings: structuredClone(step.settings),
    analysisDay: step.analysisDay,
    monetaryMode: step.monetaryMode,
    rfmMode: step.rfmMode,
  };
}

/** A longer list would be refused by validateScenario: the draft would not survive a reload. */
export function canAddStep(steps: readonly ScenarioStep[]): boolean {
  return steps.length < MAX_STEPS;
}

export function addStep(steps: ScenarioStep[], step: ScenarioStep): ScenarioStep[] {
  return canAddStep(steps) ? [...steps, step] : steps;
}

const inRange = (steps: readonly unknown[], i: number) => Number.isInteger(i) && i >= 0 && i < steps.length;

function updateStep(steps: ScenarioStep[], i: number, change: (old: ScenarioStep) => ScenarioStep): ScenarioStep[] {
  if (!inRange(steps, i)) return steps;
  return steps.map((s, k) => (k === i ? change(s) : s));
}

/** "Replace with current state": new settings, but the trainer's note and hidden controls stay. */
export function replaceStep(steps: ScenarioStep[], i: number, captured: ScenarioStep): ScenarioStep[] {
  return updateStep(steps, i, (old) => ({ ...captured, hidden: [...old.hidden], note: old.note }));
}

/** Swap step i with its neighbour above (-1) or below (+1). */
export function moveStep(steps: ScenarioStep[], i: number, delta: -1 | 1): ScenarioStep[] {
  const j = i + delta;
  if (!inRange(steps, i) || !inRange(steps, j)) return steps;
  const moved = [...steps];
  [moved[i], moved[j]] = [moved[j], moved[i]];
  return moved;
}

export function deleteStep(steps: ScenarioStep[], i: number): ScenarioStep[] {
  return inRange(steps, i) ? steps.filter((_, k) => k !== i) : steps;
}

export function setStepNote(steps: ScenarioStep[], i: number, note: string): ScenarioStep[] {
  return updateStep(steps, i, (old) => ({ ...old, note }));
}

export function setStepView(steps: ScenarioStep[], i: number, view: ViewKey): ScenarioStep[] {
  return updateStep(steps, i, (old) => ({ ...old, view }));
}

/** Hide or show one control; the list stays in HIDEABLE order whatever the clicking order. */
export function setStepHidden(steps: ScenarioStep[], i: number, what: Hideable, hide: boolean): ScenarioStep[] {
  return updateStep(steps, i, (old) => {
    const set = new Set(old.hidden);
    if (hide) set.add(what);
    else set.delete(what);
    return { ...old, hidden: HIDEABLE.filter((h) => set.has(h)) };
  });
}

/** The edits that change which index the step on screen has; other edits leave it in place. */
export type StepEdit = { kind: 'move'; from: number; to: number } | { kind: 'delete'; at: number } | { kind: 'reset' };

/**
 * Where the step on screen is after an edit (null: nothing on screen). A moved step is
 * followed; deleting the step on screen stops playing rather than jump to a neighbour the
 * class has not been shown; a new scenario or an emptied list starts from nothing.
 */
export function positionAfter(position: number | null, edit: StepEdit): number | null {
  if (position === null) return null;
  switch (edit.kind) {
    case 'move':
      if (position === edit.from) return edit.to;
      if (position === edit.to) return edit.from;
      return position;
    case 'delete':
      if (position === edit.at) return null;
      return position > edit.at ? position - 1 : position;
    case 'reset':
      return null;
  }
}

/** An index of a list of `count` steps, or null when there are none. */
export function clampPosition(i: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.min(Math.max(Math.trunc(i), 0), count - 1);
}

/** "Next" starts at the first step when nothing is on screen and stays on the last one. */
export function nextPosition(position: number | null, count: number): number | null {
  return clampPosition(position === null ? 0 : position + 1, count);
}

/** "Previous" starts at the first step when nothing is on screen and stays on the first one. */
export function prevPosition(position: number | null, count: number): number | null {
  return clampPosition(position === null ? 0 : position - 1, count);
}
