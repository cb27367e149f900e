// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FilePickButton from './FilePickButton.svelte';

afterEach(cleanup);

describe('FilePickButton', () => {
  it('shows a button; the hidden input carries the name, the test id and accept, and is out of the tab order', () => {
    render(FilePickButton, { label: 'Import pack', accept: '.json', onfile: () => {}, testid: 'pack-import' });
    expect(screen.getByRole('button', { name: 'Import pack' })).toBeTruthy();
    const input = screen.getByLabelText('Import pack') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json');
    expect(input.tabIndex).toBe(-1);
    expect(input.dataset.testid).toBe('pack-import');
  });

  it('the button opens the chooser; a chosen file goes to onfile and the input is emptied', async () => {
    const onfile = vi.fn();
    render(FilePickButton, { label: 'Open', accept: '.csv', onfile });
    const input = screen.getByLabelText('Open') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    await fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(click).toHaveBeenCalledOnce();
    const file = new File(['a,b'], 'x.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fireEvent.change(input);
    expect(onfile).toHaveBeenCalledWith(file);
    expect(input.value).toBe('');
  });

  it('disabled: neither the button nor the input can be used', () => {
    render(FilePickButton, { label: 'Open', accept: '.csv', onfile: () => {}, disabled: true });
    expect((screen.getByRole('button', { name: 'Open' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText('Open') as HTMLInputElement).disabled).toBe(true);
  });
});
