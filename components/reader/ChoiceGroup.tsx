export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  /** Spoken/tooltip name when the label is a symbol. */
  title?: string;
}

export interface ChoiceGroupProps<T extends string> {
  /** Group name, read by screen readers. */
  label: string;
  options: readonly ChoiceOption<T>[];
  selected: T;
  onSelect(value: T): void;
  testId?: string;
}

/** A row of toggle buttons, one pressed: a segmented control for theme, font and width. */
export function ChoiceGroup<T extends string>({ label, options, selected, onSelect, testId }: ChoiceGroupProps<T>) {
  return (
    <div class="mh-choice" role="group" aria-label={label} data-testid={testId}>
      <span class="mh-choice__label" aria-hidden="true">{label}</span>
      <div class="mh-choice__buttons">
        {options.map((option) => (
          <button
            type="button"
            key={option.value}
            class={`mh-choice__button mh-choice__button--${option.value}`}
            aria-pressed={option.value === selected}
            title={option.title}
            aria-label={option.title}
            data-value={option.value}
            onClick={() => onSelect(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}
