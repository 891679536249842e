export interface RiskConfirmProps {
  /** The sentence to confirm, from needsRiskConfirmation (neutral wording, never stronger than the legal note). */
  text: string;
  /** Label of the confirming button, e.g. "Save anyway". */
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** An in-view confirmation before saving or sharing where the reader's jurisdiction penalizes it. Cancel is first. */
export function RiskConfirm({ text, confirmLabel, onConfirm, onCancel }: RiskConfirmProps) {
  return (
    <div class="mh-confirm" role="alertdialog" aria-modal="true" aria-labelledby="mh-confirm-text" data-testid="reader-risk-confirm">
      <div class="mh-confirm__box">
        <p id="mh-confirm-text" class="mh-confirm__text">{text}</p>
        <div class="mh-confirm__buttons">
          <button type="button" onClick={onCancel} data-testid="reader-risk-cancel" autoFocus>Cancel</button>
          <button type="button" onClick={onConfirm} data-testid="reader-risk-continue">{confirmLabel}</button>
        </div>
      </div>
    </div>
  );
}
