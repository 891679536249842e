import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { JurisdictionPicker } from '@/components/JurisdictionPicker';
import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';

const codes = ['RU', 'BY', 'GLOBAL'] as const;

function box(testId: string): HTMLInputElement {
  const element = screen.getByTestId(testId);
  if (!(element instanceof HTMLInputElement)) throw new Error(`${testId} is not an input`);
  return element;
}

describe('JurisdictionPicker', () => {
  it('lists each jurisdiction by display name, sorted, platforms last', () => {
    render(<JurisdictionPicker jurisdictions={codes} value={null} onChange={() => {}} />);
    const labels = screen.getAllByRole('listitem').map((item) => item.textContent?.trim());
    expect(labels).toEqual(['Belarus', 'Russia', 'Platforms (global)']);
  });

  it('ticks nothing when no choice has been made', () => {
    render(<JurisdictionPicker jurisdictions={codes} value={null} onChange={() => {}} />);
    expect(screen.getAllByRole('checkbox').filter((input) => (input as HTMLInputElement).checked)).toHaveLength(0);
  });

  it('reports the new list when a place is ticked', () => {
    const onChange = vi.fn<(next: JurisdictionChoice) => void>();
    render(<JurisdictionPicker jurisdictions={codes} value={['RU']} onChange={onChange} />);
    fireEvent.click(box('jurisdiction-BY'));
    expect(onChange).toHaveBeenCalledWith(['BY', 'RU']);
  });

  it('reports the shorter list when a place is unticked', () => {
    const onChange = vi.fn<(next: JurisdictionChoice) => void>();
    render(<JurisdictionPicker jurisdictions={codes} value={['BY', 'RU']} onChange={onChange} />);
    fireEvent.click(box('jurisdiction-RU'));
    expect(onChange).toHaveBeenCalledWith(['BY']);
  });

  it('reports "all" when Show all is ticked', () => {
    const onChange = vi.fn<(next: JurisdictionChoice) => void>();
    render(<JurisdictionPicker jurisdictions={codes} value={['RU']} onChange={onChange} />);
    fireEvent.click(box('jurisdiction-all'));
    expect(onChange).toHaveBeenCalledWith('all');
  });

  it('shows every place ticked and locked while Show all is chosen', () => {
    render(<JurisdictionPicker jurisdictions={codes} value="all" onChange={() => {}} />);
    expect(box('jurisdiction-all').checked).toBe(true);
    expect([box('jurisdiction-RU').checked, box('jurisdiction-RU').disabled]).toEqual([true, true]);
  });

  it('reports an empty list when Show all is unticked', () => {
    const onChange = vi.fn<(next: JurisdictionChoice) => void>();
    render(<JurisdictionPicker jurisdictions={codes} value="all" onChange={onChange} />);
    fireEvent.click(box('jurisdiction-all'));
    expect(onChange).toHaveBeenCalledWith([]);
  });
});
