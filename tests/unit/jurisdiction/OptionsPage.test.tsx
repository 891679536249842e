import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/entrypoints/options/OptionsPage';
import { clearJurisdictionChoice, loadJurisdictionChoice, saveJurisdictionChoice } from '@/lib/browser/jurisdiction-storage';
import { JURISDICTIONS } from '@/lib/registry/schema';

/** The look-up slot shows the choice it was given, so tests can see that it follows the picker. */
const lookup = (choice: unknown) => <p data-testid="lookup-choice">{JSON.stringify(choice)}</p>;

function renderPage(initial: Parameters<typeof OptionsPage>[0]['initial']) {
  render(<OptionsPage jurisdictions={JURISDICTIONS} initial={initial} onSave={saveJurisdictionChoice} onClear={clearJurisdictionChoice}
    lookup={lookup} />);
}

describe('OptionsPage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the registry look-up the current choice, and the new one after a change', () => {
    renderPage(['BY']);
    expect(screen.getByTestId('lookup-choice').textContent).toBe('["BY"]');
    fireEvent.click(screen.getByTestId('jurisdiction-RU'));
    expect(screen.getByTestId('lookup-choice').textContent).toBe('["BY","RU"]');
  });

  it('shows the stored choice ticked', () => {
    renderPage(['BY']);
    expect((screen.getByTestId('jurisdiction-BY') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('jurisdiction-RU') as HTMLInputElement).checked).toBe(false);
  });

  it('saves a change to storage and says so', async () => {
    renderPage(['BY']);
    fireEvent.click(screen.getByTestId('jurisdiction-RU'));
    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toBe('Saved.'));
    expect(await loadJurisdictionChoice()).toEqual(['BY', 'RU']);
  });

  it('does not save an empty selection and explains why', async () => {
    await saveJurisdictionChoice(['BY']);
    renderPage(['BY']);
    fireEvent.click(screen.getByTestId('jurisdiction-BY'));
    expect(screen.getByTestId('options-status').textContent).toContain('Nothing was saved');
    expect(await loadJurisdictionChoice()).toEqual(['BY']);
  });

  it('forgets the stored choice', async () => {
    await saveJurisdictionChoice('all');
    renderPage('all');
    fireEvent.click(screen.getByTestId('options-clear'));
    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toContain('will ask again'));
    expect(await loadJurisdictionChoice()).toBeNull();
  });

  it('states that the choice stays in this browser', () => {
    renderPage(null);
    expect(screen.getByTestId('privacy-statement').textContent).toContain('stored only in this browser');
  });
});
