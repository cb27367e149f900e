/**
 * "Open the glossary at this term" from anywhere: Term sets the request and switches to the
 * Learn view; the Glossary scrolls to and focuses the entry, then clears the request.
 */
import type { Workspace } from '../../state/workspace.svelte';

export class GlossaryNav {
  constructor(private readonly workspace: Workspace) {}

  /** The glossary id asked for, or null. */
  target = $state<string | null>(null);
  /** Increases on every request, so asking twice for the same term scrolls again. */
  serial = $state(0);

  open(id: string) {
    this.target = id;
    this.serial++;
    this.workspace.view = 'learn';
  }

  done() {
    this.target = null;
  }
}

