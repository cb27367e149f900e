/**
 * The draft on its own: a fake live workspace, storage in a Map, and the edits it reports.
 */
import { describe, expect, it } from 'vitest';
import { defaultLensSettings } from '../../domain/models/analysis';
import { MAX_STEPS, type ScenarioDataset } from '../../domain/teaching/scenario';
import type { StepEdit, StepState } from '../../domain/teaching/scenario/steps';
import { DRAFT_KEY, ScenarioDraft, type DraftStorage } from './draft.svelte';
import { StepPlayer } from './player.svelte';

function memoryStorage(initial: Record<string, string> = {}): DraftStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function setup(storage: DraftStorage | null = memoryStorage()) {
  const live = { view: 'rfm' as StepState['view'], bins: 5 as 3 | 4 | 5, dataset: { kind: 'sample', id: 'retail' } as ScenarioDataset | null };
  const edits: StepEdit[] = [];
  const draft = new ScenarioDraft({
    storage,
    live: {
      state: () => ({ view: live.view, settings: defaultLensSettings(live.bins), analysisDay: null, monetaryMode: 'sum', rfmMode: 'eight' }),
      dataset: () => live.dataset,
    },
    onEdit: (e) => edits.push(e),
  });
  return { draft, live, edits, storage };
}

describe('ScenarioDraft', () => {
  it('the first step takes the data on screen; later steps leave the dataset alone', () => {
    const { draft, live } = setup();
    draft.addCurrentStep();
    expect(draft.scenario.dataset).toEqual({ kind: 'sample', id: 'retail' });
    live.dataset = { kind: 'current', name: 'mine.csv' };
    draft.addCurrentStep();
    expect(draft.scenario.dataset).toEqual({ kind: 'sample', id: 'retail' });
    expect(draft.steps).toHaveLength(2);
  });

  it('with no data loaded, the first step keeps the chosen dataset', () => {
    const { draft, live } = setup();
    live.dataset = null;
    draft.addCurrentStep();
    expect(draft.scenario.dataset).toEqual({ kind: 'sample', id: 'classroom' });
  });

  it('a step added from the Trainer view records the last content view', () => {
    const { draft, live } = setup();
    draft.lastView = 'pyramid';
    live.view = 'trainer';
    draft.addCurrentStep();
    expect(draft.steps[0].view).toBe('pyramid');
  });

  it('replace keeps the note and hidden controls', () => {
    const { draft, live } = setup();
    draft.addCurrentStep();
    draft.setNote(0, 'ask');
    draft.setHidden(0, 'budget', true);
    live.bins = 3;
    draft.replaceStep(0);
    expect(draft.steps[0]).toMatchObject({ note: 'ask', hidden: ['budget'], settings: { bins: 3 } });
  });

  it('reports only the edits that move the step on screen, and only when they apply', () => {
    const { draft, edits } = setup();
    draft.addCurrentStep();
    draft.addCurrentStep();
    draft.setNote(1, 'b');
    draft.moveStep(0, -1); // past the top: nothing
    draft.moveStep(0, 1);
    draft.deleteStep(5); // no such step: nothing
    draft.deleteStep(0);
    draft.clearSteps();
    expect(edits).toEqual([{ kind: 'move', from: 0, to: 1 }, { kind: 'delete', at: 0 }, { kind: 'reset' }]);
    expect(draft.steps).toEqual([]);
  });

  it('wired to a player (as the app does), the step on screen is followed through a move and a delete', async () => {
    const live = { state: (): StepState => ({ view: 'rfm', settings: defaultLensSettings(5), analysisDay: null, monetaryMode: 'sum', rfmMode: 'eight' }), dataset: () => null };
    const draft: ScenarioDraft = new ScenarioDraft({ storage: null, live, onEdit: (e) => player.follow(e) });
    const player = new StepPlayer({ steps: () => draft.steps, show: async () => {} });
    for (const note of ['a', 'b', 'c']) {
      draft.addCurrentStep();
      draft.setNote(draft.steps.length - 1, note);
    }
    await player.goTo(0);
    draft.moveStep(0, 1);
    expect([player.position, player.current?.note]).toEqual([1, 'a']);
    draft.deleteStep(0);
    expect([player.position, player.current?.note]).toEqual([0, 'a']);
    draft.deleteStep(0);
    expect([player.position, player.current]).toEqual([null, null]);
  });

  it('stops adding at MAX_STEPS', () => {
    const { draft } = setup(null);
    for (let i = 0; i < MAX_STEPS + 2; i++) draft.addCurrentStep();
    expect(draft.steps).toHaveLength(MAX_STEPS);
    expect(draft.full).toBe(true);
  });

  it('survives a reload through storage; a damaged or invalid draft starts empty', () => {
    const { draft, storage } = setup();
    draft.setTitle('Workshop');
    draft.addCurrentStep();
    draft.setNote(0, 'hello');
    const again = setup(storage).draft;
    expect(again.scenario.title).toBe('Workshop');
    expect(again.steps[0].note).toBe('hello');

    expect(setup(memoryStorage({ [DRAFT_KEY]: '{oops' })).draft.scenario).toEqual({ title: '', dataset: { kind: 'sample', id: 'classroom' }, steps: [] });
    expect(setup(memoryStorage({ [DRAFT_KEY]: JSON.stringify({ title: 3 }) })).draft.steps).toEqual([]);
  });

  it('replace swaps the whole scenario and reports a reset', () => {
    const { draft, edits, storage } = setup();
    draft.replace({ title: 'From a file', dataset: { kind: 'sample', id: 'classroom' }, steps: [] });
    expect(draft.scenario.title).toBe('From a file');
    expect(edits).toEqual([{ kind: 'reset' }]);
    expect(JSON.parse((storage as ReturnType<typeof memoryStorage>).data.get(DRAFT_KEY)!).title).toBe('From a file');
  });

  it('a link carries the scenario in the hash and asks for presentation if wanted', () => {
    const { draft } = setup(null);
    draft.addCurrentStep();
    const link = draft.link('https://example.org/app/?x=1#old', true);
    expect(link.startsWith('https://example.org/app/?present#s=')).toBe(true);
    expect(draft.link('https://example.org/app/', false).startsWith('https://example.org/app/#s=')).toBe(true);
  });

  it('a link carries its language', () => {
    const { draft } = setup(null);
    draft.addCurrentStep();
    expect(draft.link('https://example.org/app/?lang=en', true, 'zh').startsWith('https://example.org/app/?present&lang=zh#s=')).toBe(true);
    expect(draft.link('https://example.org/app/', false, 'en').startsWith('https://example.org/app/?lang=en#s=')).toBe(true);
  });
});
