// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locale } from '../i18n/locale.svelte';
import { newClassroom, renderIn } from '../views/testClassroom';
import { defaultLensSettings, type LensSettings } from '../domain/models/analysis';
import ViewBoundary from './ViewBoundary.svelte';

afterEach(cleanup);

/** A stand-in view that reads the pyramid cuts the way a view does: a string where a list goes throws. */
function pyramidReader(classroom: ReturnType<typeof newClassroom>) {
  return createRawSnippet(() => ({
    render: () => {
      const { cuts } = classroom.workspace.settings.pyramid as unknown as { cuts: number[] };
      return `<p>first cut ${cuts.map((c) => c.toFixed(2))[0]}</p>`;
    },
  }));
}

describe('ViewBoundary', () => {
  it('a view that throws shows the reset panel, not a blank page; the reset puts back only that view’s settings, and it renders again', async () => {
    locale.set('en', false);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const classroom = newClassroom();
    const defaults = defaultLensSettings(5);
    // Bypasses every check on purpose: the boundary is the last line when one is missed.
    classroom.workspace.settings = {
      ...defaults,
      thresholds: { ...defaults.thresholds, recency: { method: 'score', value: 2 } },
      pyramid: { ...defaults.pyramid, cuts: 'bogus' },
    } as unknown as LensSettings;
    renderIn(classroom, ViewBoundary, { view: 'pyramid', children: pyramidReader(classroom) });
    expect(screen.getByRole('alert').textContent).toContain('This view could not be shown');
    expect(screen.getByText(/cuts\.map is not a function/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Reset this view’s settings' }));
    flushSync();
    await waitFor(() => expect(screen.getByText(`first cut ${defaults.pyramid.cuts[0].toFixed(2)}`)).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
    // Another view's setting is kept.
    expect(classroom.workspace.settings.thresholds.recency).toEqual({ method: 'score', value: 2 });
    expect(classroom.workspace.settings.pyramid).toEqual(defaults.pyramid);
  });
});
