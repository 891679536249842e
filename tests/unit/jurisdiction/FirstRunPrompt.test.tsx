import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FirstRunPrompt } from '@/components/FirstRunPrompt';
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';

const codes = ['RU', 'BY', 'UA'] as const;

function button(testId: string): HTMLButtonElement {
  const element = screen.getByTestId(testId);
  if (!(element instanceof HTMLButtonElement)) throw new Error(`${testId} is not a button`);
  return element;
}

describe('FirstRunPrompt', () => {
  it('asks where the reader reads from and says nothing leaves the browser', () => {
    render(<FirstRunPrompt jurisdictions={codes} onSave={() => {}} onDismiss={() => {}} />);
    expect(screen.getByRole('heading').textContent).toBe('Where do you read from?');
    expect(screen.getByTestId('first-run-prompt').textContent).toContain('Nothing leaves your browser.');
  });

  it('cannot be saved until something is ticked', () => {
    render(<FirstRunPrompt jurisdictions={codes} onSave={() => {}} onDismiss={() => {}} />);
    expect(button('first-run-save').disabled).toBe(true);
  });

  it('saves the ticked places', () => {
    const onSave = vi.fn<(choice: JurisdictionChoice) => void>();
    render(<FirstRunPrompt jurisdictions={codes} onSave={onSave} onDismiss={() => {}} />);
    fireEvent.click(screen.getByTestId('jurisdiction-UA'));
    fireEvent.click(screen.getByTestId('jurisdiction-BY'));
    fireEvent.click(button('first-run-save'));
    expect(onSave).toHaveBeenCalledWith(['BY', 'UA']);
  });

  it('saves "all" when Show all is ticked', () => {
    const onSave = vi.fn<(choice: JurisdictionChoice) => void>();
    render(<FirstRunPrompt jurisdictions={codes} onSave={onSave} onDismiss={() => {}} />);
    fireEvent.click(screen.getByTestId('jurisdiction-all'));
    fireEvent.click(button('first-run-save'));
    expect(onSave).toHaveBeenCalledWith('all');
  });

  it('lets the reader decline without saving', () => {
    const onSave = vi.fn();
    const onDismiss = vi.fn();
    render(<FirstRunPrompt jurisdictions={codes} onSave={onSave} onDismiss={onDismiss} />);
    fireEvent.click(button('first-run-dismiss'));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });
});
