// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import WorkspaceMenu from './WorkspaceMenu.svelte';
import { newClassroom, renderIn } from '../views/testClassroom';

afterEach(cleanup);

describe('Workspaces menu and the keyboard', () => {
  it('Esc closes the open menu and puts the focus back on its button', async () => {
    renderIn(newClassroom(), WorkspaceMenu);
    const summary = screen.getByText('Workspaces', { selector: 'summary' });
    const details = summary.closest('details')!;
    details.open = true;
    const rename = screen.getByRole('button', { name: 'Rename workspace' });
    rename.focus();
    await fireEvent.keyDown(rename, { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('Esc in the rename field closes only the field; the focus returns to Rename', async () => {
    renderIn(newClassroom(), WorkspaceMenu);
    const details = screen.getByText('Workspaces', { selector: 'summary' }).closest('details')!;
    details.open = true;
    await fireEvent.click(screen.getByRole('button', { name: 'Rename workspace' }));
    const field = screen.getByRole('textbox');
    await fireEvent.keyDown(field, { key: 'Escape' });
    await tick();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(details.open).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename workspace' }));
  });
});
