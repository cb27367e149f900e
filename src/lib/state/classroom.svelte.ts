/**
 * Everything live in one classroom, created once by main.ts, given to the app root (App.svelte) and
 * handed to components through Svelte context (./context.ts). Each part gets the parts it works on in
 * its constructor, so a test builds a fresh classroom instead of resetting module-level
 * singletons. Parts used only by lazily loaded views (the trainer's scenario, the lesson and
 * exercise runners, packs) are created on first use through `part`, so their code stays out
 * of the first page's JavaScript.
 */
import type { KeyValueBackend } from '../persist';
import { GlossaryNav } from '../teaching/lessons/glossaryNav.svelte';
import { Loader } from './loader.svelte';
import { MovementChoices } from './movement.svelte';
import { Progress } from './progress.svelte';
import { RfmActions } from './rfmActions';
import { createSession, type Session } from './session.svelte';
import { Teaching } from './teaching.svelte';
import { Workspace } from './workspace.svelte';

export interface ClassroomOptions {
  /** Where workspaces are kept; IndexedDB when absent (tests pass a memory backend). */
  backend?: KeyValueBackend;
}

export class Classroom {
  readonly workspace = new Workspace();
  readonly loader = new Loader(this.workspace);
  readonly teaching = new Teaching(this.workspace);
  readonly movement = new MovementChoices();
  readonly glossaryNav = new GlossaryNav(this.workspace);
  readonly rfm = new RfmActions(this.workspace);
  readonly session: Session;
  readonly progress: Progress;
  private readonly parts = new Map<string, unknown>();

  constructor(options: ClassroomOptions = {}) {
    this.session = createSession(this.workspace, options.backend);
    this.progress = new Progress(this.session);
    // A lesson left open in this workspace (a reload) reopens on the step it was on.
    this.progress.onLoad = (data) => this.teaching.resume(data.openLesson);
  }

  /** The part named `key`, made by `create` the first time it is asked for (once per classroom). */
  part<T>(key: string, create: (classroom: Classroom) => T): T {
    if (!this.parts.has(key)) {
      // A part is first asked for while some view renders. Made under that view, its derived
      // state would belong to the view and stop updating once the view is left (the trainer's
      // "Try it" pack would never reach Learn); its own root keeps it alive with the classroom.
      let made: T | undefined;
      $effect.root(() => {
        made = create(this);
      });
      this.parts.set(key, made);
    }
    return this.parts.get(key) as T;
  }
}
