import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PublisherCard } from '@/components/PublisherCard';
import { publisher, status } from '../warnings/fixtures';

const NOW = new Date('2026-11-28T00:00:00Z');

describe('PublisherCard', () => {
  it('says "Not in the registry" for an unknown publisher, with the registry date', () => {
    render(<PublisherCard publisher={undefined} asOf="2026-02-01" now={NOW} />);
    expect(screen.getByTestId('not-in-registry').textContent).toBe('Not in the registry');
    expect(screen.getByTestId('registry-as-of').textContent).toBe('Registry as of 1 Feb 2026');
  });

  it('says "No status recorded" for a known publisher without statuses', () => {
    render(<PublisherCard publisher={publisher([])} asOf="2026-02-01" now={NOW} />);
    expect(screen.getByTestId('publisher-name').textContent).toBe('Example News');
    expect(screen.getByTestId('no-status').textContent).toBe('No status recorded');
  });

  it('shows alt names, owner and country', () => {
    render(<PublisherCard publisher={publisher([], { altNames: ['Radio Svoboda', 'Current Time'], ownerFunding: 'USAGM grant', country: 'US' })}
      asOf="2026-02-01" now={NOW} />);
    expect(screen.getByTestId('alt-names').textContent).toBe('Also: Radio Svoboda, Current Time');
    expect(screen.getByTestId('owner-funding').textContent).toBe('USAGM grant');
    expect(screen.getByTestId('country').textContent).toBe('US');
  });

  it('shows each status as one dated line with its sources', () => {
    render(<PublisherCard publisher={publisher([status('RU', 'undesirable')])} asOf="2026-02-01" now={NOW} />);
    expect(screen.getByTestId('status-text').textContent).toBe("Listed as 'undesirable' by Russia's Prosecutor General's Office on 2 Feb 2024");
    expect(screen.getByTestId('source-link').getAttribute('href')).toBe('https://example.org/RU/undesirable');
    expect(screen.queryByTestId('uncertain')).toBeNull();
  });

  it('marks a status that has ended as no longer in force, after the one in force', () => {
    const statuses = [status('RU', 'foreign-agent', { since: '2021-10-15', until: '2023-08-25' }), status('RU', 'blocked', { since: '2022-03-04' })];
    render(<PublisherCard publisher={publisher(statuses)} asOf="2026-02-01" now={NOW} />);
    const lines = screen.getAllByTestId('status-line');
    expect(lines.map((line) => line.getAttribute('data-ended'))).toEqual([null, 'true']);
    expect(lines[1]?.querySelector('[data-testid="ended"]')?.textContent).toBe('No longer in force');
    expect(lines[1]?.querySelector('[data-testid="status-text"]')?.textContent).toMatch(/, until 25 Aug 2023$/);
  });

  it('shows what a status applies to beside the line, not only under Details', () => {
    const scope = 'The register lists the show\'s author as a person; the show itself is not listed';
    render(<PublisherCard publisher={publisher([status('RU', 'foreign-agent', { scope })])} asOf="2026-02-01" now={NOW} />);
    const shown = screen.getByTestId('status-scope');
    expect(shown.textContent).toBe(`Applies to: ${scope}`);
    expect(shown.closest('details')).toBeNull();
  });

  it('says "Applies only to" for a status that covers part of the outlet', () => {
    render(<PublisherCard publisher={publisher([status('BY', 'extremist-materials', { scope: 'the Telegram channel', partial: true })])}
      asOf="2026-02-01" now={NOW} />);
    expect(screen.getByTestId('status-scope').textContent).toBe('Applies only to: the Telegram channel');
  });

  it('shows no scope for a status that covers the whole outlet', () => {
    render(<PublisherCard publisher={publisher([status('RU', 'foreign-agent')])} asOf="2026-02-01" now={NOW} />);
    expect(screen.queryByTestId('status-scope')).toBeNull();
  });

  it('marks an uncertain status visibly', () => {
    render(<PublisherCard publisher={publisher([status('BY', 'extremist-materials', { confidence: 'uncertain', since: null })])}
      asOf="2026-02-01" now={NOW} />);
    expect(screen.getByTestId('uncertain').textContent).toBe('Uncertain');
    expect(screen.getByTestId('status-text').textContent).toContain('(date unknown; uncertain)');
  });

  it('flags a status not re-checked for over a year', () => {
    render(<PublisherCard publisher={publisher([status('RU', 'blocked', { checkedAt: '2024-01-01' })])} asOf="2026-02-01" now={NOW} />);
    expect(screen.getByTestId('stale').textContent).toContain('Not re-checked for over 12 months');
  });
});
