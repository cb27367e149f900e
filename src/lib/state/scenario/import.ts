/**
 * Opening someone else's scenario: from a file (it replaces the draft) or from a `#s=` link
 * (it opens in a NEW workspace so the receiver's own stays as it was). A bad file or link
 * changes nothing but the error shown.
 */
import { locale } from '../../i18n/locale.svelte';
import { sampleById } from '../../samples';
import {
  decodeScenarioHash,
  hasScenarioHash,
  parseScenarioFile,
  type LinkError,
  type Scenario,
  type ScenarioDataset,
  type ScenarioStep,
} from '../../domain/teaching/scenario';
import type { MessageRef } from '../../domain/messages';
import type { JsonRead } from '../../domain/json/readJson';
import type { ScenarioDraft } from './draft.svelte';
import type { Freeze } from './freeze.svelte';
import type { ScenarioNotices } from './notices.svelte';
import type { StepPlayer } from './player.svelte';

export interface ImportOptions {
  draft: ScenarioDraft;
  player: StepPlayer;
  freeze: Freeze;
  notices: ScenarioNotices;
  /**
   * Open a new workspace named `name` that starts at `first` (the link's first step).
   * Returns its name, or null when it was not created (the session said why).
   */
  openWorkspace: (title: string, first: ScenarioStep | undefined) => Promise<string | null>;
  /** Load the dataset's sample unless it is on screen already. */
  ensureDataset: (dataset: ScenarioDataset) => Promise<boolean>;
  /** Take the `#s=` out of the address, so a reload does not open the link again. */
  clearHash: () => void;
  /** Whether this app has the sample a link names; default: the bundled samples. */
  knowsSample?: (id: string) => boolean;
}

/**
 * The longest `#s=` link opened. Decoding costs time in proportion to the length (a 5 MB
 * link held the page about 1.7 s), and the largest scenario a link can carry (100 steps with
 * long notes, about 270,000 characters at worst) stays below this, so a longer link is refused before it is decompressed.
 */
export const MAX_LINK_CHARS = 300_000;

const refusal = (reason: MessageRef): LinkError => ({ key: 'trainer.link.invalid', params: { reason } });

export class ScenarioImport {
  readonly #o: ImportOptions;

  constructor(options: ImportOptions) {
    this.#o = options;
  }

  /** Replace the draft with a file's scenario; a bad file leaves everything as it was. */
  importFile(input: string | JsonRead, fileName: string): boolean {
    const { notices } = this.#o;
    const parsed = parseScenarioFile(input, fileName);
    if (!parsed.ok) {
      notices.fileError = parsed.error;
      return false;
    }
    notices.fileError = null;
    this.#adopt(parsed.scenario);
    notices.notify({ key: 'trainer.file.imported', params: { title: parsed.scenario.title || locale.t('trainer.scenario.untitled'), file: fileName } });
    return true;
  }

  /** Open the scenario of a `#s=` link and put its step 1 on screen. False: no link in `hash`. */
  async openFromHash(hash: string): Promise<boolean> {
    const { notices, player } = this.#o;
    if (!hasScenarioHash(hash)) return false;
    this.#o.clearHash();
    if (hash.length > MAX_LINK_CHARS) {
      notices.linkError = refusal({ key: 'link.tooLong', params: { size: hash.length, max: MAX_LINK_CHARS } });
      return true;
    }
    const decoded = decodeScenarioHash(hash);
    if (!decoded.ok) {
      notices.linkError = decoded.error;
      return true;
    }
    const sc = decoded.scenario;
    // Refused before anything opens: a new workspace without the data would say "opened" over nothing.
    const knows = this.#o.knowsSample ?? ((id: string) => sampleById(id) !== undefined);
    if (sc.dataset.kind === 'sample' && !knows(sc.dataset.id)) {
      notices.linkError = refusal({ key: 'link.unknownSample', params: { id: sc.dataset.id } });
      return true;
    }
    notices.linkError = null;
    const title = sc.title || locale.t('trainer.scenario.untitled');
    const name = await this.#o.openWorkspace(title, sc.steps[0]);
    if (name === null) return true;
    this.#adopt(sc);
    if (sc.steps.length > 0) await player.goTo(0);
    else await this.#o.ensureDataset(sc.dataset);
    notices.notify(sc.dataset.kind === 'current' ? { key: 'trainer.link.ownData' } : { key: 'trainer.link.opened', params: { title, name } });
    return true;
  }

  /** A new scenario: the old freeze and step on screen belonged to the old one. */
  #adopt(scenario: Scenario) {
    this.#o.freeze.unfreeze();
    this.#o.draft.replace(scenario);
  }
}
