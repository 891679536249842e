import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { WarningGrid } from '@/components/WarningGrid';
import { legalNoteKey } from '@/lib/registry/legal-schema';
import { buildWarnings } from '@/lib/warnings/build-warnings';
import type { JurisdictionWarning } from '@/lib/warnings/types';
import { act, legalNote, publisher, status } from './fixtures';

const note = legalNote('RU', 'undesirable', {
  read: act('not-penalized', null),
  share: act('penalized', 'CoAO 20.33', { penalty: '5,000–15,000 RUB', sources: ['https://www.example.org/share'] }),
  like: act('reported', null, { confidence: 'uncertain' }),
});
const index = new Map([[legalNoteKey(note.jurisdiction, note.kind), note]]);

function warnings(): JurisdictionWarning[] {
  const result = buildWarnings(publisher([status('RU', 'undesirable')]), ['RU'], index);
  return result.state === 'statuses' ? result.warnings : [];
}

describe('WarningGrid', () => {
  it('shows the scope of the measures above the risks when they cover only part of the outlet', () => {
    const scoped = buildWarnings(publisher([status('RU', 'undesirable', { scope: 'one channel', partial: true })]), ['RU'], index);
    render(<WarningGrid warnings={scoped.state === 'statuses' ? scoped.warnings : []} compact={false} />);
    expect(screen.getByTestId('warning-scope').textContent).toBe('Scope of these measures: one channel');
  });

  it('shows no scope line when a measure covers the whole outlet', () => {
    render(<WarningGrid warnings={warnings()} compact={false} />);
    expect(screen.queryByTestId('warning-scope')).toBeNull();
  });

  it('shows a row for each of the seven acts with its risk written out', () => {
    render(<WarningGrid warnings={warnings()} compact={false} />);
    const rows = screen.getAllByTestId('act-row');
    expect(rows.map((r) => r.dataset.act)).toEqual(['read', 'share', 'like', 'comment', 'save', 'donate', 'contact']);
    const share = rows[1];
    if (!share) throw new Error('no share row');
    expect(within(share).getByTestId('risk').textContent).toBe('Penalized');
    expect(within(share).getByTestId('act-basis').textContent).toBe('Legal basis: CoAO 20.33');
    expect(within(share).getByTestId('act-penalty').textContent).toContain('5,000–15,000 RUB');
  });

  it('marks an uncertain rating in words', () => {
    render(<WarningGrid warnings={warnings()} compact={false} />);
    const like = screen.getAllByTestId('act-row').find((r) => r.dataset.act === 'like');
    expect(like && within(like).getByTestId('risk').textContent).toBe('Reported as risky (uncertain)');
  });

  it('opens source links in a new tab without an opener', () => {
    render(<WarningGrid warnings={warnings()} compact={false} />);
    const link = screen.getAllByTestId('source-link').find((a) => a.getAttribute('href') === 'https://www.example.org/share');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toBe('example.org');
  });

  it('lists only penalized and reported acts in compact mode', () => {
    render(<WarningGrid warnings={warnings()} compact={true} />);
    expect(screen.queryAllByTestId('act-row')).toEqual([]);
    expect(screen.getAllByTestId('compact-act').map((e) => e.dataset.act)).toEqual(['share', 'like']);
    expect(screen.getByTestId('warning').querySelector('h3')?.textContent).toBe('Russia');
  });

  it('renders nothing when there is no warning', () => {
    const { container } = render(<WarningGrid warnings={[]} compact={false} />);
    expect(container.textContent).toBe('');
  });
});
