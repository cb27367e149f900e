/**
 * Opening a scenario from a file or a link, with the real draft, player and freeze and fake
 * app edges (workspace creation, data loading, the address bar).
 */
import { describe, expect, it } from 'vitest';
import { defaultLensSettings } from '../../domain/models/analysis';
import { encodeScenarioHash, exportScenarioFile, type Scenario, type ScenarioStep } from '../../domain/teaching/scenario';
import { ScenarioDraft } from './draft.svelte';
import { Freeze } from './freeze.svelte';
import * as lzModule from 'lz-string';
import { MAX_LINK_CHARS, ScenarioImport } from './import';
import { translate } from '../../i18n/catalog';
import { MAX_NOTE, MAX_STEPS, MAX_TITLE } from '../../domain/teaching/scenario';
import { ScenarioNotices } from './notices.svelte';
import { StepPlayer } from './player.svelte';

// lz-string is CommonJS: Node's ESM loader exposes it as `default`.
const lz = (lzModule as unknown as { default?: typeof lzModule }).default ?? lzModule;

const step = (note: string, view: ScenarioStep['view'] = 'rfm'): ScenarioStep => ({
  view,
  settings: defaultLensSettings(5),
  analysisDay: null,
  monetaryMode: 'sum',
  rfmMode: 'eight',
  hidden: [],
  note,
});
const incoming: Scenario = { title: 'Shared', dataset: { kind: 'sample', id: 'retail' }, steps: [step('one', 'pyramid'), step('two')] };

function setup(created = true) {
  const live = $state({ snapshots: [] as string[] });
  const shown: string[] = [];
  const opened: { title: string; first: string | undefined }[] = [];
  let hashCleared = 0;
  const notices = new ScenarioNotices();
  const draft: ScenarioDraft = new ScenarioDraft({
    storage: null,
    live: { state: () => step(''), dataset: () => null },
    onEdit: (e) => player.follow(e),
  });
  const player = new StepPlayer({ steps: () => draft.steps, show: async (s) => void shown.push(s.note) });
  const freeze = new Freeze(
    {
      hasData: () => true,
      counts: () => ({ eight: { classes: [{ key: 'HHH', messageKey: 'class.HHH' }], counts: [1] } }),
      takeSnapshot: () => (live.snapshots.push('f'), 'f'),
      dropSnapshot: (id) => (live.snapshots = live.snapshots.filter((s) => s !== id)),
      hasSnapshot: (id) => live.snapshots.includes(id),
      showMovement: () => {},
    },
    notices.notify,
  );
  const opener = new ScenarioImport({
    draft,
    player,
    freeze,
    notices,
    openWorkspace: async (title, first) => (opened.push({ title, first: first?.note }), created ? `${title} (2)` : null),
    ensureDataset: async () => true,
    clearHash: () => void hashCleared++,
  });
  draft.setTitle('Mine');
  draft.addCurrentStep();
  return { draft, player, freeze, notices, opener, shown, opened, live, hashCleared: () => hashCleared };
}

describe('ScenarioImport: file', () => {
  it('a bad file shows its error and changes nothing', () => {
    const { opener, draft, notices, freeze } = setup();
    freeze.freezeNow();
    expect(opener.importFile('{ nope', 'bad.json')).toBe(false);
    expect(notices.fileError?.key).toBe('trainer.file.invalidJson');
    expect(draft.scenario.title).toBe('Mine');
    expect(freeze.frozen).not.toBeNull();
  });

  it('a good file replaces the draft, ends freeze and playing, and says so', async () => {
    const { opener, draft, notices, freeze, player, live } = setup();
    await player.goTo(0);
    freeze.freezeNow();
    notices.fileError = { key: 'trainer.file.empty', fileName: 'old.json', line: null, column: null, params: { file: 'old.json' } }; // an earlier failed try
    expect(opener.importFile(exportScenarioFile(incoming), 'shared.scenario.json')).toBe(true);
    expect(draft.scenario).toEqual(incoming);
    expect(player.position).toBeNull();
    expect(freeze.frozen).toBeNull();
    expect(live.snapshots).toEqual([]);
    expect(notices.fileError).toBeNull();
    expect(notices.notice).toEqual({ key: 'trainer.file.imported', params: { title: 'Shared', file: 'shared.scenario.json' } });
  });
});

