import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RegistryLookup } from '@/entrypoints/options/RegistryLookup';
import { legalNoteKey } from '@/lib/registry/legal-schema';
import { act, legalNote, publisher, status } from '../warnings/fixtures';

const note = legalNote('RU', 'foreign-agent', { share: act('penalized', 'CoAO 19.5 part 42') });
const notes = new Map([[legalNoteKey(note.jurisdiction, note.kind), note]]);
const publishers = [
  publisher([status('RU', 'foreign-agent', { scope: 'the show\'s author, as a person', partial: true })],
    { id: 'vdud', name: 'vDud', altNames: ['вДудь'], domains: [] }),
  publisher([], { id: 'other', name: 'Other Daily', domains: ['other.example'] }),
];

function type(query: string) {
  fireEvent.input(screen.getByTestId('search-input'), { target: { value: query } });
}

describe('RegistryLookup (settings page)', () => {
  it('asks for two letters before searching', () => {
    render(<RegistryLookup publishers={publishers} notes={notes} asOf="2026-02-01" choice={['RU']} />);
    type('в');
    expect(screen.queryByTestId('search-result')).toBeNull();
    expect(screen.getByText(/at least two letters/)).toBeTruthy();
  });

  it('finds a channel without a website by name and shows its statuses and risks for the chosen place', () => {
    render(<RegistryLookup publishers={publishers} notes={notes} asOf="2026-02-01" choice={['RU']} />);
    type('вдудь');
    const result = screen.getByTestId('search-result');
    expect(result.textContent).toContain('no website on record');
    expect(result.textContent).toContain('1 status');
    fireEvent.click(result);
    expect(screen.getByTestId('publisher-name').textContent).toBe('vDud');
    expect(screen.getByTestId('status-scope').textContent).toBe("Applies only to: the show's author, as a person");
    expect(screen.getByTestId('warning').dataset.jurisdiction).toBe('RU');
  });

  it('says plainly when nothing matches', () => {
    render(<RegistryLookup publishers={publishers} notes={notes} asOf="2026-02-01" choice={null} />);
    type('no such outlet');
    expect(screen.getByTestId('search-none').textContent).toMatch(/No publisher in the registry matches “no such outlet”/);
  });

  it('finds an outlet by a web address', () => {
    render(<RegistryLookup publishers={publishers} notes={notes} asOf="2026-02-01" choice={null} />);
    type('https://www.other.example/story');
    expect(screen.getByTestId('search-result').dataset.publisherId).toBe('other');
  });
});
