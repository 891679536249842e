import type { JurisdictionChoice } from '@/lib/publisher/jurisdiction-choice';
import { toggleJurisdiction } from '@/lib/publisher/jurisdiction-choice';
import { jurisdictionName, jurisdictionsByName } from '@/lib/publisher/jurisdiction-names';
import type { Jurisdiction } from '@/lib/registry/schema';

export interface JurisdictionPickerProps {
  /** The jurisdictions the data speaks of; shown sorted by name, platforms last. */
  jurisdictions: readonly Jurisdiction[];
  /** The current selection; null = nothing chosen yet. */
  value: JurisdictionChoice | null;
  /** Called with the new selection; an empty list means nothing is ticked. */
  onChange: (next: JurisdictionChoice) => void;
  /** Visible label of the group. */
  legend?: string;
}

/**
 * Checkbox list of jurisdictions plus "Show all". While "Show all" is ticked every place is shown ticked and locked,
 * so the screen never claims a narrower selection than the one in force.
 */
export function JurisdictionPicker({ jurisdictions, value, onChange, legend = 'Places' }: JurisdictionPickerProps) {
  const all = value === 'all';
  return (
    <fieldset class="mh-picker" data-testid="jurisdiction-picker">
      <legend class="mh-picker__legend">{legend}</legend>
      <label class="mh-picker__all">
        <input
          type="checkbox"
          checked={all}
          onChange={(event) => onChange(event.currentTarget.checked ? 'all' : [])}
          data-testid="jurisdiction-all"
        />{' '}
        Show all
      </label>
      <ul class="mh-picker__list">
        {jurisdictionsByName(jurisdictions).map((code) => (
          <li key={code}>
            <label>
              <input
                type="checkbox"
                value={code}
                checked={all || (value?.includes(code) ?? false)}
                disabled={all}
                onChange={(event) => onChange(toggleJurisdiction(value, code, event.currentTarget.checked))}
                data-testid={`jurisdiction-${code}`}
              />{' '}
              {jurisdictionName(code)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