describe('ScenarioImport: link', () => {
  it('ignores an address without a scenario', async () => {
    const t = setup();
    expect(await t.opener.openFromHash('#view=rfm')).toBe(false);
    expect(t.hashCleared()).toBe(0);
  });

  it('a broken link shows its error, clears the hash, keeps the draft', async () => {
    const t = setup();
    expect(await t.opener.openFromHash('#s=%%%')).toBe(true);
    expect(t.notices.linkError?.key).toBe('trainer.link.corrupt');
    expect(t.hashCleared()).toBe(1);
    expect(t.draft.scenario.title).toBe('Mine');
    expect(t.opened).toEqual([]);
  });

  it('opens a new workspace at step 1 and adopts the scenario', async () => {
    const t = setup();
    expect(await t.opener.openFromHash('#' + encodeScenarioHash(incoming))).toBe(true);
    expect(t.opened).toEqual([{ title: 'Shared', first: 'one' }]);
    expect(t.draft.scenario).toEqual(incoming);
    expect(t.shown).toEqual(['one']);
    expect(t.player.position).toBe(0);
    expect(t.notices.notice).toEqual({ key: 'trainer.link.opened', params: { title: 'Shared', name: 'Shared (2)' } });
  });

  it('when the workspace could not be created, the draft stays', async () => {
    const t = setup(false);
    expect(await t.opener.openFromHash('#' + encodeScenarioHash(incoming))).toBe(true);
    expect(t.draft.scenario.title).toBe('Mine');
    expect(t.shown).toEqual([]);
  });

  it('a link naming a sample this app does not have is refused before any workspace opens', async () => {
    const t = setup();
    const unknown: Scenario = { ...incoming, dataset: { kind: 'sample', id: 'no-such-sample' } };
    expect(await t.opener.openFromHash('#' + encodeScenarioHash(unknown))).toBe(true);
    expect(t.notices.linkError).toEqual({ key: 'trainer.link.invalid', params: { reason: { key: 'link.unknownSample', params: { id: 'no-such-sample' } } } });
    expect(translate('en', t.notices.linkError!.key, t.notices.linkError!.params)).toBe(
      'The scenario link is not valid: it names a sample this app does not have ("no-such-sample"), so nothing was opened.',
    );
    expect(t.opened).toEqual([]);
    expect(t.notices.notice).toBeNull();
    expect(t.draft.scenario.title).toBe('Mine');
    expect(t.hashCleared()).toBe(1);
  });

  it('a link longer than MAX_LINK_CHARS is refused unread, saying why', async () => {
    const t = setup();
    const huge = '#s=' + 'A'.repeat(5_000_000);
    expect(await t.opener.openFromHash(huge)).toBe(true);
    expect(t.notices.linkError).toEqual({ key: 'trainer.link.invalid', params: { reason: { key: 'link.tooLong', params: { size: 5_000_003, max: 300_000 } } } });
    expect(MAX_LINK_CHARS).toBe(300_000);
    expect(t.opened).toEqual([]);
    expect(t.hashCleared()).toBe(1);
  });

  it('a link of 100,000 score edges (about 360,000 characters) is refused by length, not decoded', async () => {
    const t = setup();
    const edges = Array.from({ length: 100_000 }, (_, i) => i);
    const json = JSON.stringify({ v: 1, d: 'classroom', s: [{ w: 'rfm', c: { customEdges: { recency: edges } } }] });
    const hash = '#s=' + lz.compressToEncodedURIComponent(json);
    expect(await t.opener.openFromHash(hash)).toBe(true);
    expect(t.notices.linkError?.params.reason).toEqual({ key: 'link.tooLong', params: { size: hash.length, max: 300_000 } });
    expect(hash.length).toBeGreaterThan(300_000);
    expect(t.opened).toEqual([]);
  });

  it('the longest scenario a link can carry (100 steps, 2,000-character notes) is below the cap', async () => {
    const t = setup();
    const notes = Array.from({ length: MAX_STEPS }, (_, i) => step(Array.from({ length: MAX_NOTE }, (_, j) => String.fromCharCode(0x4e00 + ((i * 7919 + j * 104729) % 20000))).join('')));
    const longest: Scenario = { title: 'x'.repeat(MAX_TITLE), dataset: { kind: 'sample', id: 'retail' }, steps: notes };
    const hash = '#' + encodeScenarioHash(longest);
    expect(hash.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect(await t.opener.openFromHash(hash)).toBe(true);
    expect(t.notices.linkError).toBeNull();
    expect(t.opened).toHaveLength(1);
  });
});
