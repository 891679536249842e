export interface StepperControlProps {
  label: string;
  /** The current value as shown between the buttons, e.g. "19 px". */
  valueText: string;
  canDecrease: boolean;
  canIncrease: boolean;
  onStep(delta: 1 | -1): void;
  decreaseLabel: string;
  increaseLabel: string;
  testId?: string;
}

/** − value + : one setting changed a step at a time (text size, line spacing). */
export function StepperControl(props: StepperControlProps) {
  return (
    <div class="mh-stepper" role="group" aria-label={props.label} data-testid={props.testId}>
      <span class="mh-choice__label" aria-hidden="true">{props.label}</span>
      <div class="mh-stepper__row">
        <button type="button" class="mh-stepper__button" aria-label={props.decreaseLabel} title={props.decreaseLabel}
          disabled={!props.canDecrease} onClick={() => props.onStep(-1)} data-step="-1">−</button>
        <output class="mh-stepper__value" aria-live="polite">{props.valueText}</output>
        <button type="button" class="mh-stepper__button" aria-label={props.increaseLabel} title={props.increaseLabel}
          disabled={!props.canIncrease} onClick={() => props.onStep(1)} data-step="1">+</button>
      </div>
    </div>
  );
}
